import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { derived } from '../../writing/facts';
import { findingsOf, NO_FINDINGS, quote, type TextFinding } from '../../writing/findings';
import { findFillers, type Filler } from '../../writing/fillers';

const FINDINGS = derived((facts): readonly TextFinding[] => {
  if (!facts.latin) return NO_FINDINGS;
  return findFillers(facts.text).map((match): TextFinding => {
    const edit = match.edit;
    const title = match.kind === 'wordy' ? `Replace ${quote(match.text)} with ${quote(edit?.newText ?? '')}` : `Remove ${quote(match.text)}`;
    const fixes = edit ? [{ title, from: edit.start, to: edit.end, newText: edit.newText }] : [];
    return { code: WritingCodes.filler, severity: 'information', message: message(match), range: [match.start, match.end], fixes };
  });
});

/**
 * Vague words ("various", "and others"), clichés ("results-driven", "operational excellence"), padding ("in order
 * to", "Actively"), intensifiers where a number belongs ("Significantly reduced") and hedges ("a sort of") in
 * bullets and prose.
 */
export const filler: Rule = {
  id: WritingCodes.filler,
  *check(context) {
    const writing = collectWriting(context);
    yield* findingsOf(writing.bullets, FINDINGS);
    yield* findingsOf(writing.prose, FINDINGS);
  },
};

function message(match: Filler): string {
  const words = quote(match.text);
  switch (match.kind) {
    case 'vague':
      return `Vague: ${words} leaves the reader guessing. Name the things, or say how many.`;
    case 'cliche':
      return `Cliché: ${words} is on every resume and proves nothing. Show it with a result instead.`;
    case 'wordy':
      return `Wordy: write ${quote(match.instead ?? '')} instead of ${words}.`;
    case 'empty':
      return `${words} adds nothing: the result shows it. Leave it out.`;
    case 'intensifier':
      return `${words} claims a size without giving one. Say how much — a number, or a before and after — or leave it out.`;
    case 'hedge':
      return `${words} hedges the claim. Say plainly what you did.`;
  }
}
