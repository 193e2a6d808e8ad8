import type nlpType from 'compromise/two';
import { BoundedMap, cacheSlot, type Caches } from '../caches';

/** A word as the part-of-speech tagger sees it. */
export interface TaggedWord {
  readonly text: string;
  readonly tags: ReadonlySet<string>;
}

type Nlp = typeof nlpType;
interface VerbMethods {
  toInfinitive(word: string, model: object, tense?: string): string;
}

let nlp: Nlp | undefined;

// compromise builds its lexicon when first loaded (about half a second), so it is loaded on the first doubtful
// word, not when the server or the CLI starts; most resumes open every bullet with a verb the word lists know.
function tagger(): Nlp {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  nlp ??= require('compromise/two') as Nlp;
  return nlp;
}

/** Tags a short phrase (the opening words of a bullet). */
export function tag(phrase: string): readonly TaggedWord[] {
  try {
    const json = tagger()(phrase).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>;
    return json.flatMap((sentence) => sentence.terms.map((term) => ({ text: term.text, tags: new Set(term.tags) })));
  } catch {
    return [];
  }
}

const TAGGED = cacheSlot(() => new BoundedMap<string, readonly TaggedWord[]>(2000));

/** `tag`, remembered per phrase in `caches`: the same bullets come back on every keystroke. */
export function taggerWith(caches: Caches): (phrase: string) => readonly TaggedWord[] {
  const cache = caches.get(TAGGED);
  return (phrase) => {
    let tagged = cache.get(phrase);
    if (!tagged) {
      tagged = tag(phrase);
      cache.set(phrase, tagged);
    }
    return tagged;
  };
}

/** The base form of a verb the word lists do not know ("spearheading" → "spearhead"), from the tagger's models. */
export function infinitive(word: string, tense: 'Gerund' | 'PastTense' | 'PresentTense'): string {
  try {
    const instance = tagger();
    const methods = (instance.methods() as { two: { transform: { verb: VerbMethods } } }).two.transform.verb;
    return methods.toInfinitive(word.toLowerCase(), instance.model(), tense) || word.toLowerCase();
  } catch {
    return word.toLowerCase();
  }
}

/** Whether the tagger's lexicon lists a word as a verb (it also tags unknown words as verbs when they open a sentence). */
export function lexiconVerb(word: string): boolean {
  try {
    const lexicon = (tagger().model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
    const entry = lexicon[word.toLowerCase()];
    return typeof entry === 'string' && /Infinitive|Verb|Tense|Gerund|Participle/.test(entry);
  } catch {
    return false;
  }
}

export function isTaggerLoaded(): boolean {
  return nlp !== undefined;
}

/** Whether the tagger's lexicon knows a word at all (it lists "implement" and "document" only as nouns). */
export function knownWord(word: string): boolean {
  try {
    const lexicon = (tagger().model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
    return typeof lexicon[word.toLowerCase()] === 'string';
  } catch {
    return false;
  }
}
