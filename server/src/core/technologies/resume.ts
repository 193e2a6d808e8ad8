import { isMap, isScalar, isSeq, Scalar, type ParsedNode, type YAMLSeq } from 'yaml';
import type { Caches } from '../caches';
import type { RuleContext } from '../rules/rule';
import { collectWriting, type Text } from '../writing/bullets';
import { derived } from '../writing/facts';
import { spanOf } from '../yaml/nodes';
import { technologyOptions } from './extras';
import { productAmong } from './context';
import { employerNames, withoutEmployers } from './employers';
import { functionWordsOf, proseIn, withoutFunctionWords } from './functionWords';
import { readKeywordHead } from './keywordReading';
import { readProse, type ProseReading } from './prose';
import { partsOf } from './parts';
import { meantName } from './typos';
import { techIndex, techIndexFor, type Resolution, type TechEntry, type TechIndex } from './vocabulary';

/** A keyword (or a skill's name) as written: the string, where it is, and what it names. */
export interface Keyword {
  readonly text: string;
  readonly node: Scalar<string>;
  readonly span: [number, number];
  readonly resolution: Resolution | undefined;
  readonly group: KeywordGroup | undefined;
  /** When the name is only the keyword's start ("SQL" of "SQL (Postgres)"): its length, from the trimmed text. */
  readonly head?: number;
  /** When the keyword is read as the tool in a practice's parentheses ("State machine (xState)"): where the tool is written, in the trimmed text. */
  readonly tool?: { readonly offset: number; readonly length: number };
}

/** One `keywords` list: of a skills group or of a project. */
export interface KeywordGroup {
  readonly section: 'skills' | 'projects';
  readonly index: number;
  readonly seq: YAMLSeq<ParsedNode>;
  readonly keywords: Keyword[];
  /** The group's or project's `name`, when written. */
  readonly name: string | undefined;
}

/** What the technology checks read, collected once per lint. */
export interface ResumeTechnologies {
  readonly index: TechIndex;
  /** The vocabulary alone (no user extras): readings can be kept with each string's facts. */
  readonly shared: boolean;
  /** The technologies a keyword, name or sentence names, remembered per string. */
  read(text: string): ProseReading;
  readonly groups: readonly KeywordGroup[];
  /** The skills groups' names ("Go", "Cloud"), which may themselves name a technology. */
  readonly skillNames: readonly Keyword[];
  readonly bullets: readonly Text[];
  /** Summaries and descriptions. */
  readonly prose: readonly Text[];
  /** Names that are function words of the language the resume is written in ("es" in Spanish), never read as names. */
  readonly functionWords: ReadonlySet<string> | undefined;
  /** The employers named in more than one word ("GIT America"): a name inside one is the employer's. */
  readonly employers: readonly string[];
}

const MAX_KEYWORD = 120;
const cache = new WeakMap<object, ResumeTechnologies>();

export function resumeTechnologies(context: RuleContext): ResumeTechnologies {
  let found = cache.get(context);
  if (!found) {
    found = collect(context);
    cache.set(context, found);
  }
  return found;
}

function collect(context: RuleContext): ResumeTechnologies {
  const index = techIndexFor(technologyOptions(context).extra, context.caches);
  const groups: KeywordGroup[] = [];
  const skillNames: Keyword[] = [];
  const keyword = (node: unknown, group: KeywordGroup | undefined): Keyword | undefined => {
    if (!isScalar(node) || typeof node.value !== 'string') return undefined;
    const span = spanOf(node);
    if (!span) return undefined;
    const text = node.value;
    const read = text.length <= MAX_KEYWORD && !text.includes('\n') ? readKeywordHead(index, text.trim()) : undefined;
    return { text, node: node as Scalar<string>, span, resolution: read?.resolution, group, ...(read?.head !== undefined ? { head: read.head } : {}), ...(read?.tool ? { tool: read.tool } : {}) };
  };
  for (const pair of context.schemaPairs()) {
    const [section, position] = pair.path;
    if ((section !== 'skills' && section !== 'projects') || typeof position !== 'number' || pair.path.length !== 3) continue;
    const value = pair.pair.value;
    if (pair.key === 'keywords' && isSeq(value)) {
      const named = isMap(pair.parent) ? pair.parent.get('name', true) : undefined;
      const name = isScalar(named) && typeof named.value === 'string' ? named.value : undefined;
      const group: KeywordGroup = { section, index: position, seq: value as YAMLSeq<ParsedNode>, keywords: [], name };
      for (const item of value.items) {
        const found = keyword(item, group);
        if (found) group.keywords.push(found);
      }
      group.keywords.splice(0, group.keywords.length, ...asProducts(index, group.keywords));
      groups.push(group);
    } else if (pair.key === 'name' && section === 'skills') {
      const found = keyword(value, undefined);
      if (found) skillNames.push(found);
    }
  }
  // "GRPC" among the keywords of a resume that lists other protocols and frameworks: short capitals read as the name.
  const kinds = kindsOf(groups.flatMap((group) => group.keywords));
  for (const group of groups) group.keywords.splice(0, group.keywords.length, ...withCapitals(index, group.keywords, kinds));
  const writing = collectWriting(context);
  // In a resume written in Spanish, French or Portuguese, "es", "sinon" and "com" are words of its language.
  const functionWords = functionWordsOf(writing.language);
  const read = (text: string): ProseReading => proseIn(context.caches, index, text, functionWords);
  // Titles ("Devops Engineer", "iOS Software Engineer") name technologies as a summary does.
  return { index, shared: index === techIndex(), read, groups, skillNames: withCapitals(index, skillNames), bullets: writing.bullets, prose: [...writing.prose, ...writing.titles], functionWords, employers: employerNames(context.doc.yaml).filter((name) => read(name).mentions.length > 0) };
}

const MEANT = new WeakMap<ResumeTechnologies, { left: number; meant: Map<Keyword, TechEntry | undefined> }>();

/**
 * The technology an unread keyword was meant to be when it is a slip of the keyboard away from a name ("PostgresSQL"),
 * as tech-name says and the skills checks take it; looked for in a few hundred keywords of a resume at most (a list
 * of ten thousand is not a resume).
 */
export function meantKeyword(found: ResumeTechnologies, caches: Caches, keyword: Keyword): TechEntry | undefined {
  let memo = MEANT.get(found);
  if (!memo) MEANT.set(found, (memo = { left: 300, meant: new Map() }));
  if (memo.meant.has(keyword)) return memo.meant.get(keyword);
  const meant = memo.left-- > 0 ? meantName(found.index, caches, keyword.text.trim()) : undefined;
  memo.meant.set(keyword, meant);
  return meant;
}

/**
 * The names a keyword lists besides the one it is read as, each with its offset in the keyword's text: those in the
 * parentheses after its first name ("AWS (Lambda, Cloudformation)"), or, when it is not read as one name, those
 * joined by slashes ("Javascript / Typescript").
 */
export function listedNames(keyword: Keyword): Array<{ readonly text: string; readonly offset: number }> {
  const from = keyword.head === undefined ? 0 : keyword.text.length - keyword.text.trimStart().length + keyword.head;
  const rest = keyword.text.slice(from);
  if (!(keyword.head === undefined ? /[/|]/ : /[/|,()]/).test(rest)) return [];
  return partsOf(keyword.text, keyword.head === undefined ? /[^/|]+/g : /[^/|,()]+/g, from);
}

/**
 * `listedNames`, each read: short capitals are the name of a kind a name beside them is ("Lerna/NX": Nx, as "GRPC"
 * among protocols is gRPC).
 */
export function listedReadings(index: TechIndex, keyword: Keyword): Array<{ readonly text: string; readonly offset: number; readonly resolution: Resolution | undefined }> {
  // "Azure (OpenAI, ML)", "AWS (Lambda, RDS)": inside a vendor's parentheses, the vendor's product of that name.
  const vendor = keyword.head !== undefined && keyword.resolution && ['cloud', 'company'].includes(keyword.resolution.tech.category) ? keyword.text.trim().slice(0, keyword.head) : undefined;
  const parts = listedNames(keyword).map((part) => ({ ...part, resolution: (vendor ? index.resolve(`${vendor} ${part.text}`) : undefined) ?? index.resolve(part.text) }));
  const kinds = new Set([keyword.resolution, ...parts.map((part) => part.resolution)].flatMap((resolution) => (resolution ? [resolution.tech.category] : [])));
  return parts.map((part) => (part.resolution ? part : { ...part, resolution: capitalsOfKind(index, part.text, kinds) }));
}

/**
 * Where a keyword's text starts in the file, when the file holds it as written: a plain scalar, or a quoted one with
 * nothing escaped ("Gulp, Grunt & Webpack" in a flow list). Otherwise a place in the text is no place in the file.
 */
export function valueAt(keyword: Keyword, file: string): number | undefined {
  const [start, end] = keyword.span;
  if (keyword.node.type === Scalar.PLAIN) return start;
  if (keyword.node.type !== Scalar.QUOTE_DOUBLE && keyword.node.type !== Scalar.QUOTE_SINGLE) return undefined;
  return end - start >= keyword.text.length + 2 && file.slice(start + 1, start + 1 + keyword.text.length) === keyword.text ? start + 1 : undefined;
}

/**
 * Where `length` characters of a keyword's text, `offset` after its leading spaces, are in the file (its name: the
 * head of "Python (PyTorch)", all of "PostgresSql" inside its quotes, the tool of "State machine (xState)"); the
 * keyword's span when the file does not hold it as written.
 */
export function nameSpan(keyword: Keyword, file: string, length: number, offset = 0): [number, number] {
  const at = valueAt(keyword, file);
  if (at === undefined) return keyword.span;
  const start = at + keyword.text.length - keyword.text.trimStart().length + offset;
  return [start, start + length];
}

/** "Oracle" among PostgreSQL and MySQL is Oracle Database: a company in a list is its product of the list's kind. */
function asProducts(index: TechIndex, keywords: readonly Keyword[]): Keyword[] {
  if (!keywords.some((keyword) => keyword.resolution?.tech.category === 'company')) return [...keywords];
  const kinds = new Set(keywords.flatMap((keyword) => (keyword.resolution && keyword.resolution.tech.category !== 'company' ? [keyword.resolution.tech.category] : [])));
  return keywords.map((keyword) => {
    if (keyword.resolution?.tech.category !== 'company') return keyword;
    const product = productAmong(index, keyword.text.trim(), kinds);
    return product ? { ...keyword, resolution: { tech: product, form: { tech: product, kind: 'alias', text: keyword.text.trim() }, status: 'short' } } : keyword;
  });
}

/** A group named "IOS" beside one named "Android": short capitals are the name of that kind, styled otherwise. */
function withCapitals(index: TechIndex, names: readonly Keyword[], kinds = kindsOf(names)): Keyword[] {
  return names.map((name) => {
    const capitals = name.resolution ? undefined : capitalsOfKind(index, name.text.trim(), kinds);
    return capitals ? { ...name, resolution: capitals } : name;
  });
}

/** Short capitals read as a name of one of these kinds ("GRPC" among protocols, "NX" beside Lerna), or nothing. */
function capitalsOfKind(index: TechIndex, text: string, kinds: ReadonlySet<string>): Resolution | undefined {
  const capitals = kinds.size > 0 ? index.resolveCapitals(text) : undefined;
  return capitals && kinds.has(capitals.tech.category) ? capitals : undefined;
}

function kindsOf(keywords: readonly Keyword[]): Set<string> {
  return new Set(keywords.flatMap((keyword) => (keyword.resolution ? [keyword.resolution.tech.category] : [])));
}

// Kept with the string's other facts, which the writing rules find again on each keystroke without a lookup.
const READING = derived((facts): ProseReading => readProse(techIndex(), facts.text));

/** The technologies a bullet or summary names (for the vocabulary with the user's extras, if any). */
export function readingOf(found: ResumeTechnologies, text: Text): ProseReading {
  const shared = found.shared ? text.facts.get(READING) : undefined;
  const reading = shared ? (found.functionWords ? withoutFunctionWords(shared, text.text, found.functionWords) : shared) : found.read(text.text);
  return found.employers.length > 0 ? withoutEmployers(reading, text.text, found.employers) : reading;
}

/** How to write a name as a YAML value there: plain when YAML reads it back unchanged, quoted otherwise. */
export function yamlValue(name: string, flow: boolean, type?: Scalar['type']): string {
  if (type === Scalar.QUOTE_DOUBLE) return JSON.stringify(name);
  if (type === Scalar.QUOTE_SINGLE) return `'${name.replace(/'/g, "''")}'`;
  const special = flow ? /[,[\]{}]/ : /$^/;
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(name) || /^[-?:][^\s]/.test(name);
  if (plain && !special.test(name) && !/: |\s#|:$|\s$/.test(name) && !/^(true|false|null|yes|no|on|off|~|[-+.\d][\d._:eE+-]*)$/i.test(name)) return name;
  return JSON.stringify(name);
}
