import { dateOf, type ResumeDate } from '../dates';
import type { Entry } from './bullets';

/** A role that ended longer ago than this is history: a title and dates are enough. */
export const RECENT_YEARS = 10;
/** A role this short (a contract, a summer) is told well in a bullet or two, or none. */
export const SHORT_MONTHS = 6;

/**
 * What an editor would ask of an entry's highlights: `full` — the configured 3–6 bullets (a work entry of the last
 * ten years that lasted more than six months); `some` — a line or two (a volunteer role or a project with neither
 * highlights nor a summary or description); `none` — nothing (an old or short role, a project that is described).
 * `entry-no-bullets` and the minimum of `entry-bullet-count` both follow it, so the two rules always agree.
 */
export function bulletsExpected(entry: Entry, today: Date): 'full' | 'some' | 'none' {
  if (entry.section !== 'work') return entry.described ? 'none' : 'some';
  const now = dateOf(today);
  if (entry.end && months(entry.end, now) > RECENT_YEARS * 12) return 'none';
  if (entry.start && months(entry.start, entry.end ?? now) <= SHORT_MONTHS) return 'none';
  return 'full';
}

const months = (from: ResumeDate, to: ResumeDate): number => (to.year - from.year) * 12 + (to.month ?? 1) - (from.month ?? 1);
