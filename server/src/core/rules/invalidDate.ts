import { DiagnosticCodes } from '../codes';
import type { Rule } from './rule';
import { dateFields } from './dateFields';

/** Dates must be ISO 8601 (`2021`, `2021-03`, `2021-03-14`) and exist on the calendar. */
export const invalidDate: Rule = {
  id: DiagnosticCodes.invalidDate,
  *check(context) {
    for (const field of dateFields(context)) {
      const { reading, span } = field;
      if (reading.ok) continue;
      yield {
        code: DiagnosticCodes.invalidDate,
        severity: 'error',
        message: reading.problem,
        start: span[0],
        end: span[1],
        ...(reading.suggestion ? { fixes: [{ title: `Change to ${reading.suggestion}`, newText: reading.suggestion, auto: true }] } : {}),
      };
    }
  },
};
