import { foldKey } from './fold';
import { VENDOR_PREFIX } from './policy';
import type { TechEntry, TechIndex } from './vocabulary';

/** A technology offered for what was typed, and how well it matched. */
export interface SearchHit {
  readonly tech: TechEntry;
  /**
   * 0: one of its names is exactly what was typed ("golang"); 1: its name starts with it; 2: an alias or former
   * name does; 3: a later word of its name does; 4: its name starts with what was typed but for two neighbouring
   * letters swapped ("Swfit"); 5: its letters come in order (fuzzy); 6: its name starts with what was typed but for
   * one letter wrong.
   */
  readonly tier: number;
  /** The form that matched, when not the name ("k8s" for Kubernetes). */
  readonly via?: string;
}

export interface SearchOptions {
  /** Also match letters in order with gaps ("pgsql" → PostgreSQL). */
  readonly fuzzy?: boolean;
  readonly limit?: number;
  /** Canonical names not to offer (already listed). */
  readonly exclude?: ReadonlySet<string>;
  /** Canonical names to rank first within each tier (the ones the resume's text names). */
  readonly prefer?: ReadonlySet<string>;
}

/** Technologies for a typed prefix: names starting with it first, then aliases, words, fuzzy; each by popularity. */
export function searchTechnologies(index: TechIndex, typed: string, options: SearchOptions = {}): SearchHit[] {
  const preferred = (hit: SearchHit): number => (options.prefer?.has(hit.tech.name) ? 1 : 0);
  const key = foldKey(typed.slice(0, 100));
  if (!key) return [];
  const keys = index.sortedKeys();
  const best = new Map<TechEntry, SearchHit>();
  const offer = (hit: SearchHit): void => {
    if (options.exclude?.has(hit.tech.name)) return;
    const known = best.get(hit.tech);
    if (!known || hit.tier < known.tier) best.set(hit.tech, hit);
  };
  for (const { form, word, key: candidate } of startingWith(keys, key)) {
    const via = form.kind === 'name' ? {} : { via: form.text };
    const asName = form.kind === 'name' || (form.kind === 'alias' && (vendorForm(form.text, form.tech.name) || spelledOut(form.text, form.tech.name)));
    offer(word ? { tech: form.tech, tier: 3 } : candidate === key ? { tech: form.tech, tier: 0, ...via } : asName ? { tech: form.tech, tier: 1, ...via } : { tech: form.tech, tier: 2, ...via });
  }
  // "NET": a name whose leading dot is part of it (.NET), typed without the dot.
  if (!key.startsWith('.')) {
    const dotted = `.${key}`;
    for (const { form, word, key: candidate } of startingWith(keys, dotted)) {
      if (!word) offer(candidate === dotted ? { tech: form.tech, tier: 0 } : { tech: form.tech, tier: 1 });
    }
  }
  // "PHP7", "C++17", "KoaJ": nothing starts so, but it is a name with a version, or a JavaScript name with the ".js"
  // everyone writes after it.
  let versionOrSuffix = false;
  if (best.size === 0) {
    const versioned = /^(.+?)v?\d[\d.x]*$/.exec(key)?.[1];
    const suffixed = /^(.+?)js?$/.exec(key)?.[1];
    const forms = [...(versioned ? index.formsOfKey(versioned) : []), ...(suffixed ? index.formsOfKey(suffixed).filter((form) => form.tech.language === 'JavaScript') : [])];
    for (const form of forms) offer({ tech: form.tech, tier: 1, ...(form.kind === 'name' ? {} : { via: form.text }) });
    versionOrSuffix = forms.length > 0;
  }
  const limit = options.limit ?? 50;
  if (options.fuzzy && key.length >= 3 && best.size < limit) {
    // "Symp", "JUin", "Inlf": a slip in what was typed (one letter wrong, or two swapped) still reaches the name, after
    // every name the letters do reach; not after a version or a ".js" ("PHP7").
    const slips = !versionOrSuffix && key.length >= 4;
    // Fuzzy matches start with the same letter, and the keys are sorted: only that letter's run is read.
    const first = key[0]!;
    const end = lowerBound(keys, String.fromCharCode(first.charCodeAt(0) + 1));
    for (let i = lowerBound(keys, first); i < end; i++) {
      const { key: candidate, form, word } = keys[i]!;
      if (word) continue;
      if (candidate.length > key.length && isSubsequence(key, candidate)) {
        offer(form.kind === 'name' ? { tech: form.tech, tier: 5 } : { tech: form.tech, tier: 5, via: form.text });
      } else if (slips && form.kind === 'name') {
        // Two neighbours swapped, the commonest slip of typing ("Swfit", "InetelliJ"), ranks before letters that merely
        // come in order ("Swfi" offers Swift before SwiftUI's "s-w-(i)-f-(t)-u-i"); one letter wrong, after them.
        const slip = slipBetween(key, candidate.slice(0, key.length));
        if (slip) offer({ tech: form.tech, tier: slip === 'swap' ? 4 : 6 });
      }
    }
  }
  return [...best.values()]
    .sort((a, b) => a.tier - b.tier || preferred(b) - preferred(a) || a.tech.reach - b.tech.reach || a.tech.name.length - b.tech.name.length || (a.tech.name < b.tech.name ? -1 : 1))
    .slice(0, limit);
}

/**
 * "Azure" for Microsoft Azure, "CloudWatch" for Amazon CloudWatch, "AWS EC2" for Amazon EC2, "HashiCorp Vault" for
 * Vault: the name without its vendor, with the vendor's other prefix, or with its vendor before it, ranks with names
 * (typing "Azur", "AWS " or "Hash" offers them first).
 */
function vendorForm(alias: string, name: string): boolean {
  const bare = alias.replace(VENDOR_PREFIX, '');
  // "HashiCorp Vault" for Vault: the name with its vendor before it.
  return (name.endsWith(` ${bare}`) && VENDOR_PREFIX.test(name)) || (bare === name && bare !== alias);
}

/**
 * "Visual Basic for Applications" for VBA: the words an acronym's name stands for rank with names, as one who types
 * them means the acronym's technology as much as one who types its letters.
 */
function spelledOut(alias: string, name: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return false;
  const initials = alias.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  return initials === name;
}

/** The keys that start with a prefix, in their sorted order. */
function* startingWith<T extends { key: string }>(keys: readonly T[], prefix: string): Generator<T> {
  for (let i = lowerBound(keys, prefix); i < keys.length && keys[i]!.key.startsWith(prefix); i++) yield keys[i]!;
}

function lowerBound(keys: ReadonlyArray<{ key: string }>, key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]!.key < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How two strings of one length differ by one slip: two neighbours swapped, or one letter wrong. */
function slipBetween(a: string, b: string): 'swap' | 'letter' | undefined {
  if (a.length !== b.length || a === b) return undefined;
  const at = [...a].findIndex((char, i) => char !== b[i]);
  if (a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2)) return 'swap';
  return a.slice(at + 1) === b.slice(at + 1) ? 'letter' : undefined;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (let i = 0; i < haystack.length && at < needle.length; i++) if (haystack.charCodeAt(i) === needle.charCodeAt(at)) at++;
  return at === needle.length;
}
