import { DiagnosticCodes } from '../codes';
import { compareDates, dateOf, formatDate } from '../dates';
import type { Rule } from './rule';
import { dateFields } from './dateFields';

/** A start date after today: a typo, or an offer not yet started that readers will take for a claim. */
export const dateFuture: Rule = {
  id: DiagnosticCodes.dateFuture,
  *check(context) {
    const today = dateOf(context.today);
    for (const field of dateFields(context)) {
      if (field.key !== 'startDate' || !field.reading.ok) continue;
      if (compareDates(field.reading.date, today) <= 0) continue;
      yield {
        code: DiagnosticCodes.dateFuture,
        severity: 'warning',
        message: `This starts in the future (${formatDate(field.reading.date)}). Check the year, or leave the entry out until it starts.`,
        start: field.span[0],
        end: field.span[1],
      };
    }
  },
};
