import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { findingIn } from '../../writing/findings';
import { isHeading } from '../../writing/numberless';
import { writingOptions } from '../../writing/options';

/** Bullets too short to say what happened, or too long to be read: recruiters skim. */
export const length: Rule = {
  id: WritingCodes.length,
  *check(context) {
    const { min, max } = writingOptions(context).bulletWords;
    const bullets = collectWriting(context).bullets;
    for (let i = 0; i < bullets.length; i++) {
      const bullet = bullets[i]!;
      const count = bullet.facts.words;
      // A heading inside the highlights is reported once, as such, by bullet-weak-opener.
      if (isHeading(bullet.facts)) continue;
      let message: string | undefined;
      if (count === 0) message = 'Empty bullet: write what you did and what came of it, or delete it.';
      else if (count < min) message = `Only ${count} word${count === 1 ? '' : 's'}: say what you did and its effect (aim for ${min}–${max} words).`;
      else if (count > max) message = `${count} words: a bullet over ${max} words gets skimmed past. Keep one result per bullet, or split it in two.`;
      if (message) yield findingIn(bullet, { code: WritingCodes.length, severity: 'information', message });
    }
  },
};
