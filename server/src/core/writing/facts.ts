import { BoundedMap, cacheSlot, type Caches } from '../caches';
import { hasMetric } from './metrics';
import { analyzeOpener, type Opener } from './opener';
import { countWords, isLatinScript } from './words';

/**
 * Something worked out from a text alone (its findings for one rule, say), at most once per distinct text: the
 * same strings come back on every keystroke, and only the one being typed into has to be judged again.
 */
export interface Derived<T extends NonNullable<unknown> | null> {
  readonly slot: number;
  readonly compute: (facts: TextFacts) => T;
}

let slots = 0;

/** Declares a derived value; call once, at module level. */
export function derived<T extends NonNullable<unknown> | null>(compute: (facts: TextFacts) => T): Derived<T> {
  return { slot: slots++, compute };
}

/** What the writing checks know about one string, worked out on first use and kept with the string. */
export class TextFacts {
  readonly text: string;
  readonly #caches: Caches | undefined;
  #words: number | undefined;
  #trimmed: readonly [number, number] | undefined;
  #latin: boolean | undefined;
  #opener: Opener | undefined;
  #metric: boolean | undefined;
  #derived: unknown[] | undefined;

  /** `caches`: where to remember what is worked out about other strings along the way (how bullets open). */
  constructor(text: string, caches?: Caches) {
    this.text = text;
    this.#caches = caches;
  }

  /** Words as a reader counts them. */
  get words(): number {
    this.#words ??= countWords(this.text);
    return this.#words;
  }

  /** Offsets of the text without surrounding blanks; `[0, 0]` when it is blank. */
  get trimmed(): readonly [number, number] {
    if (!this.#trimmed) {
      const from = this.text.search(/\S/);
      this.#trimmed = from < 0 ? [0, 0] : [from, this.text.trimEnd().length];
    }
    return this.#trimmed;
  }

  get blank(): boolean {
    return this.trimmed[1] === 0;
  }

  /** Written mostly in the Latin script, so the English checks apply. */
  get latin(): boolean {
    this.#latin ??= isLatinScript(this.text);
    return this.#latin;
  }

  /** How the text opens, read as a bullet. */
  get opener(): Opener {
    this.#opener ??= analyzeOpener(this.text, this.#caches);
    return this.#opener;
  }

  /** Whether it states at least one quantity. */
  get metric(): boolean {
    this.#metric ??= hasMetric(this.text);
    return this.#metric;
  }

  get<T extends NonNullable<unknown> | null>(value: Derived<T>): T {
    const memo = (this.#derived ??= []);
    let found = memo[value.slot] as T | undefined;
    if (found === undefined) {
      found = value.compute(this);
      memo[value.slot] = found;
    }
    return found;
  }
}

// Large enough for every string of a 1 MB resume: a lint after a keystroke misses only on the string typed into.
const FACTS = cacheSlot(() => new BoundedMap<string, TextFacts>(50_000));

/** The facts of a string, shared by every lint (of this service) that meets the same string again. */
export function factsOf(caches: Caches, text: string): TextFacts {
  const cache = caches.get(FACTS);
  let facts = cache.get(text);
  if (!facts) {
    const copy = detached(text);
    facts = new TextFacts(copy, caches);
    cache.set(copy, facts);
  }
  return facts;
}

// A parsed value is often a slice of the whole document, and V8 keeps the document alive as long as the slice
// is: a cache of slices would hold a copy of the file for every keystroke. Flattening a concatenation copies.
const detached = (text: string): string => ` ${text}`.slice(1);

interface Sequence {
  readonly strings: readonly string[];
  readonly facts: readonly TextFacts[];
}

// The strings of the last few documents linted, in the order they were read, by document URI.
const SEQUENCES = cacheSlot(() => new BoundedMap<string, Sequence>(16));

/**
 * Reads the facts of one document's strings, in document order. A keystroke changes one string, so the string
 * read now is nearly always the one read at the same place last time: comparing the two is much cheaper than a
 * lookup among all cached strings, which a 10,000-line resume would do ten thousand times per lint.
 */
export class FactsReader {
  readonly #caches: Caches;
  readonly #uri: string;
  readonly #previous: Sequence | undefined;
  #cursor = 0;
  #misses = 0;
  #positions: Map<TextFacts, number> | undefined;
  readonly #strings: string[] = [];
  readonly #facts: TextFacts[] = [];

  constructor(caches: Caches, uri: string) {
    this.#caches = caches;
    this.#uri = uri;
    this.#previous = caches.get(SEQUENCES).get(uri);
  }

  read(text: string): TextFacts {
    const previous = this.#previous;
    const cursor = this.#cursor;
    let facts: TextFacts;
    if (previous?.strings[cursor] === text) {
      facts = previous.facts[cursor]!;
      this.#cursor = cursor + 1;
    } else {
      facts = factsOf(this.#caches, text);
      if (previous) this.#cursor = this.#resync(previous, facts, cursor);
    }
    this.#strings.push(text);
    this.#facts.push(facts);
    return facts;
  }

  /** Keeps the order read for the document's next lint. */
  done(): void {
    const sequences = this.#caches.get(SEQUENCES);
    sequences.delete(this.#uri);
    sequences.set(this.#uri, { strings: this.#strings, facts: this.#facts });
  }

  // Where the previous order goes on after a string that differs: typing changed this one string, or one was
  // deleted; after a second difference (strings inserted or moved), wherever this string was before, if anywhere.
  #resync(previous: Sequence, facts: TextFacts, cursor: number): number {
    if (previous.facts[cursor + 1] === facts) return cursor + 2;
    if (++this.#misses === 1) return cursor + 1;
    if (!this.#positions) {
      this.#positions = new Map();
      for (let i = previous.facts.length - 1; i >= 0; i--) this.#positions.set(previous.facts[i]!, i);
    }
    const at = this.#positions.get(facts);
    return at === undefined ? cursor + 1 : at + 1;
  }
}
