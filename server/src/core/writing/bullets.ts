import { isMap, isScalar, isSeq, type Pair, type ParsedNode, type YAMLMap } from 'yaml';
import type { Caches } from '../caches';
import { compareDates, dateOf, readDate, type ResumeDate } from '../dates';
import type { ResumeDocument } from '../document';
import { keyText, spanOf } from '../yaml/nodes';
import type { SchemaPair } from '../yaml/walk';
import { FactsReader } from './facts';
import { declaredLanguage, proseLanguage } from './language';
import { Text, type StringScalar } from './text';

export { Text } from './text';

/** What the writing checks read: the document, its schema-known pairs and (optionally) today and options. */
export interface WritingSource {
  readonly doc: ResumeDocument;
  readonly today?: Date;
  /** Where the facts of each string are kept from one lint to the next. */
  readonly caches: Caches;
  schemaPairs(): readonly SchemaPair[];
}

export const BULLET_SECTIONS = ['work', 'volunteer', 'projects'] as const;
export type BulletSection = (typeof BULLET_SECTIONS)[number];

/** One work, volunteer or project entry. */
export interface Entry {
  readonly section: BulletSection;
  readonly index: number;
  /** The entry's first key, to point at when the entry as a whole is at fault. */
  readonly span: [number, number];
  /** The `highlights` key, when present. */
  readonly highlightsKey?: [number, number];
  readonly highlights?: ParsedNode | null;
  readonly bullets: Text[];
  /** The entry has an end date in the past: its bullets describe finished work. */
  readonly ended: boolean;
  /** The dates as far as they can be read (a loose reading of a misspelt date too); no end while ongoing. */
  readonly start?: ResumeDate;
  readonly end?: ResumeDate;
  /** The entry has a non-empty `summary` or `description`. */
  readonly described: boolean;
  /** An unknown key holds a list, probably misspelled highlights that another rule already reports. */
  readonly strayList: boolean;
}

export interface Writing {
  readonly entries: readonly Entry[];
  /** Every highlight of every entry, in document order. */
  readonly bullets: readonly Text[];
  readonly prose: readonly Text[];
  /** Job titles and the headline (`position`, `basics.label`): names a title carries, which no writing rule reads. */
  readonly titles: readonly Text[];
  /** Words a reader sees: every string value except addresses, dates and handles. */
  readonly words: number;
  /** Where a finding about the whole resume points: its first key. */
  readonly start: [number, number];
  /** The language its sentences are written in (ISO 639-3, `ENGLISH` when too few to tell): `language.ts`. */
  readonly language: string;
}

const PROSE_KEYS = new Set(['summary', 'description']);
const TITLE_KEYS = new Set(['position', 'label']);
const UNCOUNTED_KEYS = new Set(['url', 'email', 'phone', 'image', 'startDate', 'endDate', 'date', 'releaseDate', 'countryCode', 'postalCode', 'username']);
const ONGOING = /^(present|current|now|ongoing|today)$/i;

const cache = new WeakMap<object, Writing>();

/** The resume's bullets, prose and entries, collected once per lint and shared by every writing rule. */
export function collectWriting(source: WritingSource): Writing {
  let writing = cache.get(source);
  if (!writing) {
    writing = collect(source);
    cache.set(source, writing);
  }
  return writing;
}

function collect(source: WritingSource): Writing {
  const { doc } = source;
  const today = dateOf(source.today ?? new Date());
  const entries: Entry[] = [];
  const prose: Text[] = [];
  const titles: Text[] = [];
  const reader = new FactsReader(source.caches, doc.uri);
  // The bullets read from each highlights list, so that counting words reads each string only once.
  const read = new Map<unknown, readonly Text[]>();
  let words = 0;
  for (const pair of source.schemaPairs()) {
    const value = pair.pair.value;
    if (pair.path.length === 1 && SECTIONS.has(pair.key) && isSeq(value)) {
      const items = value.items;
      for (let index = 0; index < items.length; index++) {
        const item = items[index];
        if (!isMap(item)) continue;
        const entry = readEntry(doc.text, reader, pair.key as BulletSection, index, item as YAMLMap<ParsedNode, ParsedNode | null>, today);
        entries.push(entry);
        if (entry.highlights) read.set(entry.highlights, entry.bullets);
      }
    }
    if (pair.path[0] === 'meta' || pair.path[0] === '$schema' || UNCOUNTED_KEYS.has(pair.key)) continue;
    if (isStringScalar(value)) {
      const facts = reader.read(value.value);
      words += facts.words;
      if (PROSE_KEYS.has(pair.key)) prose.push(new Text(doc.text, 'prose', value, facts));
      else if (TITLE_KEYS.has(pair.key) && pair.path.length <= 3) titles.push(new Text(doc.text, 'prose', value, facts));
    } else if (isSeq(value)) {
      const bullets = read.get(value);
      if (bullets) for (const bullet of bullets) words += bullet.facts.words;
      else for (const item of value.items) if (isStringScalar(item)) words += reader.read(item.value).words;
    }
  }
  reader.done();
  const first = isMap(doc.yaml.contents) ? spanOf(doc.yaml.contents.items[0]?.key) : undefined;
  const bullets = entries.flatMap((entry) => entry.bullets);
  // `meta.language` says it where the author wants it said; else the sentences do.
  const declared = isMap(doc.yaml.contents) ? declaredLanguage(doc.yaml.contents.getIn(['meta', 'language'])) : undefined;
  const language = declared ?? proseLanguage(source.caches, sentences(prose, bullets));
  return { entries, bullets, prose, titles, words, start: first ?? [0, Math.min(1, doc.text.length)], language };
}

/**
 * The summaries and descriptions, then the bullets: the resume's sentences, for telling its language. A text of
 * several lines (a summary written as a list of bullets) is read line by line, so that its lines make parts of their
 * own: read as one part, a French summary full of names scored 0.98 of its best as English.
 */
function* sentences(prose: readonly Text[], bullets: readonly Text[]): Generator<string> {
  for (const text of [...prose, ...bullets]) yield* text.text.split('\n');
}

const SECTIONS: ReadonlySet<string> = new Set(BULLET_SECTIONS);

function readEntry(docText: string, reader: FactsReader, section: BulletSection, index: number, node: YAMLMap<ParsedNode, ParsedNode | null>, today: ResumeDate): Entry {
  const pairs = node.items as Array<Pair<ParsedNode, ParsedNode | null>>;
  let highlights: Pair<ParsedNode, ParsedNode | null> | undefined;
  let startDate: Pair<ParsedNode, ParsedNode | null> | undefined;
  let endDate: Pair<ParsedNode, ParsedNode | null> | undefined;
  let strayList = false;
  let described = false;
  for (const pair of pairs) {
    const key = keyText(pair);
    if (key === 'highlights') highlights ??= pair;
    else if (key === 'startDate') startDate ??= pair;
    else if (key === 'endDate') endDate ??= pair;
    else if ((key === 'summary' || key === 'description') && isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.value.trim()) described = true;
    if (isSeq(pair.value) && pair.value.items.length > 0 && key !== null && !KNOWN_ENTRY_KEYS.has(key)) strayList = true;
  }
  const bullets: Text[] = [];
  const span = spanOf(pairs[0]?.key) ?? spanOf(node) ?? [0, 0];
  const ended = hasEnded(endDate?.value, today);
  const start = looseDate(startDate?.value);
  const end = ended ? looseDate(endDate?.value) : undefined;
  const dates = { ended, ...(start ? { start } : {}), ...(end ? { end } : {}), described };
  const entry: Entry = highlights
    ? { section, index, span, highlightsKey: spanOf(highlights.key) ?? [0, 0], highlights: highlights.value, bullets, strayList, ...dates }
    : { section, index, span, bullets, strayList, ...dates };
  if (highlights && isSeq(highlights.value)) {
    for (const item of highlights.value.items) if (isStringScalar(item)) bullets.push(new Text(docText, 'bullet', item, reader.read(item.value), entry));
  }
  return entry;
}

// Keys of work, volunteer and project entries in JSON Resume; a list under any other key is a stray.
const KNOWN_ENTRY_KEYS = new Set(['highlights', 'keywords', 'roles']);

function looseDate(value: ParsedNode | null | undefined): ResumeDate | undefined {
  if (!isScalar(value) || value.value === null || value.value === '') return undefined;
  const reading = readDate(value.value);
  return reading.ok ? reading.date : reading.loose;
}

function hasEnded(value: ParsedNode | null | undefined, today: ResumeDate): boolean {
  if (!isScalar(value) || value.value === null || value.value === '') return false;
  if (typeof value.value === 'string' && ONGOING.test(value.value.trim())) return false;
  const reading = readDate(value.value);
  const date = reading.ok ? reading.date : reading.loose;
  return date ? compareDates(date, today) < 0 : true;
}

function isStringScalar(node: unknown): node is StringScalar {
  return isScalar(node) && typeof node.value === 'string' && !!node.range;
}
