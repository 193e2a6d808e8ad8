import { BoundedMap, cacheSlot, type Caches } from '../caches';
import { TECHNOLOGIES, type Technology } from './data';
import { DEFAULT_EXTRA_CATEGORY, type ExtraTechnology } from './extras';
import { foldKey, plain, spacedKey } from './fold';
import { CONCEPT_KINDS, statusOf } from './policy';

/** A technology as the engine knows it: the vocabulary's entries, and the user's own marked `extra`. */
export interface TechEntry extends Omit<Technology, 'category'> {
  readonly category: string;
  /** Added by the user: completed and recognised, never reported as misspelt. */
  readonly extra: boolean;
}

export type FormKind = 'name' | 'alias' | 'former';

/** One way of writing a technology: its name, an alias or a former name. */
export interface Form {
  readonly tech: TechEntry;
  readonly kind: FormKind;
  readonly text: string;
}

/**
 * How a written name relates to a technology: written exactly as the vendor does (`canonical`), the name with
 * other casing, spacing or punctuation (`variant`), an abbreviation or other name (`alias`), or the name the
 * product had before a rename (`former`). An accepted short form is written exactly as one of its aliases that
 * everybody writes: an acronym in capitals ("AWS", "GCP") or the name without its vendor ("Kafka" for Apache Kafka,
 * "S3" for Amazon S3) — no one should be told to write "Amazon Web Services".
 */
export interface Resolution {
  readonly tech: TechEntry;
  readonly form: Form;
  readonly status: 'canonical' | 'short' | 'variant' | 'alias' | 'former';
}

const KIND_ORDER: Record<FormKind, number> = { name: 0, alias: 1, former: 2 };

/** Every technology, looked up by the key of any of its written forms. Built once per set of user extras. */
export class TechIndex {
  readonly entries: readonly TechEntry[];
  /** Forms by `foldKey`, best first: the user's own, then names, aliases, former names; then by rank. */
  readonly #byKey = new Map<string, Form[]>();
  /** Forms of several words by `spacedKey`, for reading prose word by word. */
  readonly #bySpacedKey = new Map<string, Form[]>();
  readonly #byName = new Map<string, TechEntry>();
  /** Keys of the first words of names of several words: prose looks further only after one of these. */
  readonly #firstWords = new Set<string>();
  /** The most words in any form: how far prose matching looks ahead. */
  readonly maxWords: number;
  #sortedKeys: Array<{ key: string; form: Form; word: boolean }> | undefined;

  constructor(technologies: readonly Technology[], extras: readonly ExtraTechnology[] = []) {
    const entries: TechEntry[] = [];
    for (const extra of extras) {
      entries.push({ name: extra.name, aliases: extra.aliases ?? [], formerNames: [], category: extra.category ?? DEFAULT_EXTRA_CATEGORY, rank: 0, reach: 0, extra: true });
    }
    for (const tech of technologies) {
      if (typeof tech?.name !== 'string' || !tech.name.trim()) continue;
      entries.push({ ...tech, aliases: tech.aliases ?? [], formerNames: tech.formerNames ?? [], extra: false });
    }
    this.entries = entries;
    let maxWords = 1;
    for (const tech of entries) {
      if (!this.#byName.has(tech.name)) this.#byName.set(tech.name, tech);
      const forms: Form[] = [
        { tech, kind: 'name', text: tech.name },
        ...tech.aliases.map((text): Form => ({ tech, kind: 'alias', text })),
        ...tech.formerNames.map((text): Form => ({ tech, kind: 'former', text })),
      ];
      for (const form of forms) {
        if (typeof form.text !== 'string' || !form.text.trim()) continue;
        push(this.#byKey, foldKey(form.text), form);
        const words = form.text.trim().split(/\s+/).length;
        if (words > 1) {
          const key = spacedKey(form.text);
          push(this.#bySpacedKey, key, form);
          this.#firstWords.add(key.split(' ')[0]!);
          maxWords = Math.max(maxWords, words);
        }
      }
    }
    for (const list of [...this.#byKey.values(), ...this.#bySpacedKey.values()]) list.sort(compareForms);
    this.maxWords = Math.min(maxWords, 8);
  }

  /** The technology of that exact canonical name (as the vocabulary spells it). */
  byName(name: string): TechEntry | undefined {
    return this.#byName.get(name);
  }

  /** Reads a whole value (a keyword, a skill's name) as a technology; `undefined` when unknown or ambiguous. */
  resolve(written: string): Resolution | undefined {
    if (written.length > 120 || !/\p{L}/u.test(written)) return undefined;
    return this.#choose(this.#byKey.get(foldKey(written)), written);
  }

  /**
   * Reads short capitals as a differently styled name all the same ("IOS" for iOS), which `resolve` leaves alone
   * as someone else's acronym ("SOC" is not SoC): for a caller that has seen a technology of its kind nearby.
   */
  resolveCapitals(written: string): Resolution | undefined {
    if (!/^[A-Z0-9]{2,4}$/.test(written)) return undefined;
    return this.#choose(this.#byKey.get(foldKey(written)), written, true);
  }

  /** Reads several words of prose, joined by single spaces, as one multi-word name. */
  resolveWords(written: string, key = spacedKey(written)): Resolution | undefined {
    return this.#choose(this.#bySpacedKey.get(key), written);
  }

  /** Whether some name of several words starts with this word (by its `foldKey`). */
  startsName(wordKey: string): boolean {
    return this.#firstWords.has(wordKey);
  }

  /** Every technology a written form could mean (an ambiguous alias such as "TF" means several). */
  candidates(written: string): readonly TechEntry[] {
    return [...new Set((this.#byKey.get(foldKey(written)) ?? []).map((form) => form.tech))];
  }

  /** The forms written with a key (folded as `foldKey` folds), best first. */
  formsOfKey(key: string): readonly Form[] {
    return this.#byKey.get(key) ?? [];
  }

  /** Keys of all forms, sorted, for completion: names, aliases, former names and each later word of a name. */
  sortedKeys(): ReadonlyArray<{ key: string; form: Form; word: boolean }> {
    if (!this.#sortedKeys) {
      const keys: Array<{ key: string; form: Form; word: boolean }> = [];
      for (const [key, forms] of this.#byKey) for (const form of forms) keys.push({ key, form, word: false });
      for (const tech of this.entries) {
        const words = tech.name.split(/\s+/);
        for (let i = 1; i < words.length; i++) keys.push({ key: foldKey(words.slice(i).join(' ')), form: { tech, kind: 'name', text: tech.name }, word: true });
      }
      keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      this.#sortedKeys = keys;
    }
    return this.#sortedKeys;
  }

  #choose(forms: readonly Form[] | undefined, written: string, capitals = false): Resolution | undefined {
    if (!forms || forms.length === 0) return undefined;
    const exact = forms.find((form) => form.text === written) ?? forms.find((form) => form.text === plain(written));
    const best = exact ?? forms[0]!;
    // "Unit test" is the practice, not unittest: a name that is one lower-case word, written as two, is a phrase.
    // Not an alias of a name styled otherwise: "C Sharp" is C#, whose alias csharp it folds to.
    if (!exact && /\s/.test(written) && /^\p{Ll}+$/u.test(best.text) && /^\p{Ll}+$/u.test(best.tech.name)) return undefined;
    // "SOPs", "VMs": an acronym's plural, not a name in capitals that ends in S (SOPS, VMS).
    if (!exact && /^\p{Lu}{2,}s$/u.test(written) && /^\p{Lu}+S$/u.test(best.text)) return undefined;
    // "C# .NET" is two names side by side, not "C#.NET" spaced out: each word a technology's name, written as it is
    // (not "Node JS", an alias).
    if (!exact && /\s/.test(written) && !/\s/.test(best.text) && written.split(/\s+/).every((word) => this.#byKey.get(foldKey(word))?.some((form) => form.kind === 'name' && form.text === word))) return undefined;
    // "Speech-to-text" is the phrase, not Google's Speech-to-Text: a product named with a hyphenated phrase, written with
    // the phrase's later words in lower case, is the thing the phrase names (readers of one resume, twice).
    if (!exact && phraseOf(written, best)) return undefined;
    // "SOC" (a security operations centre) is not a misspelt SoC: short capitals are someone else's acronym.
    if (!exact && !capitals && /^[A-Z0-9]{2,4}$/.test(written) && best.text !== best.text.toUpperCase() && !plainInCapitals(written, best)) return undefined;
    // "DoS", "PoC": an acronym with its "of" or "on" in lower case ("Denial of Service") is that phrase's, not a name in
    // capitals (DOS).
    if (!exact && /^\p{Lu}o\p{Lu}$/u.test(written) && best.text === best.text.toUpperCase()) return undefined;
    // An alias two technologies share ("TF": Terraform, TensorFlow) names neither, unless it is one's own name, or it is
    // written exactly as one of them, and only one, lists it ("dlt" is dltHub's library, "DLT" Delta Live Tables).
    const ownSpelling = exact !== undefined && !forms.some((form) => form.tech.extra) && forms.filter((form) => form.text === exact.text).length === 1;
    if (!ownSpelling && best.kind !== 'name' && !best.tech.extra && forms.some((form) => form.tech !== best.tech && (form.kind === 'name' || form.tech.extra || form.kind === best.kind))) return undefined;
    const status = statusOf(written, { kind: best.kind, text: best.text, name: best.tech.name, category: best.tech.category });
    return { tech: best.tech, form: best, status };
  }
}

/**
 * "PERL", "VIM" and "N8N" are Perl, Vim and n8n all the same: a plain word in capitals; so are "GRPC" and "JOOQ", a
 * library's name of capitals after one lower-case letter, but not "IOS" (Cisco's too) or "EBGP", a protocol's.
 */
function plainInCapitals(written: string, form: Form): boolean {
  if (written.length < 3) return false;
  if (/^(\p{Lu}\p{Ll}+|\p{Ll}[\p{Ll}\d]+)$/u.test(form.text)) return true;
  return /^\p{Ll}\p{Lu}{3}$/u.test(form.text) && form.tech.category !== 'networking' && !CONCEPT_KINDS.has(form.tech.category);
}

function phraseOf(written: string, form: Form): boolean {
  if (CONCEPT_KINDS.has(form.tech.category) || !/^\p{L}+(?:-\p{L}+){2,}$/u.test(form.text)) return false;
  const words = written.split('-');
  const named = form.text.split('-');
  return words.length === named.length && named.slice(1).some((word) => /^\p{Lu}/u.test(word)) && words.slice(1).every((word) => /^\p{Ll}+$/u.test(word));
}

function push(map: Map<string, Form[]>, key: string, form: Form): void {
  if (!key) return;
  const list = map.get(key);
  if (list) {
    if (!list.some((known) => known.tech === form.tech && known.kind === form.kind && known.text === form.text)) list.push(form);
  } else map.set(key, [form]);
}

function compareForms(a: Form, b: Form): number {
  if (a.tech.extra !== b.tech.extra) return a.tech.extra ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.tech.rank - b.tech.rank;
}

let vocabularyIndex: TechIndex | undefined;

/** The index of the vocabulary alone: it depends on nothing the user writes, so it is built once for every service. */
export function techIndex(): TechIndex {
  vocabularyIndex ??= new TechIndex(TECHNOLOGIES, []);
  return vocabularyIndex;
}

const WITH_EXTRAS = cacheSlot(() => new BoundedMap<string, TechIndex>(4));

/** The index for a set of user extras (the vocabulary's when there are none); built once per service and kept. */
export function techIndexFor(extras: readonly ExtraTechnology[] | undefined, caches: Caches): TechIndex {
  if (!extras?.length) return techIndex();
  const indexes = caches.get(WITH_EXTRAS);
  const key = JSON.stringify(extras);
  let index = indexes.get(key);
  if (!index) {
    index = new TechIndex(TECHNOLOGIES, extras);
    indexes.set(key, index);
  }
  return index;
}
