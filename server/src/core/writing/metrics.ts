import { KIND_COMPOUNDS, LABEL_WORDS, NUMBER_WORDS, TIME_WORDS, ZERO_NAMES } from './lexicon';
import { findNumerals, type Quantity, type QuantityKind } from './numerals';

export type { Quantity, QuantityKind } from './numerals';

const NUMBER_WORD = new RegExp(`\\b(?:${[...NUMBER_WORDS].join('|')}|tens of)\\b`, 'gi');
const TIME = [...TIME_WORDS].join('|');

/** Quantities said in words: ratios, before/after figures, "zero downtime", "sub-second". */
const PHRASES: ReadonlyArray<readonly [RegExp, QuantityKind]> = [
  [/\b(?:doubl|tripl|quadrupl|quintupl)(?:ed|ing|es)\b|\bhalv(?:ed|ing|es)\b/gi, 'ratio'],
  [/\b(?:by|in) (?:a |one[- ])?(?:half|third|quarter|fifth|tenth)\b|\b(?:one|two|three)[- ](?:half|thirds?|quarters?|fifths?)\b/gi, 'ratio'],
  [/\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand)-?fold\b|\borders? of magnitude\b/gi, 'multiplier'],
  [/\b(?:single|double|triple)[- ]digit\b/gi, 'ratio'],
  [/\bsub-?(?:second|millisecond|minute|hour|day|ms)\b/gi, 'measure'],
  // Scale in words: "petabyte-scale batch jobs", "terabytes of logs".
  [/\b(?:kilo|mega|giga|tera|peta|exa|zetta)bytes?(?:[- ]scale)?\b/gi, 'measure'],
  [new RegExp(`\\bfrom\\s+(?:[\\w'-]+\\s+){0,3}?(?:${TIME})\\b[^.;]{0,48}?\\bto\\s+(?:[\\w'-]+\\s+){0,3}?(?:${TIME})\\b`, 'gi'), 'before-after'],
];

const ZERO = /\bzero[- ]([a-z]+)/gi;

/** Every quantity of impact or scale in a text, in order. */
export function findQuantities(text: string): Quantity[] {
  const out = findNumerals(text);
  for (const [pattern, kind] of PHRASES) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      out.push({ start: match.index, end: match.index + match[0].length, kind });
    }
  }
  ZERO.lastIndex = 0;
  for (let match = ZERO.exec(text); match; match = ZERO.exec(text)) {
    if (!ZERO_NAMES.has(match[1]!.toLowerCase())) out.push({ start: match.index, end: match.index + match[0].length, kind: 'zero' });
  }
  NUMBER_WORD.lastIndex = 0;
  for (let match = NUMBER_WORD.exec(text); match; match = NUMBER_WORD.exec(text)) {
    if (countsSomething(text, match.index, match.index + match[0].length)) {
      out.push({ start: match.index, end: match.index + match[0].length, kind: 'number-word' });
    }
  }
  return withoutOverlaps(out);
}

// "two-fold" is one quantity, not "two" and "two-fold": the longest reading of any words wins.
function withoutOverlaps(quantities: Quantity[]): Quantity[] {
  quantities.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Quantity[] = [];
  for (const quantity of quantities) {
    const last = out[out.length - 1];
    if (last && quantity.start < last.end) continue;
    out.push(quantity);
  }
  return out;
}

// "two days" counts; "Two Sigma" (a name mid-sentence), "phase two" (a label) and "two-factor" (a kind) do not.
function countsSomething(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const before = text.slice(0, start);
  const initial = /^[^\p{L}\p{N}]*$/u.test(before) || /[.!?;:]\s*$/.test(before);
  if (!initial && /^\p{Lu}/u.test(word) && !/^\p{Lu}+$/u.test(word)) return false;
  const previous = /([\p{L}.]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  if (previous && LABEL_WORDS.has(previous)) return false;
  const compound = /^-([\p{L}]+)/u.exec(text.slice(end, end + 16))?.[1]?.toLowerCase();
  return !(compound && KIND_COMPOUNDS.has(compound));
}

/** Whether a bullet states at least one quantity (remembered with the string's facts: `TextFacts.metric`). */
export function hasMetric(text: string): boolean {
  return findQuantities(text).length > 0;
}
