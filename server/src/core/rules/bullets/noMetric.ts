import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { findingIn } from '../../writing/findings';
import { hasMetric } from '../../writing/metrics';
import { isLatinScript } from '../../writing/words';

/** A bullet that states no quantity: readers cannot tell how much the work mattered. */
export const noMetric: Rule = {
  id: WritingCodes.noMetric,
  *check(context) {
    for (const bullet of collectWriting(context).bullets) {
      if (!bullet.text.trim() || hasMetric(bullet.text) || !isLatinScript(bullet.text)) continue;
      yield findingIn(bullet, WritingCodes.noMetric, 'information', 'No metric: add the impact as a number — how much, how many, how fast?');
    }
  },
};
