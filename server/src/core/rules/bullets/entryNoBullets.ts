import { isScalar, isSeq } from 'yaml';
import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { bulletsExpected } from '../../writing/entryScope';
import { writingOptions } from '../../writing/options';

/**
 * A work entry without highlights: a title and dates say nothing about what was achieved. Not a role that ended
 * more than ten years ago or lasted six months or less, and not a volunteer role or a project that has a summary or
 * a description (those are asked for a line or two only when they have neither) — see entryScope.ts.
 */
export const entryNoBullets: Rule = {
  id: WritingCodes.entryNoBullets,
  *check(context) {
    const { min, max } = writingOptions(context).bulletsPerEntry;
    for (const entry of collectWriting(context).entries) {
      if (entry.bullets.length > 0 || entry.strayList) continue;
      // Highlights that are not a list of text (a paragraph, numbers) are the schema check's to report.
      const value = entry.highlights;
      if (value && !(isScalar(value) && value.value === null) && !(isSeq(value) && value.items.length === 0)) continue;
      const expected = bulletsExpected(entry, context.today);
      if (expected === 'none') continue;
      const [start, end] = entry.highlightsKey ?? entry.span;
      const message =
        expected === 'full'
          ? `No highlights: add ${min}–${max} bullets on what you achieved here, each with a number if you can.`
          : 'No highlights and no description: add a line or two on what you did here and what came of it.';
      yield { code: WritingCodes.entryNoBullets, severity: 'information', message, start, end };
    }
  },
};
