/**
 * What a keyword's name itself is written as, once the notes around it are set aside ("Dagger/Dagger2", "AWS
 * Lambdas", "Debian Linux", "Java Spring Boot", "SQLAlchemy ORM", "STM32G4", "Deno.js", "Qt 5/6", "MS Visual Studio
 * Code"): the vocabulary alone, read by `readKeywordHead` (keywordReading.ts) after the notes.
 */

import { ORDINARY_WORDS } from './data';
import { CONCEPT_KINDS, VENDOR_PREFIX, vendorOf } from './policy';
import type { Resolution, TechIndex } from './vocabulary';

/** A keyword read as one technology: the name, how much of the keyword it is, or where in it the tool is written. */
export interface KeywordRead {
  readonly resolution: Resolution;
  readonly head?: number;
  readonly tool?: { readonly offset: number; readonly length: number };
}

/**
 * Whether a keyword is names joined by slashes or bars and nothing else ("HTML/CSS", "CloudFormation / Terraform",
 * "React | Next").
 */
export function slashPair(text: string): boolean {
  return /^[^,;()/|]+(?:[/|][^,;()/|]+)+$/.test(text);
}

/** How a keyword is read as a whole (`readKeywordHead`), for a part of it. */
export type KeywordReader = (index: TechIndex, written: string) => KeywordRead | undefined;

/** `text` is the keyword without marks after it; `written`, as written. */
export function readForm(index: TechIndex, text: string, written: string, read: KeywordReader): KeywordRead | undefined {
  const at = (head: string, resolution: Resolution | undefined): { resolution: Resolution; head: number } | undefined => (resolution ? { resolution, head: head.length } : undefined);
  // "Dagger/Dagger2", "Golang/Go": one technology under two of its names.
  if (slashPair(text)) {
    const reads = text.split(/[/|]/).map((part) => (part.trim() ? read(index, part.trim())?.resolution : undefined));
    if (reads.every((one) => one && one.tech === reads[0]!.tech)) return { resolution: reads[0]! };
  }
  // "Cisco Catalyst 9000 series", "Nexus 7000 Series": a model number and the word for a range of models.
  const series = /^(.{3,}?\s\d[\w-]*)\s+series$/i.exec(text)?.[1];
  const ofSeries = series === undefined ? undefined : read(index, series);
  if (ofSeries && ['hardware', 'networking'].includes(ofSeries.resolution.tech.category)) return { resolution: ofSeries.resolution, head: ofSeries.head ?? series!.length };
  // "Azure Policies": the plural in "-ies" of a name of several words.
  const policies = /^(\S.*\s\S{2,})ies$/.exec(text)?.[1];
  const policy = policies === undefined ? undefined : index.resolve(`${policies}y`);
  if (policy && policy.status !== 'variant') return { resolution: { ...policy, status: 'short' } };
  // "XCTests": the plural of a name with a capital inside it, as no English word has.
  const camelPlural = /^(\p{Lu}\p{L}*\p{Ll}\p{Lu}\p{L}*[^sS])s$|^(\p{Lu}{2,}\p{Ll}\p{L}*[^sS])s$/u.exec(text);
  const camelOne = camelPlural ? index.resolve(camelPlural[1] ?? camelPlural[2]!) : undefined;
  if (camelOne && camelOne.status === 'canonical' && !CONCEPT_KINDS.has(camelOne.tech.category)) return { resolution: { ...camelOne, status: 'short' } };
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
  // "Debian Linux", "Raspbian Linux": a distribution and the system it is.
  const distribution = /^(.{3,40}?) (?:GNU\/)?Linux$/.exec(text)?.[1];
  const distro = distribution === undefined ? undefined : index.resolve(distribution);
  if (distro?.tech.category === 'os') return at(distribution!, distro.status === 'canonical' ? { ...distro, status: 'short' } : distro);
  // "MIPS Assembly", "x86_64 Assembly": an architecture's assembly language is Assembly.
  const architecture = /^(.{2,20}?)\s+[Aa]ssembly$/.exec(text)?.[1];
  const assembly = architecture !== undefined && index.resolve(architecture)?.tech.category === 'hardware' ? index.resolve('Assembly') : undefined;
  if (assembly) return { resolution: { ...assembly, status: 'short' }, tool: { offset: text.length - 'Assembly'.length, length: 'Assembly'.length } };
  // "R Programming", "C language", "C Programming Language", "Go Development": a language whose name is one letter or
  // two, and the words for what it is.
  const letter = /^(\p{Lu}\p{Ll}?) (?:Programming(?: [Ll]anguage)?|[Ll]anguage|Development)$/u.exec(text)?.[1];
  const language = letter === undefined ? undefined : index.resolve(letter);
  if (language?.tech.category === 'language') return at(letter!, { ...language, status: 'short' });
  // "Java Spring Boot", "Python Django": a framework or library after the language it is written in.
  const afterLanguage = /^(\S+)\s+(\S.{1,40})$/.exec(text);
  const writtenIn = afterLanguage ? index.resolve(afterLanguage[1]!) : undefined;
  const ofLanguage = writtenIn?.tech.category === 'language' ? index.resolve(afterLanguage![2]!) : undefined;
  if (ofLanguage && ofLanguage.tech.language === writtenIn!.tech.name && ofLanguage.status !== 'variant') {
    return { resolution: { ...ofLanguage, status: 'short' }, tool: { offset: text.length - afterLanguage![2]!.length, length: afterLanguage![2]!.length } };
  }
  // "STM32 microcontrollers", "Yosys suite", "WordPress API", "Caddy Server", "SQLAlchemy ORM", "Temporal Workflows",
  // "BLoC Pattern", "Bash Shell": the name and what kind of thing it is.
  // The longest name before the kind: "SQL Server Administrator" is SQL Server, not SQL.
  for (const kind of new Set([KIND_OF.exec(text)?.[1], KINDS_OF.exec(text)?.[1]])) {
    const resolution = kind !== undefined && kind.length >= 3 ? index.resolve(kind) : undefined;
    // "Golang Backend": a short name by a longer alias.
    if (resolution && resolution.status !== 'variant' && (resolution.tech.name.length >= 3 || kind!.length >= 5)) return at(kind!, { ...resolution, status: 'short' });
  }
  // "Webkit browsers", "GCC Toolchains", "Kafka event-driven architectures": a name, misspelt or not, and up to three
  // words of what it is or does, none of them a name of its own.
  const described = /^(.+?)(?: (?:\p{Ll}[\p{Ll}_-]*|PCB|Toolchains?|Monorepos?|GUI|Rendering|Solutions?|Engine|Editor|Internals|Systems?|Browsers?|Apps?|Applications?|Desktop|Plugins?|Modules?|Toolkit|Ecosystem|Configuration|Scripts?|Clients?|Components?|Platform|Suite|Framework|Library|APIs?|SDKs?|Server|Development|Workflows?|Services?|Themes?|Queues?|Packages?|Schematics?(?:\/Layout)?|Layout|Entry|Extensions?|Integrations?)){1,3}$/u.exec(text)?.[1];
  if (described && described.length >= 2 && /[\p{Lu}\d]/u.test(described)) {
    const rest = text.slice(described.length).trim().split(/\s+/);
    const resolution = index.resolve(described);
    const ownNames = rest[0] === 'and' || rest.some((word) => {
      const named = index.resolve(word);
      return named !== undefined && !CONCEPT_KINDS.has(named.tech.category);
    });
    // "Basic test equipment": a word written otherwise than a name is the word.
    const word = resolution?.status === 'variant' && ORDINARY_WORDS.has(described.toLowerCase());
    // "Nx Monorepos": a name of two letters only as its project writes it.
    const long = described.length >= 3 && (resolution?.tech.name.length ?? 0) >= 3;
    if (resolution && (long || resolution.status === 'canonical') && !ownNames && !word && !CONCEPT_KINDS.has(resolution.tech.category) && resolution.tech.category !== 'company') return at(described, resolution.status === 'variant' ? resolution : { ...resolution, status: 'short' });
  }
  // "STM32G4", "ATmega1608": a chip family's name and a part number, the family.
  for (let end = text.length - 1; text.length <= 40 && end >= 3 && /^[A-Z0-9]+$/.test(text.slice(end)); end--) {
    // "Solarflare X3": the family and the model apart.
    const family = text.slice(0, end).trimEnd();
    const resolution = /\d/.test(text.slice(end)) ? index.resolve(family) : undefined;
    if (resolution && resolution.tech.category === 'hardware' && resolution.status === 'canonical') return at(family, { ...resolution, status: 'short' });
  }
  // "Qwen2.5-7B", "Llama 3 70B": a model and how many parameters it has.
  const sized = /^(.{2,40}?)[-\s:]\d+(?:\.\d+)?[BM]$/.exec(text)?.[1];
  const model = sized === undefined ? undefined : read(index, sized);
  if (model?.resolution.tech.category === 'ml') return { resolution: model.resolution, head: model.head ?? sized!.length };
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
  if (versioned && versioned.length >= 2) {
    const resolution = index.resolve(versioned);
    // "Qt 5", "Go 1.21": a name of two letters only as its project writes it.
    if (resolution && (resolution.tech.name.length >= 3 ? versioned.length >= 3 : resolution.status === 'canonical')) return at(versioned, resolution);
  }
  // "MS Visio 2010": a name after its vendor, then its version.
  const vendorVersioned = versioned !== undefined && VENDOR_PREFIX.test(versioned) && !index.resolve(versioned) ? read(index, versioned) : undefined;
  if (vendorVersioned) return { resolution: vendorVersioned.resolution, head: vendorVersioned.head ?? versioned!.length };
  // "Unity 2D/3D": an engine and the dimensions it was used in.
  const dimensioned = /^(.{2,40}?)\s(?:2D|3D)(?:\s?\/\s?(?:2D|3D))+$/.exec(text)?.[1];
  const engine = dimensioned === undefined ? undefined : read(index, dimensioned);
  if (engine) return { resolution: engine.resolution, head: engine.head ?? dimensioned!.length };
  // "Swift 3/4", "Oracle 9i/10g/11g", "Java 8 to 21+", "JavaScript ES6/7": the name at its first version.
  const first = text.length <= 60 ? VERSIONS.exec(text)?.[1] : undefined;
  if (first) {
    const atFirst = read(index, first);
    if (atFirst) return { resolution: atFirst.resolution, head: atFirst.head ?? first.length };
  }
  const bare = text.replace(VENDOR_PREFIX, '');
  if (bare === text) return undefined;
  const resolution = index.resolve(bare);
  // "MS Visual Studio Code": a tool's name written as its project writes it, after its vendor, who does not write it
  // so (a fix would write the vendor twice); not a language ("Oracle SQL" is Oracle's dialect) nor a cloud service,
  // whose bare name may be another vendor's ("AWS Secret Manager" is not Google's Secret Manager).
  // "Microsoft SCOM", "Microsoft SSIS": its short name in capitals after the vendor, as well.
  const asWritten = resolution?.status === 'canonical' || (resolution?.status === 'short' && /^\p{Lu}{3,6}$/u.test(bare));
  if (resolution && !VENDOR_PREFIX.test(resolution.tech.name) && asWritten && VENDORLESS_KINDS.has(resolution.tech.category)) {
    return { resolution: { ...resolution, status: 'short' }, tool: { offset: text.length - bare.length, length: bare.length } };
  }
  // Otherwise only a name that carries the vendor itself, so that a fix does not write the vendor twice; and the vendor
  // written ("SAP DMS" is not AWS's Database Migration Service).
  if (!resolution || !VENDOR_PREFIX.test(resolution.tech.name) || vendorOf(text) !== vendorOf(resolution.tech.name)) return undefined;
  return { resolution: resolution.status === 'variant' ? resolution : { ...resolution, status: 'short' }, ...(text !== written ? { head: text.length } : {}) };
}

// What kind of thing a name is, after it: "Caddy Server", "SQLAlchemy ORM", "SQL Server Administrator".
const KIND_WORDS = String.raw`(?:\p{Ll}+|Platform|Suite|Framework|Library|Pipelines?|APIs?|SDKs?|Server|ORM|Cloud|Development|Automation|Workflows?|Patterns?|Protocol|Scripting|Functions?|Templates|Shell|CDN|DNS|Cluster|Services?|Administration|Administrators?|Management|Programming|Languages?|Products?|Mesh|Console|IDE|Bots?|CI\/CD|Operating Systems?|Game Engine|DI|Backend|Frontend|Database|LLMs?|Networking|Infrastructure|OS|Runtime|System Administration|Containers?|Migrations?|Permissions|Messages|EDR|Integrations?|Packaging|Repositor(?:y|ies)|Stack|Wiki|Proxy|Extensions?|Fundamentals|Buckets?|Virtuali[sz]ation|Filesystems?|CMS|VPN|Storage|SDN|Partner|DNN|Devices|FPGAs?|SoC|(?:Unit|E2E|Component|Integration|UI|API|Snapshot) Testing)`;
// The name and one such word ("SQL Server Administrator": SQL Server), or two ("Bash Shell Scripting").
const KIND_OF = new RegExp(String.raw`^(.+) ${KIND_WORDS}$`, 'u');
const KINDS_OF = new RegExp(String.raw`^(.+?)(?: ${KIND_WORDS}){1,2}$`, 'u');

const VENDORLESS_KINDS: ReadonlySet<string> = new Set(['tool', 'devops', 'observability', 'database', 'data', 'framework', 'library']);

/** A version after a name: "2", "v1.4", "3.x", "8+", Oracle's "11g", "12c" and "23ai", "18.04 LTS". */
// "Oracle 10g R2", "Windows Server 2008 R2": a release after the version.
const VERSION = String.raw`(?:v|ver\. ?)?\d[\d.xX]*(?:[igc]|ai)?\+?(?: LTS| R\d)?`;
const VERSIONED = new RegExp(String.raw`^(.*?[^\d\s.v])\s?${VERSION}$`);
const VERSIONS = new RegExp(String.raw`^(.*${VERSION})(?:\s?(?:/|-|–|to|&|and|,)\s?${VERSION})+$`);
