import { isMap, isScalar, isSeq, Scalar, type ParsedNode, type YAMLSeq } from 'yaml';
import type { Caches } from '../caches';
import type { RuleContext } from '../rules/rule';
import { collectWriting, type Text } from '../writing/bullets';
import { derived } from '../writing/facts';
import { spanOf } from '../yaml/nodes';
import { ORDINARY_WORDS } from './data';
import { technologyOptions } from './extras';
import { CONCEPT_KINDS, VENDOR_PREFIX } from './policy';
import { productAmong } from './context';
import { employerNames, withoutEmployers } from './employers';
import { functionWordsOf, proseIn, withoutFunctionWords } from './functionWords';
import { readProse, type ProseReading } from './prose';
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
    return { text, node: node as Scalar<string>, span, resolution: read?.resolution, group, ...(read?.head !== undefined ? { head: read.head } : {}) };
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
  return parts.map((part) => {
    if (part.resolution || kinds.size === 0) return part;
    const capitals = index.resolveCapitals(part.text);
    return capitals && kinds.has(capitals.tech.category) ? { ...part, resolution: capitals } : part;
  });
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
 * Where the first `length` characters of a keyword's text, after its leading spaces, are in the file (its name: the
 * head of "Python (PyTorch)", or all of "PostgresSql" inside its quotes); the keyword's span when the file does not
 * hold it as written.
 */
export function nameSpan(keyword: Keyword, file: string, length: number): [number, number] {
  const at = valueAt(keyword, file);
  if (at === undefined) return keyword.span;
  const start = at + keyword.text.length - keyword.text.trimStart().length;
  return [start, start + length];
}

/**
 * Whether a keyword is names joined by slashes or bars and nothing else ("HTML/CSS", "CloudFormation / Terraform",
 * "React | Next").
 */
export function slashPair(text: string): boolean {
  return /^[^,;()/|]+(?:[/|][^,;()/|]+)+$/.test(text);
}

/** The trimmed runs of `text` from `from` on that `runs` (a global pattern) matches, each with its offset in `text`. */
export function partsOf(text: string, runs: RegExp, from = 0): Array<{ readonly text: string; readonly offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  for (const match of text.slice(from).matchAll(runs)) {
    // "(RSpec, ExUnit, Jasmine...)": an ellipsis after the last name says "and more", not how the name is written.
    const part = match[0].trim().replace(/\s*(?:\.{2,}|…)$/u, '');
    if (part) out.push({ text: part, offset: from + match.index + match[0].indexOf(part) });
  }
  return out;
}

/**
 * A keyword as one technology: the whole value, else the name with a qualifier in parentheses ("AWS (7 years)",
 * "JavaScript (ES6+)"), a version run on ("Linkerd2", "AngularJS 1.x"), its kind ("STM32 microcontrollers") or its
 * vendor's prefix ("MS SQL Server", "AWS API-Gateway") set aside. Read so, a keyword is accepted as its name unless
 * the name itself is misspelt.
 */
export function readKeyword(index: TechIndex, written: string): Resolution | undefined {
  return readKeywordHead(index, written)?.resolution;
}

/** `readKeyword`, and how many characters of the keyword the name is (`head`) when it is not the whole. */
export function readKeywordHead(index: TechIndex, written: string): { resolution: Resolution; head?: number } | undefined {
  const whole = index.resolve(written);
  if (whole) return { resolution: whole };
  const at = (head: string, resolution: Resolution | undefined): { resolution: Resolution; head: number } | undefined => (resolution ? { resolution, head: head.length } : undefined);
  // "Julia ♥": a mark after the name.
  const text = written.replace(/[^\p{L}\p{N}+#)]+$/u, '');
  if (text !== written && text) {
    const read = readKeywordHead(index, text);
    return read && { resolution: read.resolution, head: read.head ?? text.length };
  }
  const same = sameTechnology(index, text);
  if (same) return at(same.head, same.resolution);
  const qualified = /^(.+?)\s*\(([^()]*)\)$/.exec(text);
  if (qualified) {
    const resolution = index.resolve(qualified[1]!);
    // "Static site generation (Jekyll)", "CI/CD (Jenkins)": a practice and the one tool it was done with.
    // "Message queues (RabbitMQ)": a phrase of ordinary words, named by what is inside.
    const practice = resolution ? resolution.tech.category === 'methodology' : /^\p{Lu}?[\p{Ll}\s-]+$/u.test(qualified[1]!);
    // Not a word in the parentheses: "Languages (Basic)", "Worked with (less)" say how well.
    const inside = qualified[2]!.trim();
    const tool = practice && !ORDINARY_WORDS.has(inside.toLowerCase()) ? index.resolve(inside) : undefined;
    // What a practice is done with is a tool, not another practice or a standard ("Accessibility (WCAG)").
    if (tool && !CONCEPT_KINDS.has(tool.tech.category)) return { resolution: tool };
    if (resolution) return at(qualified[1]!, resolution);
  }
  // "Mac OS X: Very good experience": the name, then how well; "Compilers: gcc", "Geo-spatial analysis - ArcGIS": a
  // label, then the one name.
  const noted = /^([^:,;()]{1,40}?)(?:\s*:|\s+[-–])\s+([^,;]{1,120})$/.exec(text);
  if (noted) {
    const named = index.resolve(noted[1]!);
    // Words in lower case say how well; capitalised ones may list its parts ("Jetpack: Navigation Paging").
    if (named && !CONCEPT_KINDS.has(named.tech.category) && /\b\p{Ll}{3,}/u.test(noted[2]!)) return at(noted[1]!, named);
    // "Selenium - Python", "PhantomJS - Node": a tool, then the language it was used from.
    const from = named ? index.resolve(noted[2]!.trim()) : undefined;
    if (named && !CONCEPT_KINDS.has(named.tech.category) && from && from.tech !== named.tech && (from.tech.category === 'language' || from.tech.name === 'Node.js')) return at(noted[1]!, named);
    // Only a name written well: a fix would write the name over the label.
    const one = named ? undefined : index.resolve(noted[2]!.trim());
    if (one && (one.status === 'canonical' || one.status === 'short')) return { resolution: one };
  }
  // "Terraform & Infrastructure as Code", "Kubernetes & container orchestration", "Docker / Containerization": a name
  // and the practice it serves.
  const served = /^([^&,;()/]{1,40}?)\s*[&/]\s*([^&,;()/]{3,60})$/.exec(text);
  if (served) {
    const named = index.resolve(served[1]!);
    const practice = index.resolve(served[2]!);
    // After a slash, only a practice ("Docker / Containerization"): "Swagger / OpenAPI", "gtest/gmock" are two names.
    const slashed = text.slice(served[1]!.length).trimStart().startsWith('/');
    const phrase = practice ? (slashed ? practice.tech.category === 'methodology' : CONCEPT_KINDS.has(practice.tech.category)) : !slashed && /^\p{Ll}[\p{Ll}\s-]+$/u.test(served[2]!);
    // Not "SOPs & knowledge base": an acronym's plural is no name in capitals (SOPS).
    const plural = /^\p{Lu}{2,}s$/u.test(served[1]!.trim()) && named?.status === 'variant';
    if (named && !plural && !CONCEPT_KINDS.has(named.tech.category) && phrase) return at(served[1]!, named);
  }
  // "advanced SQL", "modern C++": how well, before the name.
  const plain = /^(?:advanced|basic|intermediate|expert|proficient|strong|modern|solid)\s+(.{1,40})$/i.exec(text)?.[1];
  if (plain) {
    const resolution = index.resolve(plain);
    if (resolution) return { resolution };
  }
  // "observability with Grafana": a practice and the tool it was done with.
  const done = /^(.+?)\s+(?:with|using|via|in)\s+(.{1,40})$/.exec(text);
  if (done && index.resolve(done[1]!)?.tech.category === 'methodology') {
    const resolution = index.resolve(done[2]!);
    if (resolution && !CONCEPT_KINDS.has(resolution.tech.category)) return { resolution };
  }
  // "Dagger/Dagger2", "Golang/Go": one technology under two of its names.
  if (slashPair(text)) {
    const reads = text.split(/[/|]/).map((part) => (part.trim() ? readKeyword(index, part.trim()) : undefined));
    if (reads.every((read) => read && read.tech === reads[0]!.tech)) return { resolution: reads[0]! };
  }
  // "AWS Lambdas": the plural of a name of several words (not "Bundlers", the tools, for Bundler).
  const singular = /^(\S.*\s\S{2,}[^sS\s])s$/.exec(text)?.[1];
  if (singular) {
    const resolution = index.resolve(singular);
    if (resolution && resolution.status !== 'variant') return at(singular, { ...resolution, status: 'short' });
  }
  // "Windows Form" for Windows Forms: a product's name of several words that ends in a plural, written in the
  // singular, is the name misspelt ("Design Pattern", a concept, is fine either way).
  if (/^\S.*\s\S{2,}[^sS\s]$/.test(text)) {
    const resolution = index.resolve(`${text}s`);
    if (resolution && resolution.form.kind === 'name' && !CONCEPT_KINDS.has(resolution.tech.category) && resolution.tech.name.toLowerCase() === `${text}s`.toLowerCase()) return { resolution: { ...resolution, status: 'variant' } };
  }
  // "STM32 microcontrollers", "Yosys suite", "WordPress API", "Caddy Server", "SQLAlchemy ORM", "Temporal Workflows",
  // "BLoC Pattern", "Bash Shell": the name and what kind of thing it is.
  const kind = /^(.+?)(?: (?:\p{Ll}+|Platform|Suite|Framework|Library|Pipelines?|APIs?|SDKs?|Server|ORM|Cloud|Development|Automation|Workflows?|Patterns?|Protocol|Scripting|Functions?|Templates|Shell|CDN|DNS|Cluster|CI\/CD|(?:Unit|E2E|Component|Integration|UI|API|Snapshot) Testing)){1,2}$/u.exec(text)?.[1];
  if (kind && kind.length >= 3) {
    const resolution = index.resolve(kind);
    if (resolution && resolution.status !== 'variant' && resolution.tech.name.length >= 3) return at(kind, { ...resolution, status: 'short' });
  }
  // "STM32G4", "ATmega1608": a chip family's name and a part number, the family.
  for (let end = text.length - 1; text.length <= 40 && end >= 3 && /^[A-Z0-9]+$/.test(text.slice(end)); end--) {
    const family = text.slice(0, end);
    const resolution = /\d/.test(text.slice(end)) ? index.resolve(family) : undefined;
    if (resolution && resolution.tech.category === 'hardware' && resolution.status === 'canonical') return at(family, { ...resolution, status: 'short' });
  }
  // "Deno.js", "Modernizr.js": a JavaScript name with the suffix everyone writes, as React.js is accepted.
  const suffixed = /^(.{3,}?)\.?js$/i.exec(text)?.[1];
  if (suffixed) {
    const resolution = index.resolve(suffixed);
    if (resolution?.tech.language === 'JavaScript') return { resolution: { ...resolution, status: resolution.status === 'variant' ? 'variant' : 'short' } };
  }
  // "Ember", "Backbone", "Next" in a skills list: a JavaScript name without the ".js" its project writes, as people
  // list it (not a word in lower case: "next", "three").
  if (/^\p{Lu}[\p{L}]{2,}$/u.test(text)) {
    const resolution = index.resolve(`${text}.js`);
    if (resolution && resolution.status !== 'variant' && resolution.tech.name.toLowerCase().endsWith('.js')) return { resolution: { ...resolution, status: 'short' } };
  }
  // "dagster.io", "render.com": a name written as its site's address, which is not how one writes the name.
  const site = /^(.{3,}?)\.(?:io|dev|com|org|sh)$/i.exec(text)?.[1];
  if (site) {
    const resolution = index.resolve(site);
    if (resolution && resolution.tech.category !== 'company') return { resolution: { ...resolution, status: 'variant' } };
  }
  const versioned = VERSIONED.exec(text)?.[1];
  if (versioned && versioned.length >= 3) {
    const resolution = index.resolve(versioned);
    if (resolution && resolution.tech.name.length >= 3) return at(versioned, resolution);
  }
  // "Swift 3/4", "Oracle 9i/10g/11g", "Java 8 to 21+", "JavaScript ES6/7": the name at its first version.
  const first = text.length <= 60 ? VERSIONS.exec(text)?.[1] : undefined;
  if (first) {
    const read = readKeywordHead(index, first);
    if (read) return { resolution: read.resolution, head: read.head ?? first.length };
  }
  const bare = text.replace(VENDOR_PREFIX, '');
  if (bare === text) return undefined;
  const resolution = index.resolve(bare);
  // Only a name that carries the vendor itself, so that a fix does not write the vendor twice.
  if (!resolution || !VENDOR_PREFIX.test(resolution.tech.name)) return undefined;
  return { resolution: resolution.status === 'variant' ? resolution : { ...resolution, status: 'short' }, ...(text !== written ? { head: text.length } : {}) };
}

/** A version after a name: "2", "v1.4", "3.x", "8+", Oracle's "11g", "12c" and "23ai", "18.04 LTS". */
const VERSION = String.raw`v?\d[\d.x]*(?:[igc]|ai)?\+?(?: LTS)?`;
const VERSIONED = new RegExp(String.raw`^(.*[^\d\s.v])\s?${VERSION}$`);
const VERSIONS = new RegExp(String.raw`^(.*${VERSION})(?:\s?(?:/|-|–|to|&|and|,)\s?${VERSION})+$`);

/**
 * "Zsh; Z shell", "RHEL Red Hat Enterprise Linux": one technology under two of its names, or with what it is after a
 * semicolon. Read as the first, as written.
 */
function sameTechnology(index: TechIndex, text: string): { resolution: Resolution; head: string } | undefined {
  const parts = text.includes(';') ? [text.split(';')] : text.split(' ').length <= 8 ? text.split(' ').slice(1).map((_, i, rest) => [text.split(' ').slice(0, i + 1).join(' '), rest.slice(i).join(' ')]) : [];
  for (const candidate of parts) {
    const resolutions = candidate.map((part) => index.resolve(part.trim()));
    const first = resolutions[0];
    // After a semicolon, a word the vocabulary does not know, or a practice, explains the name ("Systemd; systemctl",
    // "GNU Bash; shell scripting").
    const explained = text.includes(';')
      ? resolutions.every((resolution, i) => !resolution || resolution.tech === first?.tech || (i > 0 && resolution.tech.category === 'methodology'))
      : resolutions.every((resolution) => resolution?.tech === first?.tech);
    if (first && explained) return { resolution: first, head: candidate[0]!.trimEnd() };
  }
  return undefined;
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
    if (name.resolution || kinds.size === 0) return name;
    const capitals = index.resolveCapitals(name.text.trim());
    return capitals && kinds.has(capitals.tech.category) ? { ...name, resolution: capitals } : name;
  });
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
