import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { writingOptions } from '../../writing/options';

/**
 * Too few bullets to show a role's scope, or so many that the best are lost. The minimum applies to work entries
 * only: a volunteer role or a side project is often told well in one or two bullets.
 */
export const entryBulletCount: Rule = {
  id: WritingCodes.entryBulletCount,
  *check(context) {
    const { min, max } = writingOptions(context).bulletsPerEntry;
    for (const entry of collectWriting(context).entries) {
      const count = entry.bullets.length;
      if (!entry.highlightsKey || count === 0) continue;
      let message: string | undefined;
      if (count > max) message = `${count} bullets: keep the ${max} strongest. Recruiters skim, and the rest dilute them.`;
      else if (count < min && entry.section === 'work') message = `${count} bullet${count === 1 ? '' : 's'}: show the scope of this role with ${min}–${max} results.`;
      if (message) {
        const [start, end] = entry.highlightsKey;
        yield { code: WritingCodes.entryBulletCount, severity: 'information', message, start, end };
      }
    }
  },
};
