import type { Caches } from '../caches';
import { proseOf, type Mention, type ProseReading } from './prose';
import type { TechIndex } from './vocabulary';
import { FUNCTION_WORDS } from './vocabulary.generated';

/**
 * Names that are function words of the language a resume is written in: "es" in Spanish ("es una empresa") is not
 * Elasticsearch, "sinon" in French not Sinon.js, "com" and "nas" in Portuguese not COM and NAS. The words per
 * language are the vocabulary's lower-case names found in stopwords-iso (`npm run vocabulary`).
 */
const BY_LANGUAGE = new Map<string, ReadonlySet<string>>(Object.entries(FUNCTION_WORDS).map(([language, words]) => [language, new Set(words)]));

/** The names that are function words of a language (ISO 639-3), or none (English, or a language without them). */
export function functionWordsOf(language: string): ReadonlySet<string> | undefined {
  return BY_LANGUAGE.get(language);
}

/** `proseOf` for a text of a resume or posting whose language has these function words (none: English). */
export function proseIn(caches: Caches, index: TechIndex, text: string, words: ReadonlySet<string> | undefined): ProseReading {
  const reading = proseOf(caches, index, text);
  return words ? withoutFunctionWords(reading, text, words) : reading;
}

const WITHOUT = new WeakMap<ProseReading, { words: ReadonlySet<string>; reading: ProseReading }>();

/**
 * A reading of `text`, a sentence of a resume written in another language than English, without the mentions that
 * are words of that language: its function words (`words`), and a word opening a sentence that a product styled in
 * lower case is named after.
 */
export function withoutFunctionWords(reading: ProseReading, text: string, words: ReadonlySet<string>): ProseReading {
  if (!reading.mentions.some((mention) => functionWord(mention, text, words))) return reading;
  const kept = WITHOUT.get(reading);
  if (kept?.words === words) return kept.reading;
  const without = { ...reading, mentions: reading.mentions.filter((mention) => !functionWord(mention, text, words)) };
  WITHOUT.set(reading, { words, reading: without });
  return without;
}

// Where a sentence opens, any word is capitalised: "Es una empresa", "Sinon, …".
const OPENS = /(?:^|[.!?:;]\s+|\n\s*)$/;

function functionWord(mention: Mention, text: string, words: ReadonlySet<string>): boolean {
  const { written } = mention;
  const lower = written.toLowerCase();
  if (written === lower) return words.has(lower);
  if (!/^\p{Lu}\p{Ll}+$/u.test(written) || !OPENS.test(text.slice(Math.max(0, mention.start - 4), mention.start))) return false;
  // Opening a sentence: a function word, or a word of the language that a product styled in lower case is named
  // ("Mise en place d'une API" is not mise).
  return words.has(lower) || mention.resolution.tech.name === lower;
}
