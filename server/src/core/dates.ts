/** Calendar dates as JSON Resume writes them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface ResumeDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export type DateReading =
  | { readonly ok: true; readonly date: ResumeDate }
  | { readonly ok: false; readonly problem: string; readonly suggestion?: string; readonly loose?: ResumeDate };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number): string => String(n).padStart(2, '0');

export function formatDate(date: ResumeDate): string {
  return [String(date.year), date.month ? pad(date.month) : '', date.day ? pad(date.day) : ''].filter(Boolean).join('-');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads a date value; a bare YAML integer year (`endDate: 2019`) is accepted because it is unambiguous. */
export function readDate(value: unknown): DateReading {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) {
    return { ok: true, date: { year: value } };
  }
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  const iso = ISO.exec(text);
  if (!iso) return notIso(text);
  const year = Number(iso[1]);
  const month = iso[2] === undefined ? undefined : Number(iso[2]);
  const day = iso[3] === undefined ? undefined : Number(iso[3]);
  if (month !== undefined && (month < 1 || month > 12)) {
    return { ok: false, problem: `${text} is not a date: there is no month ${month}. Months run from 01 to 12.`, loose: { year } };
  }
  if (month !== undefined && day !== undefined) {
    const last = daysIn(year, month);
    if (day < 1 || day > last) {
      const name = MONTHS[month - 1]!;
      return {
        ok: false,
        problem: `${text} is not a date: ${name[0]!.toUpperCase()}${name.slice(1)} ${year} has ${last} days.`,
        loose: { year, month },
      };
    }
  }
  return { ok: true, date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) } };
}

function notIso(text: string): DateReading {
  if (/^(present|current|now|today|ongoing)$/i.test(text)) {
    return { ok: false, problem: `"${text}" is not a date. For a role you still hold, leave endDate out.` };
  }
  const guess = guessDate(text);
  if (guess) {
    const iso = formatDate(guess);
    return { ok: false, problem: `"${text}" is not an ISO 8601 date. Write it as ${iso}.`, suggestion: iso, loose: guess };
  }
  const shown = text === '' ? 'This value' : `"${text}"`;
  return { ok: false, problem: `${shown} is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021-03.` };
}

/** Common human spellings: "June 2015", "Jun. 2015", "06/2015", "2015/6", "2015.06", "15 June 2015", "June 15, 2015". */
function guessDate(text: string): ResumeDate | undefined {
  const monthOf = (word: string): number | undefined => {
    const lower = word.toLowerCase().replace(/\.$/, '');
    if (lower.length < 3) return undefined;
    const index = MONTHS.findIndex((month) => month.startsWith(lower) || (lower === 'sept' && month === 'september'));
    return index < 0 ? undefined : index + 1;
  };
  const valid = (year: number, month: number, day?: number): ResumeDate | undefined =>
    month >= 1 && month <= 12 && year >= 1000 && (day === undefined || (day >= 1 && day <= daysIn(year, month)))
      ? { year, month, ...(day ? { day } : {}) }
      : undefined;
  let match = /^([A-Za-z]+\.?)\s+(\d{4})$/.exec(text);
  if (match) return monthOf(match[1]!) ? valid(Number(match[2]), monthOf(match[1]!)!) : undefined;
  match = /^(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(text);
  if (match && monthOf(match[2]!)) return valid(Number(match[3]), monthOf(match[2]!)!, Number(match[1]));
  match = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (match && monthOf(match[1]!)) return valid(Number(match[3]), monthOf(match[1]!)!, Number(match[2]));
  match = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return valid(Number(match[2]), Number(match[1]));
  match = /^(\d{4})[/.-](\d{1,2})(?:[/.-](\d{1,2}))?$/.exec(text);
  if (match) return valid(Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : undefined);
  return undefined;
}

/** Compares two dates at the precision both have (2019 vs 2019-05 compare equal). */
export function compareDates(a: ResumeDate, b: ResumeDate): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day - b.day;
}

export function dateOf(today: Date): ResumeDate {
  return { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: today.getUTCDate() };
}
