import { CURRENCY_CODES, FUNCTION_WORDS, KIND_COMPOUNDS, LABEL_WORDS, MONTHS, RANK_WORDS, UNIT_SUFFIXES, UNIT_WORDS } from './lexicon';
import { isPastTense } from './verbs';

export type QuantityKind =
  | 'count'
  | 'percent'
  | 'money'
  | 'multiplier'
  | 'measure'
  | 'range'
  | 'rank'
  | 'percentile'
  | 'number-word'
  | 'ratio'
  | 'zero'
  | 'before-after';

/** Words of a bullet that state a quantity of impact or scale. */
export interface Quantity {
  readonly start: number;
  readonly end: number;
  readonly kind: QuantityKind;
}

type Reading = QuantityKind | 'name' | 'date' | null;

const NUMERAL = /\d+(?:[.,]\d+)*/g;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const CURRENCY_BEFORE = /(?:[$€£¥₹₩]|\b(?:US|USD|AU|CA|NZ|HK|[ACRS])\$)\s?$/;
const SUFFIX = /^(?:[\p{L}%×µ]+\+?|\+)/u;
const COORDINATION = /^\s*(?:,|and|or|&|to|through|thru|vs\.?|-|–|\/)\s*$/i;
const SEPARATED = /^\s+$/;

const yearShaped = (raw: string): boolean => /^(?:19|20)\d\d$/.test(raw);

/**
 * Numerals that state a quantity, told apart from numerals that are part of a name, a version, a standard or a
 * date. How a numeral is written and what stands next to it decides, never which sentence it is in:
 * glued to letters ("S3", "IPv6", "us-east-1", "H.264") it is a name; after a label word or a name
 * ("version 2", "Python 3.12", "SOC 2") it is a version; a year standing alone is a date; a unit, a currency or a
 * scale word makes any numeral a quantity again ("NPS 20 points", "USD 2 million").
 */
export function findNumerals(text: string): Quantity[] {
  const out: Quantity[] = [];
  let last: { end: number; reading: Reading } | undefined;
  NUMERAL.lastIndex = 0;
  for (let match = NUMERAL.exec(text); match; match = NUMERAL.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const { reading, to } = read(text, match[0], start, end, last);
    last = { end: to, reading };
    if (reading && reading !== 'name' && reading !== 'date') out.push({ start: reading === 'percentile' ? start - 1 : start, end: to, kind: reading });
  }
  return out;
}

function read(text: string, raw: string, start: number, end: number, last: { end: number; reading: Reading } | undefined): { reading: Reading; to: number } {
  const before = text[start - 1];
  const before2 = text[start - 2];
  const suffix = SUFFIX.exec(text.slice(end, end + 8))?.[0] ?? '';
  const to = end + suffix.length;
  const after = text[to];
  const unit = suffix.toLowerCase();
  const nextWord = wordAfter(text, to);

  if (isWordChar(before)) {
    const percentile = (before === 'p' || before === 'P') && !isWordChar(before2) && /^(?:\d\d(?:\.\d+)?|999)$/.test(raw);
    return { reading: percentile ? 'percentile' : 'name', to };
  }
  if ((before === '.' || before === '-' || before === '/' || before === ':' || before === '_') && isWordChar(before2)) {
    const prefix = /(?:^|[^\p{L}])(top|sub|under|over)-$/iu.test(text.slice(Math.max(0, start - 7), start));
    if (!prefix) return { reading: isDigit(before2) ? null : 'name', to };
  }
  if (before === '+' && (isWordChar(before2) || before2 === '+')) return { reading: 'name', to };
  if ((raw.match(/\./g)?.length ?? 0) >= 2 || isWordChar(after)) return { reading: 'name', to };
  if (!suffix && (after === '/' || after === ':') && isDigit(text[to + 1])) return { reading: 'date', to };
  if (!suffix && after === '(') return { reading: 'name', to };
  if (CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return { reading: 'money', to };
  if (before === '#' && !isWordChar(before2)) return { reading: 'rank', to };
  const previous = wordBefore(text, start);
  if (previous && CURRENCY_CODES.has(previous.lower)) return { reading: 'money', to };

  if (suffix) {
    if (/^(?:st|nd|rd|th)$/.test(unit)) return { reading: nextWord && RANK_WORDS.has(nextWord) ? 'rank' : null, to };
    if (unit === 's' && (yearShaped(raw) || /^[1-9]0$/.test(raw))) return { reading: 'date', to };
    if (!UNIT_SUFFIXES.has(unit)) return { reading: 'name', to };
    return { reading: unit === '%' ? 'percent' : unit === 'x' || unit === '×' ? 'multiplier' : 'measure', to };
  }
  if (nextWord !== undefined && (UNIT_WORDS.has(nextWord) || nextWord.startsWith('%'))) {
    return { reading: nextWord.startsWith('%') || nextWord.startsWith('perc') ? 'percent' : 'measure', to };
  }
  if (last?.reading === 'name' && COORDINATION.test(text.slice(last.end, start))) return { reading: 'name', to };

  const dashed = /^[-–—]\s?(\d|[\p{L}]+)/u.exec(text.slice(to, to + 24));
  if (previous && MONTHS.has(previous.lower.replace(/\.$/, ''))) return { reading: 'date', to };
  if (nextWord && MONTHS.has(nextWord)) return { reading: 'date', to };
  if (yearShaped(raw) && !isCountNoun(text, to)) return { reading: 'date', to };
  if (previous) {
    const bare = previous.lower.replace(/\.$/, '');
    if (LABEL_WORDS.has(previous.lower) || LABEL_WORDS.has(bare)) return { reading: 'name', to };
    if (!FUNCTION_WORDS.has(bare) && namesThing(previous, raw, text, to)) return { reading: 'name', to };
  }
  if (dashed) {
    if (isDigit(dashed[1]![0])) return { reading: 'range', to };
    if (KIND_COMPOUNDS.has(dashed[1]!.toLowerCase())) return { reading: 'name', to };
  }
  return { reading: 'count', to };
}

interface Previous {
  readonly word: string;
  readonly lower: string;
  readonly initial: boolean;
}

// The token right before a numeral when only spaces separate them ("Python 3"); none after "," or "(".
function wordBefore(text: string, start: number): Previous | undefined {
  const head = text.slice(Math.max(0, start - 48), start);
  const match = /(\S+)(\s+)$/.exec(head);
  if (!match || !SEPARATED.test(match[2]!)) return undefined;
  const token = match[1]!;
  const word = token.replace(/^[^\p{L}\p{N}]+/u, '');
  if (!word || /[^\p{L}\p{N}.+#]$/u.test(word)) return undefined;
  const lead = text.slice(0, start - head.length + match.index);
  const initial = /^[^\p{L}\p{N}]*$/u.test(lead) || /[.!?;:]\s*$/.test(lead);
  return { word, lower: word.toLowerCase(), initial };
}

function wordAfter(text: string, from: number): string | undefined {
  const match = /^\s+([^\s]+)/.exec(text.slice(from, from + 32));
  if (!match) return undefined;
  const token = match[1]!.toLowerCase();
  return token.startsWith('%') ? '%' : token.replace(/[^\p{L}\p{N}%×µ+]+$/u, '');
}

// "2000 users": a year-shaped numeral followed by a plural noun counts that noun.
function isCountNoun(text: string, to: number): boolean {
  const next = /^\s+([a-z][a-z-]*)/.exec(text.slice(to, to + 32))?.[1];
  return next !== undefined && next.length > 2 && next.endsWith('s') && !next.endsWith('ss');
}

/**
 * Whether the word before a numeral names a product, standard or level ("React 18", "iOS 17", "Node.js 20",
 * "ISO 27001", "python 3.11"). A sentence's first word is capitalised anyway, so there it names something only when
 * it is not a verb and the numeral does not count a plural noun ("Python 3 support" vs "Mentored 4 developers").
 */
function namesThing(previous: Previous, raw: string, text: string, to: number): boolean {
  const { word, lower, initial } = previous;
  if (word === 'I' || isPastTense(lower)) return false;
  const named = /\p{Lu}/u.test(word) || /[.+#]/.test(word.slice(1)) || (raw.includes('.') && /^\p{Ll}+$/u.test(word));
  return initial ? named && !isCountNoun(text, to) : named;
}
