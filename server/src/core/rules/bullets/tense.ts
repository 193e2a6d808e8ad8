import type { Rule } from '../rule';
import { collectWriting, type Text } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { derived } from '../../writing/facts';
import { findingsOf, NO_FINDINGS, quote, type TextFinding } from '../../writing/findings';
import { infinitive, lexiconVerb } from '../../writing/tagger';
import { baseForm, pastTense } from '../../writing/verbs';
import { matchCase } from '../../writing/words';

// What to say about a bullet if its role has ended (worked out only for bullets of ended roles).
const IF_ENDED = derived((facts): readonly TextFinding[] => {
  const verb = facts.opener.verb;
  if (!verb || verb.tense !== 'present') return NO_FINDINGS;
  const past = matchCase(pastOf(verb.lower), verb.text);
  // "Design and implement X" → "Designed and implemented X": a second verb joined by "and" changes with the first.
  const second = /^(\s+and\s+)(\p{Ll}+)\b/u.exec(facts.text.slice(verb.end));
  const also = second && isPresentVerb(second[2]!) ? second : undefined;
  const was = also ? verb.text + also[0] : verb.text;
  const now = also ? past + also[1] + pastOf(also[2]!) : past;
  const end = verb.end + (also?.[0].length ?? 0);
  const message = `This role has ended, but ${quote(was)} is in the present tense. Write ${quote(now)}.`;
  // Only the letters that change are replaced ("Manage" → "Managed" edits "e" → "ed"), so that the fix composes
  // with one that removes a leading "I" and capitalises the verb's first letter.
  const same = Math.min(commonPrefix(was, now), was.length - 1);
  const fix = { title: `Replace ${quote(was)} with ${quote(now)}`, from: verb.start + same, to: end, newText: now.slice(same) };
  return [{ code: WritingCodes.tense, severity: 'information', message, range: [verb.start, verb.end], fixes: [fix] }];
});

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

const describesItself = (bullet: Text): boolean => /[^s]s$/.test(bullet.facts.opener.verb?.lower ?? '');
const pastOf = (lower: string): string => pastTense(baseForm(lower) ?? infinitive(lower, 'PresentTense'));
const isPresentVerb = (lower: string): boolean => baseForm(lower) === lower || lexiconVerb(lower);

/** A bullet of a role that has ended, opening with a present-tense verb ("Manage the team" → "Managed"). */
export const tense: Rule = {
  id: WritingCodes.tense,
  *check(context) {
    for (const entry of collectWriting(context).entries) {
      if (!entry.ended) continue;
      // A project's "Renders …", "Includes …" describes the project, not what its author did then.
      yield* findingsOf(entry.section === 'projects' ? entry.bullets.filter((bullet) => !describesItself(bullet)) : entry.bullets, IF_ENDED);
    }
  },
};
