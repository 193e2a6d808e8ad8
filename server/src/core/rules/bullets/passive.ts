import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { findingIn, quote } from '../../writing/findings';
import { analyzeOpener } from '../../writing/opener';
import { activeVerb, findPassives } from '../../writing/style';
import { isLatinScript } from '../../writing/words';

/** "was improved by": the passive hides who did the work, and on a resume that should be the author. */
export const passive: Rule = {
  id: WritingCodes.passive,
  *check(context) {
    const writing = collectWriting(context);
    for (const text of [...writing.bullets, ...writing.prose]) {
      if (!isLatinScript(text.text)) continue;
      // "Was involved in …" is already reported as a weak opener; one mistake, one diagnostic.
      const weak = text.kind === 'bullet' ? analyzeOpener(text.text).weak : undefined;
      for (const match of findPassives(text.text)) {
        if (weak && match.start < weak.end && weak.start < match.end) continue;
        const verb = activeVerb(match.text);
        const instead = verb ? `: ${quote(`${verb} …`)}` : '';
        yield findingIn(text, WritingCodes.passive, 'information', `Passive voice: ${quote(match.text)} hides who did it. Say what you did, with the verb first${instead}.`, [match.start, match.end]);
      }
    }
  },
};
