import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { findingIn, fixIn, quote } from '../../writing/findings';
import { findPronouns } from '../../writing/style';
import { isLatinScript } from '../../writing/words';

/** "I", "my", "we" in a bullet: resumes leave the subject out, and "we" hides the author's own part. */
export const pronoun: Rule = {
  id: WritingCodes.pronoun,
  *check(context) {
    for (const bullet of collectWriting(context).bullets) {
      if (!isLatinScript(bullet.text)) continue;
      for (const match of findPronouns(bullet.text)) {
        const plural = /^(we|us|our|ours|ourselves)$/i.test(match.text);
        const why = plural ? 'hides what you did yourself: say what your part was' : 'is implied on a resume: leave it out';
        const edit = match.edit;
        const fix = edit && fixIn(bullet, `Remove ${quote(match.text)}`, edit.start, edit.end, edit.newText);
        yield findingIn(bullet, WritingCodes.pronoun, 'information', `${quote(match.text)} ${why}, and start with the verb.`, [match.start, match.end], [fix]);
      }
    }
  },
};
