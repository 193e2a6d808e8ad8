import { isScalar, isSeq } from 'yaml';
import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { writingOptions } from '../../writing/options';

/** A work, volunteer or project entry without highlights: a title and dates say nothing about what was achieved. */
export const entryNoBullets: Rule = {
  id: WritingCodes.entryNoBullets,
  *check(context) {
    const { min, max } = writingOptions(context).bulletsPerEntry;
    for (const entry of collectWriting(context).entries) {
      if (entry.bullets.length > 0 || entry.strayList) continue;
      // Highlights that are not a list of text (a paragraph, numbers) are the schema check's to report.
      const value = entry.highlights;
      if (value && !(isScalar(value) && value.value === null) && !(isSeq(value) && value.items.length === 0)) continue;
      const [start, end] = entry.highlightsKey ?? entry.span;
      const message = `No highlights: add ${min}–${max} bullets on what you achieved here, each with a number if you can.`;
      yield { code: WritingCodes.entryNoBullets, severity: 'information', message, start, end };
    }
  },
};
