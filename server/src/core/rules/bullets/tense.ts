import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { derived } from '../../writing/facts';
import { findingsOf, NO_FINDINGS, quote, type TextFinding } from '../../writing/findings';
import { infinitive } from '../../writing/tagger';
import { baseForm, pastTense } from '../../writing/verbs';
import { matchCase } from '../../writing/words';

// What to say about a bullet if its role has ended (worked out only for bullets of ended roles).
const IF_ENDED = derived((facts): readonly TextFinding[] => {
  const verb = facts.opener.verb;
  if (!verb || verb.tense !== 'present') return NO_FINDINGS;
  const base = baseForm(verb.lower) ?? infinitive(verb.lower, 'PresentTense');
  const past = matchCase(pastTense(base), verb.text);
  const message = `This role has ended, but ${quote(verb.text)} is in the present tense. Write ${quote(past)}.`;
  const fix = { title: `Replace ${quote(verb.text)} with ${quote(past)}`, from: verb.start, to: verb.end, newText: past };
  return [{ code: WritingCodes.tense, severity: 'information', message, range: [verb.start, verb.end], fixes: [fix] }];
});

/** A bullet of a role that has ended, opening with a present-tense verb ("Manage the team" → "Managed"). */
export const tense: Rule = {
  id: WritingCodes.tense,
  *check(context) {
    for (const entry of collectWriting(context).entries) {
      if (entry.ended) yield* findingsOf(entry.bullets, IF_ENDED);
    }
  },
};
