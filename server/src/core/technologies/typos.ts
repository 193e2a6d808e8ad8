import { BoundedMap, cacheSlot, type Caches } from '../caches';
import { NEAR_NAME_WORDS } from './data';
import { foldKey } from './fold';
import { CONCEPT_KINDS } from './policy';
import { distance, limitFor, POPULAR, reachFor } from './slips';
import type { TechEntry, TechIndex } from './vocabulary';

/**
 * A keyword one slip of the keyboard away from a known name ("PostgresSQL", "lighgbm", "Github Actons",
 * "LeakCannery"): the name it was meant to be. Only for a keyword the vocabulary does not know, of five letters or
 * more, within one edit (two from ten letters on, the first letter kept: a letter left out, added, changed or two swapped), and only when
 * one technology is that close, among the more used ones (a rare name a letter away is more likely its own thing), or
 * one of those that start with the same letter; never an English word ("State" is not Stata, `NEAR_NAME_WORDS`).
 */
export function meantName(index: TechIndex, caches: Caches, written: string): TechEntry | undefined {
  const key = foldKey(written);
  if (key.length < 5 || key.length > 40 || !/^[\p{L}\d+#.]+$/u.test(key) || NEAR_NAME_WORDS.has(written.toLowerCase())) return undefined;
  // "Docker + Compose": two names joined, not one misspelt.
  if (/\s[+&]\s/.test(written)) return undefined;
  // "MedTech", "EdTech", "FinTech": an industry, not a slip from MEDITECH; "EMaaS", "DBaaS": something as a service,
  // not a slip from Emacs.
  if (/^\p{Lu}\p{Ll}+Tech$/u.test(written) || /aaS$/.test(written)) return undefined;
  const memo = caches.get(MEANT);
  let byIndex = memo.get(index);
  if (!byIndex) memo.set(index, (byIndex = new BoundedMap(5000)));
  let found = byIndex.get(key);
  if (found === undefined) {
    const searched = search(index, written, key);
    found = searched && !namesAnother(index, written, searched) && !plural(key, searched) ? searched : null;
    byIndex.set(key, found);
  }
  // "SCADA" is an acronym of its own, not a slip from Scala: capitals are no slip from a name written otherwise.
  if (found && /^[A-Z]{3,6}$/.test(written) && ![found.name, ...found.aliases].some((name) => /^[A-Z]+$/.test(name))) return undefined;
  return found ?? undefined;
}

/**
 * A word of a sentence written with a name's capitals but a slip away from it ("PostgresSQL", "MongodDB", "Kuberentes"):
 * the name it was meant to be, one edit from it. For a reading's `unread` words, those `worthGuessing` found: a word
 * with a capital inside it, which no English word has, or a capitalised one near a well-used name.
 */
export function meantInProse(index: TechIndex, caches: Caches, word: string): TechEntry | undefined {
  // "iGoogle", "eBay": a lower-case letter before a name is a product's own styling, not a slip.
  if (/^\p{Ll}\p{Lu}/u.test(word) && index.resolve(word.slice(1))) return undefined;
  const camel = innerCapital(word);
  const meant = meantName(index, caches, word);
  if (!meant) return undefined;
  const names = [meant.name, ...meant.aliases];
  // "eLink", "iBoss": so styled, a product of its own, not a slip from Flink or JBoss (unless the name is so styled).
  if (/^\p{Ll}\p{Lu}/u.test(word) && !names.some((name) => /^\p{Ll}\p{Lu}/u.test(name))) return undefined;
  // "PreStop" (Kubernetes' hook), "WinTel" are words joined in CamelCase, not slips from Presto or Intel: more capitals
  // than any name of the technology has ("CosmoDB" has Cosmos DB's, "SonarCube" SonarQube's number).
  if (names.every((name) => capitals(word) > capitals(name))) return undefined;
  const key = foldKey(word);
  // "Kuberentes", "Boostrap": a capitalised word with no capital inside is a slip only from a well-used name with its
  // first letter, no shorter than the word (a letter more makes another word: "Netgate" is no NextGate), and when it
  // names nothing itself ("Express" is not FICO Xpress, "Reviews" not EViews, "Finatra" not Sinatra).
  if (!camel) {
    if (meant.rank > POPULAR || index.resolve(word)) return undefined;
    return names.some((name) => foldKey(name)[0] === key[0] && foldKey(name).length >= key.length && distance(key, foldKey(name), 1) <= 1) ? meant : undefined;
  }
  return names.some((name) => distance(key, foldKey(name), 1) <= 1) ? meant : undefined;
}

/**
 * Whether a word of a sentence may be a slip, worth searching the vocabulary for: one with a capital inside it, or a
 * capitalised one a slip from a well-used name with its first letter (most capitalised words open a sentence or name a
 * place: "Developed", "Denver"). Cheap, so that a long text's capitalised words spend none of a check's guesses.
 */
export function worthGuessing(index: TechIndex, word: string): boolean {
  return innerCapital(word) || nearPopular(index, foldKey(word));
}

/** A small letter followed by a capital: looked for in every word of a long text, so by character codes first. */
export function innerCapital(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 127) return /\p{Ll}\p{Lu}/u.test(word);
    const before = word.charCodeAt(i - 1);
    if (code >= 65 && code <= 90 && before >= 97 && before <= 122) return true;
  }
  return false;
}

// The folded names of the well-used technologies, by their first letter and length.
const POPULAR_KEYS = new WeakMap<TechIndex, Map<string, string[]>>();

/** Whether the key is one slip from a well-used name that starts with its letter and is no shorter. */
function nearPopular(index: TechIndex, key: string): boolean {
  let byStart = POPULAR_KEYS.get(index);
  if (!byStart) {
    byStart = new Map();
    for (const { key: name, form, word } of index.sortedKeys()) {
      if (word || form.tech.rank > POPULAR || form.tech.extra) continue;
      const bucket = `${name[0]}${name.length}`;
      const list = byStart.get(bucket) ?? [];
      list.push(name);
      byStart.set(bucket, list);
    }
    POPULAR_KEYS.set(index, byStart);
  }
  const near = (length: number): boolean => (byStart.get(`${key[0]}${length}`) ?? []).some((name) => distance(key, name, 1) <= 1);
  return near(key.length) || near(key.length + 1);
}

function capitals(text: string): number {
  return text.replace(/\P{Lu}/gu, '').length;
}

/**
 * "Controls" is the plural of a word, not a slip from Control-M: no name of that technology ends in "s" there; nor
 * "iPads" a slip from iPadOS, a name that goes on from the word before its plural's "s".
 */
function plural(key: string, meant: TechEntry): boolean {
  if (!key.endsWith('s')) return false;
  const names = [meant.name, ...meant.aliases].map(foldKey);
  const stem = key.slice(0, -1);
  return names.every((name) => !name.endsWith('s')) || names.some((name) => name.startsWith(stem) && name.length - stem.length >= 2);
}

/**
 * "IntelliJ Rider" is not a slip from IntelliJ IDEA, nor "Azure AI Service" from Azure App Service, nor "C language"
 * from R language: the word that differs names something of its own (Rider, AI, C) that the name does not hold.
 */
function namesAnother(index: TechIndex, written: string, meant: TechEntry): boolean {
  // A one-letter word counts when it is a language's name: "C language" is no slip from "R language".
  const words = written.split(/\s+/).filter((word) => word.length >= 2 || index.resolve(word)?.tech.category === 'language');
  if (words.length < 2) return false;
  const names = [meant.name, ...meant.aliases].map(foldKey);
  return words.some((word) => {
    const key = foldKey(word);
    if (names.some((name) => name.includes(key))) return false;
    const other = index.resolve(word)?.tech;
    return other !== undefined && other !== meant;
  });
}

/**
 * Whether any of the words is a slip of the keyboard away from a technology's name or alias ("PostgresSQL" in a
 * bullet for PostgreSQL), by the same measure as `meantName`, and inside the word: an English word differs from a
 * name at its end ("systems" and systemd, "scale" and Scala). Evidence of the skill, as the misspelt keyword would be; a
 * former name misspelt too ("SalkStack" for Salt, once SaltStack).
 */
export function slipIn(words: Iterable<string>, tech: TechEntry, meant?: (word: string) => TechEntry | undefined): boolean {
  const candidates = [tech.name, ...tech.aliases, ...tech.formerNames].map(foldKey).filter((candidate) => candidate.length >= 5);
  if (candidates.length === 0) return false;
  for (const word of words) {
    const key = foldKey(word);
    if (key.length < 5) continue;
    const limit = limitFor(key);
    if (candidates.some((candidate) => candidate[0] === key[0] && candidate.slice(-2) === key.slice(-2) && oneSlip(key, candidate, limit))) return true;
    // "Memcache" for Memcached: a slip at the end too, in a longer word that a keyword would be read as misspelt
    // (`meantName`: no English word, no rarer name as close; words here are in lower case, so "scada" is too short
    // to tell from a slip). Looked for only then: most words are no slip, and the ends' test costs nothing.
    if (meant && key.length >= 7 && candidates.some((candidate) => candidate[0] === key[0] && oneSlip(key, candidate, limit)) && meant(word) === tech) return true;
  }
  return false;
}

const MEANT = cacheSlot(() => new WeakMap<TechIndex, BoundedMap<string, TechEntry | null>>());

function search(index: TechIndex, written: string, key: string): TechEntry | undefined {
  const limit = limitFor(key);
  const reach = reachFor(key);
  const close = new Map<TechEntry, string>();
  // Two slips, one of them at the first letter, make another word: "Fireblocks" was not Liveblocks.
  const near = (candidate: string): boolean => oneSlip(key, candidate, limit) && (candidate[0] === key[0] || distance(key, candidate, 1) <= 1);
  // A less used name is guessed only from one slip inside one word that keeps the name's first letter, last two letters
  // and capitals (or is in lower case): "Alomofire", "Readmine". "AST Design" and "Jobs System" are words of their own,
  // and "CloudBeds", "Multisig", "SmartKos" names of their own, not slips from Ant Design, Job System, CloudBees,
  // Multisim or SmartOS.
  const capitals = /\s/.test(written) ? undefined : capitalsOf(written);
  const nearRare = (candidate: string, text: string): boolean =>
    capitals !== undefined && candidate[0] === key[0] && candidate.slice(-2) === key.slice(-2) && oneSlip(key, candidate, 1) && (capitals === '' || capitals === capitalsOf(text));
  for (const { key: candidate, form, word } of index.sortedKeys()) {
    if (word || form.tech.rank > reach || form.tech.extra) continue;
    if (form.tech.rank <= POPULAR ? near(candidate) : !CONCEPT_KINDS.has(form.tech.category) && nearRare(candidate, form.text)) close.set(form.tech, candidate);
  }
  // "Lamda" is a slip from Lambda, not from Ramda: a name is rarely mistyped at its first letter.
  const found = close.size > 1 ? [...close].filter(([, candidate]) => candidate[0] === key[0]) : [...close];
  if (found.length !== 1) return undefined;
  const [tech] = found[0]!;
  // "StatD" is as close to StatsD as to Stata: under seven letters, a less used name as close makes the guess no guess
  // (from seven on, the less used names were searched above).
  const rival = index.sortedKeys().some(({ key: candidate, form, word }) => !word && !form.tech.extra && form.tech !== tech && form.tech.rank > reach && candidate[0] === key[0] && near(candidate));
  return rival ? undefined : tech;
}

function capitalsOf(text: string): string {
  return text.replace(/[^\p{Lu}]/gu, '');
}

/** Whether a written key is a slip of the keyboard away from a known one, not another word. */
function oneSlip(key: string, candidate: string, limit: number): boolean {
  return candidate.length >= 5 && Math.abs(candidate.length - key.length) <= limit && !anotherWord(key, candidate) && distance(key, candidate, limit) <= limit;
}

/**
 * "Cloud" for gcloud, "Architecture" for z/Architecture, "Design Pattern" for Design patterns, "Compose" for Composer:
 * a word with a letter before it, a plural's "s" or an agent's "r", a version or a part after it ("Foundation" and
 * FoundationDB) is another word, not a slip.
 */
function anotherWord(key: string, candidate: string): boolean {
  return candidate.endsWith(key) || `${key}s` === candidate || `${candidate}s` === key || `${key}r` === candidate || versionOf(key, candidate) || versionOf(candidate, key) || (candidate.startsWith(key) && candidate.length - key.length >= 2);
}

/** "Visual Basic" and Visual Basic 6.0: a name and one of its versions, not a slip. */
function versionOf(key: string, candidate: string): boolean {
  return candidate.startsWith(key) && /^[\d.]+$/.test(candidate.slice(key.length));
}
