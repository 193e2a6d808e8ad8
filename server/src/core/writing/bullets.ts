import { isMap, isScalar, isSeq, type Pair, type ParsedNode, type Scalar, type YAMLMap } from 'yaml';
import { compareDates, dateOf, readDate } from '../dates';
import type { ResumeDocument } from '../document';
import { keyText, spanOf, type PathSegment } from '../yaml/nodes';
import type { SchemaPair } from '../yaml/walk';
import { textMap, type TextMap } from './textMap';
import { countWords } from './words';

/** What the writing checks read: the document, its schema-known pairs and (optionally) today and options. */
export interface WritingSource {
  readonly doc: ResumeDocument;
  readonly today?: Date;
  schemaPairs(): readonly SchemaPair[];
}

export const BULLET_SECTIONS = ['work', 'volunteer', 'projects'] as const;
export type BulletSection = (typeof BULLET_SECTIONS)[number];

/** A string the writing rules judge: a highlight (a bullet) or a summary/description paragraph (prose). */
export interface Text {
  readonly kind: 'bullet' | 'prose';
  readonly text: string;
  readonly path: readonly PathSegment[];
  /** Document offsets of the text without quotes and surrounding blanks. */
  readonly span: [number, number];
  /** Value offsets of that trimmed text. */
  readonly trimmed: [number, number];
  readonly map: TextMap;
  readonly entry?: Entry;
}

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
  /** An unknown key holds a list, probably misspelled highlights that another rule already reports. */
  readonly strayList: boolean;
}

export interface Writing {
  readonly entries: readonly Entry[];
  /** Every highlight of every entry, in document order. */
  readonly bullets: readonly Text[];
  readonly prose: readonly Text[];
  /** Words a reader sees: every string value except addresses, dates and handles. */
  readonly words: number;
  /** Where a finding about the whole resume points: its first key. */
  readonly start: [number, number];
}

const PROSE_KEYS = new Set(['summary', 'description']);
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
  let words = 0;
  for (const pair of source.schemaPairs()) {
    const value = pair.pair.value;
    if (pair.path.length === 1 && (BULLET_SECTIONS as readonly string[]).includes(pair.key) && isSeq(value)) {
      value.items.forEach((item, index) => {
        if (isMap(item)) entries.push(readEntry(doc, pair.key as BulletSection, index, item as YAMLMap<ParsedNode, ParsedNode | null>, today));
      });
    }
    if (pair.path[0] === 'meta' || pair.path[0] === '$schema' || UNCOUNTED_KEYS.has(pair.key)) continue;
    if (isStringScalar(value)) {
      words += countWords(value.value);
      if (PROSE_KEYS.has(pair.key)) prose.push(readText(doc, 'prose', value, pair.path));
    } else if (isSeq(value)) {
      for (const item of value.items) if (isStringScalar(item)) words += countWords(item.value);
    }
  }
  const first = isMap(doc.yaml.contents) ? spanOf(doc.yaml.contents.items[0]?.key) : undefined;
  return { entries, bullets: entries.flatMap((entry) => entry.bullets), prose, words, start: first ?? [0, Math.min(1, doc.text.length)] };
}

function readEntry(doc: ResumeDocument, section: BulletSection, index: number, node: YAMLMap<ParsedNode, ParsedNode | null>, today: ReturnType<typeof dateOf>): Entry {
  const pairs = node.items as Array<Pair<ParsedNode, ParsedNode | null>>;
  const find = (key: string) => pairs.find((pair) => keyText(pair) === key);
  const highlights = find('highlights');
  const bullets: Text[] = [];
  const entry: Entry = {
    section,
    index,
    span: spanOf(pairs[0]?.key) ?? spanOf(node) ?? [0, 0],
    ...(highlights ? { highlightsKey: spanOf(highlights.key) ?? [0, 0], highlights: highlights.value } : {}),
    bullets,
    ended: hasEnded(find('endDate')?.value, today),
    strayList: pairs.some((pair) => {
      const key = keyText(pair);
      return key !== null && !KNOWN_ENTRY_KEYS.has(key) && isSeq(pair.value) && pair.value.items.length > 0;
    }),
  };
  if (highlights && isSeq(highlights.value)) {
    highlights.value.items.forEach((item, i) => {
      if (isStringScalar(item)) bullets.push(readText(doc, 'bullet', item, [section, index, 'highlights', i], entry));
    });
  }
  return entry;
}

// Keys of work, volunteer and project entries in JSON Resume; a list under any other key is a stray.
const KNOWN_ENTRY_KEYS = new Set(['highlights', 'keywords', 'roles']);

function hasEnded(value: ParsedNode | null | undefined, today: ReturnType<typeof dateOf>): boolean {
  if (!isScalar(value) || value.value === null || value.value === '') return false;
  if (typeof value.value === 'string' && ONGOING.test(value.value.trim())) return false;
  const reading = readDate(value.value);
  const date = reading.ok ? reading.date : reading.loose;
  return date ? compareDates(date, today) < 0 : true;
}

function isStringScalar(node: unknown): node is Scalar<string> & { range: [number, number, number] } {
  return isScalar(node) && typeof node.value === 'string' && !!node.range;
}

function readText(doc: ResumeDocument, kind: Text['kind'], node: Scalar<string> & { range: [number, number, number] }, path: readonly PathSegment[], entry?: Entry): Text {
  const text = node.value;
  const from = text.search(/\S/);
  const to = from < 0 ? 0 : text.trimEnd().length;
  const map = textMap(doc.text, text, [node.range[0], node.range[1]], node.type);
  const trimmed: [number, number] = from < 0 ? [0, 0] : [from, to];
  const span: [number, number] = from < 0 ? [node.range[0], node.range[1]] : map.span(from, to);
  return { kind, text, path, span, trimmed, map, ...(entry ? { entry } : {}) };
}
