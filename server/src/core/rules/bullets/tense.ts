import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { findingIn, fixIn, quote } from '../../writing/findings';
import { analyzeOpener } from '../../writing/opener';
import { infinitive } from '../../writing/tagger';
import { baseForm, pastTense } from '../../writing/verbs';
import { matchCase } from '../../writing/words';

/** A bullet of a role that has ended, opening with a present-tense verb ("Manage the team" → "Managed"). */
export const tense: Rule = {
  id: WritingCodes.tense,
  *check(context) {
    for (const bullet of collectWriting(context).bullets) {
      if (!bullet.entry?.ended) continue;
      const verb = analyzeOpener(bullet.text).verb;
      if (!verb || verb.tense !== 'present') continue;
      const base = baseForm(verb.lower) ?? infinitive(verb.lower, 'PresentTense');
      const past = matchCase(pastTense(base), verb.text);
      const message = `This role has ended, but ${quote(verb.text)} is in the present tense. Write ${quote(past)}.`;
      const fix = fixIn(bullet, `Replace ${quote(verb.text)} with ${quote(past)}`, verb.start, verb.end, past);
      yield findingIn(bullet, WritingCodes.tense, 'information', message, [verb.start, verb.end], [fix]);
    }
  },
};
