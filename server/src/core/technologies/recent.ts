import type { ResumeDate } from '../dates';
import type { Entry } from '../writing/bullets';

/**
 * The work a reader takes for the author's present: the two latest work entries (ongoing first, then by end and
 * start date; in the file's order where no dates are given).
 */
export function latestWork(entries: readonly Entry[]): ReadonlySet<Entry> {
  const work = entries.filter((entry) => entry.section === 'work');
  const dated = work.some((entry) => entry.start !== undefined || entry.end !== undefined);
  const order = dated ? [...work].sort((a, b) => later(b) - later(a) || work.indexOf(a) - work.indexOf(b)) : work;
  return new Set(order.slice(0, 2));
}

/** A sortable month: an ongoing entry is now, an entry with no dates counts as oldest. */
function later(entry: Entry): number {
  if (entry.end === undefined && entry.start !== undefined && !entry.ended) return Number.MAX_SAFE_INTEGER;
  const date: ResumeDate | undefined = entry.end ?? entry.start;
  return date ? date.year * 12 + (date.month ?? 12) : 0;
}
