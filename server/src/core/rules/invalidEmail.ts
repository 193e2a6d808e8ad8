import { DiagnosticCodes } from '../codes';
import { locateError } from '../schema/errorLocation';
import { targetSpan } from '../yaml/nodes';
import type { Rule } from './rule';

/** An email address a recruiter could not write to. */
export const invalidEmail: Rule = {
  id: DiagnosticCodes.invalidEmail,
  *check(context) {
    for (const error of context.schemaErrors()) {
      if (error.keyword !== 'format' || error.params['format'] !== 'email') continue;
      const span = targetSpan(locateError(context.doc, error));
      if (!span) continue;
      const value = context.doc.text.slice(span[0], span[1]);
      const hint = value.includes('@') ? 'Check the part after "@": it needs a domain such as example.com.' : 'It needs an "@" and a domain, like name@example.com.';
      yield {
        code: DiagnosticCodes.invalidEmail,
        severity: 'error',
        message: `${value} is not a valid email address. ${hint}`,
        start: span[0],
        end: span[1],
      };
    }
  },
};
