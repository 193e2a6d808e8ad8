import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { findingIn, fixIn, quote } from '../../writing/findings';
import { findFillers, type Filler } from '../../writing/style';
import { isLatinScript } from '../../writing/words';

/** Vague words ("various", "many"), clichés ("results-driven") and padding ("in order to") in bullets and prose. */
export const filler: Rule = {
  id: WritingCodes.filler,
  *check(context) {
    const writing = collectWriting(context);
    for (const text of [...writing.bullets, ...writing.prose]) {
      if (!isLatinScript(text.text)) continue;
      for (const match of findFillers(text.text)) {
        const edit = match.edit;
        const title = match.kind === 'empty' ? `Remove ${quote(match.text)}` : `Replace ${quote(match.text)} with ${quote(edit?.newText ?? '')}`;
        const fix = edit && fixIn(text, title, edit.start, edit.end, edit.newText);
        yield findingIn(text, WritingCodes.filler, 'information', message(match), [match.start, match.end], [fix]);
      }
    }
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
