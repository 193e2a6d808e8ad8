import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { bulletsExpected } from '../../writing/entryScope';
import { writingOptions } from '../../writing/options';

/**
 * Too few bullets to show a role's scope, or so many that the best are lost. The minimum applies only where
 * `entry-no-bullets` would ask for bullets too (entryScope.ts): a recent work entry that lasted more than six
 * months. A volunteer role, a side project, an old or a short role is often told well in one or two bullets.
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
      else if (count < min && bulletsExpected(entry, context.today) === 'full') message = `${count} bullet${count === 1 ? '' : 's'}: show the scope of this role with ${min}–${max} results.`;
      if (message) {
        const [start, end] = entry.highlightsKey;
        yield { code: WritingCodes.entryBulletCount, severity: 'information', message, start, end };
      }
    }
  },
};
