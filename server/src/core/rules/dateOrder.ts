import { DiagnosticCodes } from '../codes';
import { compareDates, formatDate, type ResumeDate } from '../dates';
import type { Rule } from './rule';
import { dateFields, type DateField } from './dateFields';

const loose = (field: DateField): ResumeDate | undefined => (field.reading.ok ? field.reading.date : field.reading.loose);

/** An entry that ends before it starts: usually a typo in one of the two years. */
export const dateOrder: Rule = {
  id: DiagnosticCodes.dateOrder,
  *check(context) {
    const byEntry = new Map<unknown, { start?: DateField; end?: DateField }>();
    for (const field of dateFields(context)) {
      if (field.key !== 'startDate' && field.key !== 'endDate') continue;
      const entry = byEntry.get(field.parent) ?? {};
      entry[field.key === 'startDate' ? 'start' : 'end'] = field;
      byEntry.set(field.parent, entry);
    }
    for (const { start, end } of byEntry.values()) {
      const from = start && loose(start);
      const to = end && loose(end);
      if (!from || !to || !end || compareDates(to, from) >= 0) continue;
      yield {
        code: DiagnosticCodes.dateOrder,
        severity: 'error',
        message: `This entry ends (${formatDate(to)}) before it starts (${formatDate(from)}). Check both dates.`,
        start: end.span[0],
        end: end.span[1],
      };
    }
  },
};
