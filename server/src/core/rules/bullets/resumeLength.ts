import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { writingOptions } from '../../writing/options';

/** A resume far shorter or longer than one or two pages. Reported once, on the first key, as a hint. */
export const resumeLength: Rule = {
  id: WritingCodes.resumeLength,
  *check(context) {
    const { min, max } = writingOptions(context).resumeWords;
    const writing = collectWriting(context);
    const words = writing.words;
    let message: string | undefined;
    if (words > 0 && words < min) message = `This resume has ${words} words; most strong resumes have ${min}–${max}. Add results to the roles that matter most.`;
    else if (words > max) message = `This resume has ${words} words; keep it under ${max} (about two pages). Cut the oldest and weakest bullets first.`;
    if (message) yield { code: WritingCodes.resumeLength, severity: 'hint', message, start: writing.start[0], end: writing.start[1] };
  },
};
