/** A word of a text with its offsets in that text. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Letters and digits, joined by apostrophes, hyphens and dots inside a word: "Node.js", "co-led", "didn't".
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*/gu;
const CHUNK = /\S+/g;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The words of `text` (from `from` on), in order; `limit` stops early for callers that need only the first few. */
export function words(text: string, limit = Infinity, from = 0): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && out.length < limit; match = WORD.exec(text)) {
    out.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** Words as a reader counts them: whitespace-separated chunks with a letter or digit ("CI/CD" is one). */
export function countWords(text: string): number {
  let count = 0;
  CHUNK.lastIndex = 0;
  for (let match = CHUNK.exec(text); match; match = CHUNK.exec(text)) {
    if (HAS_WORD_CHARACTER.test(match[0])) count++;
  }
  return count;
}

const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/gu;

/**
 * The checks about verbs, pronouns and number words only know English. A text written mostly in another script
 * (Hebrew, Arabic, Cyrillic, CJK…) is left alone rather than judged by the wrong grammar.
 */
export function isLatinScript(text: string): boolean {
  let letters = 0;
  let latin = 0;
  LETTER.lastIndex = 0;
  for (let match = LETTER.exec(text); match && letters < 200; match = LETTER.exec(text)) {
    letters++;
    if (LATIN.test(match[0])) latin++;
  }
  return letters > 0 && latin * 2 >= letters;
}

export function capitalize(word: string): string {
  return word ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Gives `word` the case of `model`'s first letter (a suggestion replacing "responsible" stays lower case). */
export function matchCase(word: string, model: string): string {
  const first = model[0] ?? '';
  return first !== first.toLowerCase() ? capitalize(word) : word[0] ? word[0].toLowerCase() + word.slice(1) : word;
}
