import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { derived, type TextFacts } from '../../writing/facts';
import { findingsOf, NO_FINDINGS, quote, type TextFinding } from '../../writing/findings';
import { activeVerb, findPassives } from '../../writing/passives';

function passives(facts: TextFacts, bullet: boolean): readonly TextFinding[] {
  if (!facts.latin) return NO_FINDINGS;
  // "Was involved in …" is already reported as a weak opener; one mistake, one diagnostic.
  const weak = bullet ? facts.opener.weak : undefined;
  const out: TextFinding[] = [];
  // In a bullet that opens with the author's verb, the main clause is active ("Fixed the alerts that were raised …").
  const opensWithVerb = bullet && facts.opener.verb !== undefined;
  for (const match of findPassives(facts.text, { opensWithVerb })) {
    if (weak && match.start < weak.end && weak.start < match.end) continue;
    const verb = activeVerb(match.text);
    const instead = verb ? `: ${quote(`${verb} …`)}` : '';
    const message = `Passive voice: ${quote(match.text)} hides who did it. Say what you did, with the verb first${instead}.`;
    out.push({ code: WritingCodes.passive, severity: 'information', message, range: [match.start, match.end] });
  }
  return out.length ? out : NO_FINDINGS;
}

const IN_BULLET = derived((facts) => passives(facts, true));
const IN_PROSE = derived((facts) => passives(facts, false));

/**
 * "The scripts were rewritten": the passive hides who did the work, and on a resume that should be the author. Only
 * the author's own account counts: not a clause about others, a state, or a sentence whose subject is the author.
 */
export const passive: Rule = {
  id: WritingCodes.passive,
  *check(context) {
    const writing = collectWriting(context);
    yield* findingsOf(writing.bullets, IN_BULLET);
    yield* findingsOf(writing.prose, IN_PROSE);
  },
};
