import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { derived } from '../../writing/facts';
import { findingsOf, NO_FINDINGS, quote, type TextFinding } from '../../writing/findings';
import { findPronouns } from '../../writing/style';

const FINDINGS = derived((facts): readonly TextFinding[] => {
  if (!facts.latin) return NO_FINDINGS;
  return findPronouns(facts.text).map((match): TextFinding => {
    const plural = /^(we|us|our|ours|ourselves)$/i.test(match.text);
    const why = plural ? 'hides what you did yourself: say what your part was' : 'is implied on a resume: leave it out';
    const edit = match.edit;
    const fixes = edit ? [{ title: `Remove ${quote(match.text)}`, from: edit.start, to: edit.end, newText: edit.newText }] : [];
    return { code: WritingCodes.pronoun, severity: 'information', message: `${quote(match.text)} ${why}, and start with the verb.`, range: [match.start, match.end], fixes };
  });
});

/** "I", "my", "we" in a bullet: resumes leave the subject out, and "we" hides the author's own part. */
export const pronoun: Rule = {
  id: WritingCodes.pronoun,
  *check(context) {
    yield* findingsOf(collectWriting(context).bullets, FINDINGS);
  },
};
