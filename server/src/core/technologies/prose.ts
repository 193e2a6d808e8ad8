import { BoundedMap, cacheSlot, type Caches } from '../caches';
import { inContext } from './context';
import { ORDINARY_WORDS as COMMON_WORDS } from './data';
import { namesLanguage } from './letters';
import { beforeItsThing, genericTail, namedBefore, pluralPhrase, runTogether, withJsSuffix, wordsJoined } from './nameShapes';
import { innerCapital, worthGuessing } from './typos';
import { foldKey } from './fold';
import { partsOf } from './parts';
import type { Resolution, TechIndex } from './vocabulary';
import { isFunctionWord, isLowerCase, isOrdinary, isSingleLetter } from './wordClasses';

/** A technology named in a sentence, at offsets of the string. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly resolution: Resolution;
  /**
   * An ordinary English word ("go", "Spring", "make"): evidence that a skill is used, never reported and never a
   * reason to suggest a skill.
   */
  readonly ordinary: boolean;
  /** Only part of a hyphenated word ("React" in "React-based"). */
  readonly partial: boolean;
  /** The same technology follows in parentheses ("K8s (Kubernetes)"): where that pair ends, for a fix of both. */
  readonly pairEnd?: number;
  /** Inside parentheses after the same technology: an explanation, never reported. */
  readonly inPair?: boolean;
  /** Short capitals read as a differently styled name ("IOS"): kept only beside a technology of its kind. */
  readonly guarded?: boolean;
}

export interface ProseReading {
  readonly mentions: readonly Mention[];
  /** Every word in lower case, for finding skills named in ways the vocabulary does not know. */
  readonly words: ReadonlySet<string>;
  /**
   * Words with a capital inside them ("PostgresSQL"), or capitalised ("Kuberentes"), that name nothing the vocabulary
   * knows: slips to look at.
   */
  readonly unread: ReadonlyArray<{ readonly word: string; readonly at: number }>;
}

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Opens a sentence (or the text), where any word is capitalised. */
  readonly initial: boolean;
  readonly key: string;
}

// Addresses are not prose: "github.com/ada" and "ada@example.com" name no technology.
// Bounded repeats: an unbounded one would make a long hostile string (a.a.a.a…) take quadratic time.
const ADDRESS = /\b(?:[a-z][a-z0-9+.-]{0,30}:\/\/|www\.)\S+|[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@]{1,63}/gi;
// A word: letters and digits, joined inside by . - ' / (Node.js, scikit-learn, CI/CD), ending in ++ or # (C++,
// C#), with a leading dot only at its start (.NET).
const TOKEN = /(?<![\p{L}\p{N}_.#+])\.?[\p{L}\p{N}](?:[\p{L}\p{N}_]|[.\-'’/](?=[\p{L}\p{N}]))*(?:\+\+|#|\+)?(?![\p{L}\p{N}_#+])/gu;
// The words around a name decide what it is, and every name is weighed against the others (context.ts): a cost
// that grows with the square of a text's names. A longer text is read in parts of at most MAX_PART characters, and
// only until MAX_NAMES names are read: 50,000 words of prose name a few thousand, "Go Go Go …" one every 3 letters.
const MAX_PART = 20_000;
const JOINING_PLUS = /(?<=[\p{L}\p{N}])\+(?=\p{L})/gu;
// Chinese, Japanese and Korean write a Latin name against their own letters ("フロントをReact、バックエンドをLaravelで"):
// their letters are no part of it, and name nothing the vocabulary knows.
const CJK_LETTER = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]';
const CJK = new RegExp(`${CJK_LETTER}+`, 'gu');
const AFTER_CJK = new RegExp(`${CJK_LETTER}$`, 'u');
const CJK_ANY = new RegExp(CJK_LETTER, 'u');
const MAX_NAMES = 10_000;

/**
 * Reads the technologies named in a sentence, word by word; multi-word names first ("Google Cloud Run"). A text
 * longer than MAX_PART (a 50,000-word summary) is read part by part, each cut after a sentence, to its end or to
 * its MAX_NAMES-th name.
 */
export function readProse(index: TechIndex, text: string): ProseReading {
  if (text.length <= MAX_PART) return readPart(index, text);
  const mentions: Mention[] = [];
  const words = new Set<string>();
  const unread: Array<{ word: string; at: number }> = [];
  for (let start = 0; start < text.length && mentions.length < MAX_NAMES; ) {
    const [end, next] = partEnd(text, start);
    const part = readPart(index, text.slice(start, end));
    for (const mention of part.mentions) {
      const pairEnd = mention.pairEnd === undefined ? {} : { pairEnd: mention.pairEnd + start };
      mentions.push({ ...mention, start: mention.start + start, end: mention.end + start, ...pairEnd });
    }
    for (const word of part.words) words.add(word);
    for (const { word, at } of part.unread) unread.push({ word, at: at + start });
    start = next;
  }
  return { mentions, words, unread };
}

/** Where the part from `start` ends (after its last sentence, else its last space) and where the next one starts. */
function partEnd(text: string, start: number): [number, number] {
  const limit = start + MAX_PART;
  if (limit >= text.length) return [text.length, text.length];
  const part = text.slice(start, limit);
  const cut = Math.max(part.lastIndexOf('. '), part.lastIndexOf('! '), part.lastIndexOf('? '), part.lastIndexOf('\n'));
  if (cut > 0) return [start + cut + 1, start + cut + 1];
  const space = part.search(/\s\S*$/);
  if (space > 0) return [start + space, start + space];
  // No space in MAX_PART characters: the rest of that word is no name.
  const after = text.slice(limit).search(/\s/);
  return [limit, after < 0 ? text.length : limit + after];
}

function readPart(index: TechIndex, source: string): ProseReading {
  const unmasked = source.includes('@') || source.includes('//') || source.includes('www.') ? source.replace(ADDRESS, (match) => ' '.repeat(match.length)) : source;
  // "PHP+MySQL", "CDK+CFN": a plus between two names joins them as "and" would (not the plus of C++ or Notepad++).
  const joined = unmasked.includes('+') ? unmasked.replace(JOINING_PLUS, ' ') : unmasked;
  const cjk = /[^\u0000-\u2fff]/.test(joined) && CJK_ANY.test(joined);
  const masked = cjk ? joined.replace(CJK, (letters) => ' '.repeat(letters.length)) : joined;
  const tokens: Token[] = [];
  const words = new Set<string>();
  for (const match of masked.matchAll(TOKEN)) {
    const raw = match[0];
    const possessive = /['’]s$/i.test(raw) ? 2 : 0;
    const previous = tokens[tokens.length - 1];
    // A capital right after Japanese or Chinese letters opens no sentence: those scripts have no capitals.
    const afterCjk = cjk && AFTER_CJK.test(joined.slice(Math.max(0, match.index - 1), match.index));
    const gap = previous ? masked.slice(previous.end, match.index) : '';
    // "Built full-stack: React (frontend), Python (backend)": after a colon, a word an item of a list follows is a name.
    const listed = /:\s*$/.test(gap) && /^\s*[,(/]/.test(masked.slice(match.index + raw.length, match.index + raw.length + 3));
    const initial = !afterCjk && !listed && (!previous || /[.!?:;•|–—(\[。！？]\s*["'“‘「]?\s*$/.test(gap));
    const word = raw.slice(0, raw.length - possessive);
    // "CS:GO", "re:Invent": a short word, a colon and a word with no space between are one name, not a label and its item.
    if (previous && gap === ':' && previous.text.length <= 3 && /^\p{L}+$/u.test(previous.text) && /^\p{L}/u.test(word)) {
      const glued = `${previous.text}:${word}`;
      tokens[tokens.length - 1] = { ...previous, end: match.index + raw.length - possessive, text: glued, key: foldKey(glued) };
      words.add(glued.toLowerCase());
      continue;
    }
    const token = { start: match.index, end: match.index + raw.length - possessive, text: word, initial, key: foldKey(word) };
    tokens.push(token);
    words.add(token.text.toLowerCase());
    // "C/C++", "HTML/CSS": each name of a pair is a word of the sentence too (C is read only as a word).
    if (token.text.includes('/')) for (const part of token.text.toLowerCase().split('/')) if (part) words.add(part);
  }
  const mentions: Mention[] = [];
  // Headline Case ("Led Migration To Go") capitalises every word, so a capital says nothing there.
  // Names that are capitalised anyway (TypeScript, API) say nothing about the sentence's style.
  const significant = tokens.filter((token) => /^\p{L}{2,}$/u.test(token.text) && !isFunctionWord(token.text) && (COMMON_WORDS.has(token.text.toLowerCase()) || !index.resolve(token.text)));
  // A list of names ("Tech Stack: Java 8, Spark, Hive, Oozie") is not a headline: each item is capitalised as a name.
  const items = masked.split(',');
  const list = items.length >= 3 && items.every((item) => item.trim().split(/\s+/).length <= 4);
  const headline = !list && significant.length >= 3 && significant.every((token) => /^\p{Lu}/u.test(token.text));
  const stack = stackItems(index, masked);
  for (const start of listedNames(index, masked, tokens)) stack.add(start);
  for (let i = 0; i < tokens.length; ) {
    const found = longestAt(index, masked, tokens, i, headline, stack);
    if (found) {
      mentions.push(found.mention);
      i += found.length;
      continue;
    }
    mentions.push(...within(index, tokens[i]!, headline));
    i++;
  }
  const read = inContext(index, masked, mentions);
  return { mentions: read, words, unread: unreadWords(index, tokens, read) };
}

/**
 * "AppStore Connect", "Spring WebFlow": two of a name's words run together in CamelCase, at the word itself or at the
 * next one after a name's first word, which as written starts or ends no name.
 */
function runTogetherAt(index: TechIndex, text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (innerCapital(token.text)) return true;
  return next !== undefined && /^ +$/.test(text.slice(token.end, next.start)) && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(next.text) && index.startsName(token.key);
}

function longestAt(index: TechIndex, text: string, tokens: readonly Token[], i: number, headline: boolean, stack: ReadonlySet<number>): { mention: Mention; length: number } | undefined {
  // Only as far as the words are joined by plain spaces, and only after a word that starts some longer name.
  let joined = 1;
  const camel = runTogetherAt(index, text, tokens, i);
  if (index.startsName(tokens[i]!.key) || camel) {
    while (joined < index.maxWords && i + joined < tokens.length && /^ +$/.test(text.slice(tokens[i + joined - 1]!.end, tokens[i + joined]!.start))) joined++;
  }
  for (let n = joined; n >= 2; n--) {
    const last = tokens[i + n - 1]!;
    const written = text.slice(tokens[i]!.start, last.end);
    const key = tokens.slice(i, i + n).map((token) => token.key).join(' ');
    const resolution = index.resolveWords(written, key) ?? pluralPhrase(index, written, key) ?? (camel ? runTogether(index, written, n) : undefined);
    if (!resolution || genericTail(index, written, resolution)) continue;
    // Several words in sentence case ("schema registry", "Cloud storage") are a description, not a name; one that is
    // no English word makes them the name in lower case ("github actions", "active directory").
    const words = tokens.slice(i, i + n);
    // An alias written with a word in lower case ("every API gateway", "an S3 bucket policy") describes a kind of
    // thing; only the alias as its vendor writes it ("API Gateway") names the product.
    // Not one whose words before a generic last word already name it ("MS SQL server" is MS SQL, misspelt with its word).
    const describes = resolution.form.kind !== 'name' && written !== resolution.form.text && words.some((token) => isLowerCase(token.text)) && !namedBefore(index, text, words, resolution);
    // "the Github workflows": another name misspelt before the words, which is what the words say.
    if (describes && misspeltBefore(index, text, words, resolution)) continue;
    // "the graph", "a mesh": a phrase in lower case with a function word in it is English, not The Graph.
    const phrase = isLowerCase(written) && words.some((token) => isFunctionWord(token.text));
    const ordinary = describes || phrase || words.every((token) => isOrdinary(token.text, token.initial || headline) || (token === tokens[i] && token.initial && /^\p{Lu}[^\p{Lu}]*$/u.test(token.text)));
    return { mention: { start: tokens[i]!.start, end: last.end, written, resolution, ordinary, partial: false }, length: n };
  }
  const token = tokens[i]!;
  if (isSingleLetter(token.text)) {
    const resolution = namesLanguage(index, text, tokens, i, stack.has(token.start)) ? index.resolve(token.text) : undefined;
    return resolution && { mention: { start: token.start, end: token.end, written: token.text, resolution, ordinary: false, partial: false }, length: 1 };
  }
  const resolution = index.resolve(token.text) ?? withJsSuffix(index, token.text);
  if (!resolution) {
    const capitals = index.resolveCapitals(token.text);
    return capitals && { mention: { start: token.start, end: token.end, written: token.text, resolution: capitals, ordinary: false, partial: false, guarded: true }, length: 1 };
  }
  // "Spring 2021": a dictionary word before a year is a season or a label, whatever its capital; not before a version
  // ("Bootstrap 4", "Angular 10").
  const dated = /^(?:19|20)\d\d$/.test(tokens[i + 1]?.text ?? '') && COMMON_WORDS.has(token.text.toLowerCase());
  const ordinary = dated || (isOrdinary(token.text, token.initial || headline) && !beforeItsThing(token, tokens[i + 1], text, resolution) && !stack.has(token.start)) || wordsJoined(token.text, resolution);
  return { mention: { start: token.start, end: token.end, written: token.text, resolution, ordinary, partial: false }, length: 1 };
}

/**
 * The words before the last name another technology, misspelt ("Github" of "Github workflows"); not when, written
 * right, they make the phrase's own name ("gitlab pipelines" is GitLab's pipelines, GitLab CI/CD, once "GitLab").
 */
function misspeltBefore(index: TechIndex, text: string, words: readonly Token[], resolution: Resolution): boolean {
  const head = index.resolve(text.slice(words[0]!.start, words[words.length - 2]!.end));
  if (head === undefined || head.tech === resolution.tech || head.status !== 'variant') return false;
  const corrected = index.resolve(head.tech.name + text.slice(words[words.length - 2]!.end, words[words.length - 1]!.end));
  return corrected?.tech !== resolution.tech || corrected.status === 'variant';
}

/**
 * "(python, flask, uwsgi, postgres)", "(go, fyne)": the stack a sentence lists in parentheses. Where most items are
 * names and one at least is no English word, each one-word item is a name, a dictionary word too ("flask", "go"):
 * where the item starts.
 */
function stackItems(index: TechIndex, text: string): Set<number> {
  const starts = new Set<number>();
  if (!text.includes('(')) return starts;
  for (const match of text.matchAll(/\(([^()]{3,300})\)/g)) {
    const items = partsOf(match[1]!, /[^,]+/g).map((part) => ({ text: part.text, start: match.index + 1 + part.offset }));
    if (items.length < 2 || items.some((item) => item.text.split(/\s+/).length > 3)) continue;
    const named = items.filter((item) => index.resolve(item.text));
    if (named.length * 3 < items.length * 2 || !named.some((item) => !isOrdinary(item.text, false))) continue;
    for (const item of items) if (/^[\p{L}\d.+#-]+$/u.test(item.text)) starts.add(item.start);
  }
  return starts;
}

/**
 * "with react, next.js and Ether.js", "jQuery, bootstrap, HTML/CSS & grunt": one-word items of a list of three or more
 * that ends the sentence or clause, most of them names and one no word, are names, dictionary words among them too.
 */
function listedNames(index: TechIndex, text: string, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  let run: Token[] = [];
  const close = (after: string): void => {
    if (run.length >= 3 && /^\s*(?:[.,;:!?)]|$)/.test(after)) {
      const named = run.filter((token) => index.resolve(token.text) ?? withJsSuffix(index, token.text));
      if (named.length * 3 >= run.length * 2 && named.some((token) => !isOrdinary(token.text, false))) out.push(...run.map((token) => token.start));
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    run.push(token);
    const gap = next ? text.slice(token.end, next.start) : text.slice(token.end);
    if (!next || !/^\s*(?:,|&|,?\s*and|,?\s*or)\s*$/.test(gap)) close(gap);
  }
  return out;
}

// A word of five letters or more with a capital after a small letter, and nothing else in it.
const CAMEL = /^\p{L}[\p{L}\p{N}]{4,39}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}{6,}$/u;

/**
 * The words with a capital inside them, or capitalised and one slip from a well-used name (`worthGuessing`), that no
 * mention covers (tokens and mentions both in order of their start). Read once per string, as the rest of its reading.
 */
function unreadWords(index: TechIndex, tokens: readonly Token[], mentions: readonly Mention[]): Array<{ word: string; at: number }> {
  const out: Array<{ word: string; at: number }> = [];
  let next = 0;
  for (const token of tokens) {
    if (token.text.length < 5 || !CAMEL.test(token.text) || !(innerCapital(token.text) || (CAPITALISED.test(token.text) && worthGuessing(index, token.text)))) continue;
    while (next < mentions.length && mentions[next]!.end <= token.start) next++;
    if (next < mentions.length && mentions[next]!.start < token.end) continue;
    out.push({ word: token.text, at: token.start });
  }
  return out;
}

// A word the vocabulary does not know as a whole may join known names: "Node.js/TypeScript", "React-based".
function within(index: TechIndex, token: Token, headline: boolean): Mention[] {
  const out: Mention[] = [];
  if (token.text.includes('/')) {
    let offset = 0;
    for (const part of token.text.split('/')) {
      const resolution = part.length > 1 && !isSingleLetter(part) ? index.resolve(part) : undefined;
      if (resolution) {
        const start = token.start + offset;
        out.push({ start, end: start + part.length, written: part, resolution, ordinary: isOrdinary(part, token.initial || headline), partial: false });
      }
      offset += part.length + 1;
    }
    return out;
  }
  const dash = token.text.indexOf('-');
  if (dash > 1) {
    const head = token.text.slice(0, dash);
    const resolution = index.resolve(head);
    // Only the exact name counts here: "Go-to-market" and "Make-or-buy" name nothing. A short name or an alias
    // before what it made ("Kafka-based", "MSSQL-backed") names its technology too.
    const made = resolution?.status !== 'variant' && /^-(?:based|backed|powered|driven)$/i.test(token.text.slice(dash));
    if ((resolution?.status === 'canonical' || made) && resolution && !isOrdinary(head, token.initial || headline)) out.push({ start: token.start, end: token.start + dash, written: head, resolution, ordinary: false, partial: true });
  }
  return out;
}

// A keystroke changes one string; every other string's reading is found here again.
const READINGS = cacheSlot(() => new WeakMap<TechIndex, BoundedMap<string, ProseReading>>());

/** `readProse`, remembered in `caches` per string (and per index, since user extras change what is known). */
export function proseOf(caches: Caches, index: TechIndex, text: string): ProseReading {
  const readings = caches.get(READINGS);
  let cache = readings.get(index);
  if (!cache) readings.set(index, (cache = new BoundedMap(50_000)));
  let reading = cache.get(text);
  if (!reading) {
    reading = readProse(index, text);
    cache.set(` ${text}`.slice(1), reading);
  }
  return reading;
}
