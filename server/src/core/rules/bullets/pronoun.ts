import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { derived } from '../../writing/facts';
import { findingsOf, NO_FINDINGS, quote, type TextFinding } from '../../writing/findings';
import { findPronouns } from '../../writing/pronouns';

const FINDINGS = derived((facts): readonly TextFinding[] => {
  if (!facts.latin) return NO_FINDINGS;
  // "My role was to …" is already reported as a weak opener; one mistake, one diagnostic. A bullet that opens with
  // just "We" is reported here too: the pronoun is the mistake.
  const weak = facts.opener.weak?.kind === 'noun' ? undefined : facts.opener.weak;
  const found = findPronouns(facts.text).filter((match) => !weak || match.end <= weak.start || weak.end <= match.start);
  return found.map((match): TextFinding => {
    const hides = !/^i$/i.test(match.text);
    const why = hides ? 'hides what you did yourself: say what your part was' : 'is implied on a resume: leave it out';
    const edit = match.edit;
    const fixes = edit ? [{ title: `Remove ${quote(match.text)}`, from: edit.start, to: edit.end, newText: edit.newText }] : [];
    return { code: WritingCodes.pronoun, severity: 'information', message: `${quote(match.text)} ${why}, and start with the verb.`, range: [match.start, match.end], fixes };
  });
});

/**
 * "I" or "we" as a subject, or "My"/"Our" opening a bullet: resumes leave the subject out, and "we" hides the
 * author's own part. A possessive after a verb ("Rebuilt our billing pipeline") is not reported.
 */
export const pronoun: Rule = {
  id: WritingCodes.pronoun,
  *check(context) {
    yield* findingsOf(collectWriting(context).bullets, FINDINGS);
  },
};
