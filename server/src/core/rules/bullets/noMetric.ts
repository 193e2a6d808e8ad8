import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { findingIn, type TextFinding } from '../../writing/findings';
import { NUMBERLESS } from '../../writing/numberless';

const NO_METRIC: TextFinding = {
  code: WritingCodes.noMetric,
  severity: 'information',
  message: 'No metric: add the impact as a number — how much, how many, how fast?',
};

/**
 * A bullet that states no quantity: readers cannot tell how much the work mattered. Not a heading, a list of
 * keywords, a qualification or a pointer to an article: a number is not the fix there (numberless.ts).
 */
export const noMetric: Rule = {
  id: WritingCodes.noMetric,
  *check(context) {
    const bullets = collectWriting(context).bullets;
    for (let i = 0; i < bullets.length; i++) {
      const { facts } = bullets[i]!;
      if (facts.blank || facts.metric || !facts.latin || facts.get(NUMBERLESS)) continue;
      yield findingIn(bullets[i]!, NO_METRIC);
    }
  },
};
