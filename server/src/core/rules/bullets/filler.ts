import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { derived } from '../../writing/facts';
import { findingsOf, NO_FINDINGS, quote, type TextFinding } from '../../writing/findings';
import { findFillers, type Filler } from '../../writing/style';

const FINDINGS = derived((facts): readonly TextFinding[] => {
  if (!facts.latin) return NO_FINDINGS;
  return findFillers(facts.text).map((match): TextFinding => {
    const edit = match.edit;
    const title = match.kind === 'empty' ? `Remove ${quote(match.text)}` : `Replace ${quote(match.text)} with ${quote(edit?.newText ?? '')}`;
    const fixes = edit ? [{ title, from: edit.start, to: edit.end, newText: edit.newText }] : [];
    return { code: WritingCodes.filler, severity: 'information', message: message(match), range: [match.start, match.end], fixes };
  });
});

/** Vague words ("various", "many"), clichés ("results-driven") and padding ("in order to") in bullets and prose. */
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
      return `${words} adds nothing: the result shows the success. Leave it out.`;
  }
}
