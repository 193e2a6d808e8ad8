import type { francAll as FrancAll } from 'franc-min' with { 'resolution-mode': 'import' };
import { BoundedMap, cacheSlot, type Caches } from '../caches';

// An ECMAScript module: esbuild bundles it into the server, and tsx loads it in the tests.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { francAll } = require('franc-min') as { francAll: typeof FrancAll };

/**
 * The language a resume is written in, as `franc` reads its sentences (ISO 639-3: "eng", "fra", "spa"). The writing
 * rules that read English words (how a bullet opens, passives, pronouns, fillers, tense) and the reading of lower-case
 * names in prose depend on it: "Mise en place d'une API" opens with no weak English verb, and "es" in Spanish is a
 * verb, not Elasticsearch.
 */
export const ENGLISH = 'eng';

// The languages resumes are commonly written in that `franc-min` tells apart by their letters' trigrams, and those it
// tells by their script (Chinese, Japanese, Korean). Fewer candidates, fewer English resumes taken for another.
const CANDIDATES = ['eng', 'spa', 'fra', 'por', 'deu', 'ita', 'nld', 'pol', 'tur', 'swe', 'ron', 'ces', 'hun', 'ind', 'vie', 'rus', 'ukr', 'cmn', 'jpn', 'kor'];

// The sentences are read in parts of at least this many letters, each judged on its own: a resume is in another
// language when most of its parts clearly are. Judged whole, a French resume scores 0.98 of its best as English.
const PART_LETTERS = 200;
// What is read of a long resume: its first sentences say the language as well as all of them.
const SAMPLE = 2048;
// Lists of names ("Backend - Java, Spring (MVC), JPA/Hibernate") read a little like any language: a part is taken for
// another only when that language clearly reads better than English. Cut into parts of 200 letters, the English
// resumes of the judged sets score 0.95 or more of the best as English where another wins; the French and Spanish
// ones 0.94 or less, mostly.
const ENGLISH_CLOSE = 0.95;

// ISO 639-1 (what `lang` attributes and people write: "fr", "fr-CA") → the ISO 639-3 codes used here.
const BY_TAG: Readonly<Record<string, string>> = {
  en: 'eng', es: 'spa', fr: 'fra', pt: 'por', de: 'deu', it: 'ita', nl: 'nld', pl: 'pol', tr: 'tur', sv: 'swe', ro: 'ron',
  cs: 'ces', hu: 'hun', id: 'ind', vi: 'vie', ru: 'rus', uk: 'ukr', zh: 'cmn', ja: 'jpn', ko: 'kor',
};

/**
 * The language a resume declares in `meta.language` ("fr", "fr-FR", "fra"), where its author knows better than the
 * reading (a resume too short to tell): ISO 639-3, or undefined when it declares none this module knows.
 */
export function declaredLanguage(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (CANDIDATES.includes(text)) return text;
  return BY_TAG[text.split(/[-_]/)[0]!];
}

// Each part's language, by its text: a keystroke changes one part, and only that part is read again.
const PARTS = cacheSlot(() => new BoundedMap<string, string>(256));

/** The language of a resume's sentences (its summaries, descriptions and bullets, in that order). */
export function proseLanguage(caches: Caches, texts: Iterable<string>): string {
  const known = caches.get(PARTS);
  const languages: string[] = [];
  let part = '';
  let partLetters = 0;
  let length = 0;
  for (const text of texts) {
    part += `${text}\n`;
    partLetters += letters(text);
    length += text.length;
    if (partLetters >= PART_LETTERS) {
      let language = known.get(part);
      if (language === undefined) known.set(part, (language = partLanguage(part)));
      languages.push(language);
      part = '';
      partLetters = 0;
    }
    if (length >= SAMPLE) break;
  }
  // Too few words to tell: read as English, so that no advice is lost.
  return languages.length === 0 ? ENGLISH : mostOf(languages);
}

function letters(text: string): number {
  return text.replace(/[^\p{L}]/gu, '').length;
}

// Words English sentences are full of and other languages' sentences lack (not "of", Dutch; "on", French; "was",
// German): a part with three of them is English, without reading its trigrams (a keystroke's part, mostly).
const ENGLISH_WORDS = /\b(?:the|and|with|for|from|that|this|which|our|their|into|using)\b/gi;

function partLanguage(part: string): string {
  if ((part.match(ENGLISH_WORDS)?.length ?? 0) >= 3) return ENGLISH;
  const [best, ...rest] = francAll(part, { only: CANDIDATES, minLength: 10 });
  if (!best || best[0] === ENGLISH || best[0] === 'und') return ENGLISH;
  const english = rest.find(([code]) => code === ENGLISH)?.[1] ?? 0;
  return english >= ENGLISH_CLOSE ? ENGLISH : best[0];
}

/** Another language than English when more than half the parts are in it. */
function mostOf(languages: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  const [language, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return language !== ENGLISH && count * 2 > languages.length ? language : ENGLISH;
}
