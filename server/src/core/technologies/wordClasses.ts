import { ORDINARY_WORDS as COMMON_WORDS } from './data';

/**
 * Whether a word reads as ordinary English rather than a name: a dictionary word in lower case ("go", "spring") or
 * in capitals ("GO"), or capitalised where any word is (`capitalised`: opening a sentence, in a headline); a single
 * letter ("C", "R") or a function word. "Spring" in the middle of a sentence is a name.
 */
export function isOrdinary(word: string, capitalised: boolean): boolean {
  if (isSingleLetter(word) || isFunctionWord(word)) return true;
  const lower = word.toLowerCase();
  if (!COMMON_WORDS.has(lower.replace(/['’]s$/, ''))) return false;
  return word === lower || word === word.toUpperCase() || (capitalised && /^\p{Lu}\p{Ll}*$/u.test(word));
}

export function isLowerCase(word: string): boolean {
  return word === word.toLowerCase();
}

export function isSingleLetter(word: string): boolean {
  return word.length === 1 || (word.length === 2 && word.startsWith('.'));
}

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'and', 'or', 'with', 'as', 'is', 'it', 'my', 'our']);
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}
