/**
 * Reading one keyword's text as one technology ("AWS (7 years)", "Linkerd2", "STM32 microcontrollers", "MS SQL
 * Server"): the vocabulary alone, nothing of the resume around it.
 */

import { ORDINARY_WORDS } from './data';
import { kindsNamed, layerNamed, namedForField } from './groupNames';
import { CONCEPT_KINDS, VENDOR_PREFIX } from './policy';
import type { Resolution, TechIndex } from './vocabulary';

/**
 * Whether a keyword is names joined by slashes or bars and nothing else ("HTML/CSS", "CloudFormation / Terraform",
 * "React | Next").
 */
export function slashPair(text: string): boolean {
  return /^[^,;()/|]+(?:[/|][^,;()/|]+)+$/.test(text);
}

// How well one knows a thing, in parentheses after it.
export const LEVELS = /^(?:basic|beginner|novice|intermediate|advanced|expert|proficient|familiar|fluent|native|good|strong|solid|working|learning|some|less|more|limited|professional|academic)$/i;

/**
 * A keyword as one technology: the whole value, else the name with a qualifier in parentheses ("AWS (7 years)",
 * "JavaScript (ES6+)"), a version run on ("Linkerd2", "AngularJS 1.x"), its kind ("STM32 microcontrollers") or its
 * vendor's prefix ("MS SQL Server", "AWS API-Gateway") set aside. Read so, a keyword is accepted as its name unless
 * the name itself is misspelt.
 */
export function readKeyword(index: TechIndex, written: string): Resolution | undefined {
  return readKeywordHead(index, written)?.resolution;
}

// What kind of thing a name is, after it: "Caddy Server", "SQLAlchemy ORM", "SQL Server Administrator".
const KIND_WORDS = String.raw`(?:\p{Ll}+|Platform|Suite|Framework|Library|Pipelines?|APIs?|SDKs?|Server|ORM|Cloud|Development|Automation|Workflows?|Patterns?|Protocol|Scripting|Functions?|Templates|Shell|CDN|DNS|Cluster|Services?|Administration|Administrators?|Management|Programming|Languages?|Products?|Mesh|Console|IDE|Bots?|CI\/CD|Operating Systems?|Game Engine|DI|Backend|Frontend|Database|LLMs?|Networking|Infrastructure|(?:Unit|E2E|Component|Integration|UI|API|Snapshot) Testing)`;
// The name and one such word ("SQL Server Administrator": SQL Server), or two ("Bash Shell Scripting").
const KIND_OF = new RegExp(String.raw`^(.+) ${KIND_WORDS}$`, 'u');
const KINDS_OF = new RegExp(String.raw`^(.+?)(?: ${KIND_WORDS}){1,2}$`, 'u');

/**
 * `readKeyword`, and how many characters of the keyword the name is (`head`) when it is not the whole; or, for the tool
 * in a practice's parentheses ("State machine (xState)"), where in the keyword the tool is written (`tool`).
 */
export function readKeywordHead(index: TechIndex, written: string): { resolution: Resolution; head?: number; tool?: { offset: number; length: number } } | undefined {
  const whole = index.resolve(written);
  // "Scrum.", "MLOps.": a list's full stop after the name is no part of it; "JS." is read as "JS" is.
  if (whole?.status === 'variant' && /\p{L}\.$/u.test(written)) {
    const stopped = index.resolve(written.slice(0, -1));
    if (!stopped) return readKeywordHead(index, written.slice(0, -1));
    if (stopped.status !== 'variant') return { resolution: stopped, head: written.length - 1 };
  }
  if (whole) return { resolution: whole };
  const at = (head: string, resolution: Resolution | undefined): { resolution: Resolution; head: number } | undefined => (resolution ? { resolution, head: head.length } : undefined);
  // "Wireshark [Dissector]": a note in square brackets after the name (not a list: "Windows Mobile [CE/5/6, XPe]").
  const bracketed = /^(.+?)\s*\[[^[\],/;]*\]$/.exec(written)?.[1];
  const beforeNote = bracketed === undefined ? undefined : readKeywordHead(index, bracketed);
  if (beforeNote) return { resolution: beforeNote.resolution, head: beforeNote.head ?? bracketed!.length };
  // "♥️ Neovim": a mark before the name, read as if it were not there (not a ".NET" or "#" of the name, nor the
  // wildcard of "*nix").
  const marked = /^[^\p{L}\p{N}.#@(\[*]+(?=\p{L})/u.exec(written)?.[0];
  const afterMark = marked ? readKeywordHead(index, written.slice(marked.length)) : undefined;
  if (afterMark) return { resolution: afterMark.resolution, tool: { offset: marked!.length, length: afterMark.tool?.length ?? afterMark.head ?? written.length - marked!.length } };
  // "Julia ♥": a mark after the name.
  const text = written.replace(/[^\p{L}\p{N}+#)]+$/u, '');
  if (text !== written && text) {
    const read = readKeywordHead(index, text);
    return read && { resolution: read.resolution, head: read.head ?? text.length };
  }
  const same = sameTechnology(index, text);
  if (same) return at(same.head, same.resolution);
  // "Drupal 6/7 - strong", "Kotlin-Beginner": a keyword read as any other, then how well after a dash (not the
  // hyphen inside a name: "react-native").
  const graded = /^(.+?)(?:\s+[-–]\s*|\s*[-–]\s+|-(?=\p{Lu}))(\p{L}+)$/u.exec(text);
  const gradedRead = graded && LEVELS.test(graded[2]!) ? readKeywordHead(index, graded[1]!.trim()) : undefined;
  if (gradedRead) return { resolution: gradedRead.resolution, head: gradedRead.head ?? graded![1]!.trim().length };
  const qualified = /^(.+?)\s*\(([^()]*)\)$/.exec(text);
  if (qualified) {
    const resolution = index.resolve(qualified[1]!);
    // "Static site generation (Jekyll)", "CI/CD (Jenkins)": a practice and the one tool it was done with.
    // "Message queues (RabbitMQ)": a phrase of ordinary words, named by what is inside.
    // "Dependency Injection (Koin)": ordinary words, capitalised as a title.
    const phrase = /^\p{Lu}?\p{Ll}+(?:[\s-]+\p{Lu}?\p{Ll}+)*$/u.test(qualified[1]!.trim());
    const practice = resolution ? resolution.tech.category === 'methodology' : phrase;
    // Not a word in the parentheses: "Languages (Basic)", "Worked with (less)" say how well; a capitalised one that
    // names no level may be the tool ("Contract Testing (Pact)").
    const inside = qualified[2]!.trim();
    const word = ORDINARY_WORDS.has(inside.toLowerCase()) && (!/^\p{Lu}/u.test(inside) || LEVELS.test(inside));
    const tool = practice && !word ? index.resolve(inside) : undefined;
    // What a practice is done with is a tool, not another practice or a standard ("Accessibility (WCAG)").
    if (tool && !CONCEPT_KINDS.has(tool.tech.category)) return { resolution: tool, tool: { offset: text.lastIndexOf(inside), length: inside.length } };
    // "Google (GCP)", "Amazon (AWS)": a company, then the short name of its product that starts with the company's name.
    const product = resolution?.tech.category === 'company' ? index.resolve(inside) : undefined;
    if (product && product.tech.name.startsWith(`${qualified[1]!.trim()} `) && !CONCEPT_KINDS.has(product.tech.category)) return { resolution: product };
    if (resolution) return at(qualified[1]!, resolution);
    // "Bootstrap 4 (alpha)", "Java Programming (expert)": a keyword read as any other, then a note.
    const before = tool ? undefined : readKeywordHead(index, qualified[1]!.trim());
    if (before) return { resolution: before.resolution, head: before.head ?? qualified[1]!.trim().length };
  }
  // "Mac OS X: Very good experience", "SASS ~ 4 years": the name, then how well or how long; "Compilers: gcc",
  // "Geo-spatial analysis - ArcGIS", "Infrastructure as Code: Terraform": a label or a practice, then the one name.
  const noted = /^([^:,;()]{1,40}?)(?:\s*:|\s+[-–~])\s+([^,;]{1,120})$/.exec(text);
  if (noted) {
    const named = index.resolve(noted[1]!);
    // Words in lower case say how well; capitalised ones may list its parts ("Jetpack: Navigation Paging").
    if (named && !CONCEPT_KINDS.has(named.tech.category) && /\b\p{Ll}{3,}/u.test(noted[2]!)) return at(noted[1]!, named);
    // "Selenium - Python", "PhantomJS - Node": a tool, then the language it was used from.
    const from = named ? index.resolve(noted[2]!.trim()) : undefined;
    if (named && !CONCEPT_KINDS.has(named.tech.category) && from && from.tech !== named.tech && (from.tech.category === 'language' || from.tech.name === 'Node.js')) return at(noted[1]!, named);
    const one = named && !CONCEPT_KINDS.has(named.tech.category) ? undefined : index.resolve(noted[2]!.trim());
    if (one && (one.status === 'canonical' || one.status === 'short')) return { resolution: one };
    // "Code management - Github": a name written otherwise after the label is judged, and fixed, where it is written.
    const name = noted[2]!.trim();
    if (one && one.status === 'variant' && !CONCEPT_KINDS.has(one.tech.category)) return { resolution: one, tool: { offset: text.lastIndexOf(name), length: name.length } };
  }
  // "Terraform & Infrastructure as Code", "Kubernetes & container orchestration", "Docker / Containerization": a name
  // and the practice it serves.
  const served = /^([^&,;()/]{1,40}?)\s*[&/]\s*([^&,;()/]{3,60})$/.exec(text);
  if (served) {
    const named = index.resolve(served[1]!);
    const practice = index.resolve(served[2]!);
    // After a slash, only a practice ("Docker / Containerization"): "Swagger / OpenAPI", "gtest/gmock" are two names.
    const slashed = text.slice(served[1]!.length).trimStart().startsWith('/');
    const phrase = practice ? (slashed ? practice.tech.category === 'methodology' : CONCEPT_KINDS.has(practice.tech.category)) : slashed ? workOrKind(index, served[2]!) : /^\p{Ll}[\p{Ll}\s-]+$/u.test(served[2]!);
    // Not "SOPs & knowledge base": an acronym's plural is no name in capitals (SOPS).
    const plural = /^\p{Lu}{2,}s$/u.test(served[1]!.trim()) && named?.status === 'variant';
    if (named && !plural && !CONCEPT_KINDS.has(named.tech.category) && phrase) return at(served[1]!, named);
  }
  // "ES6+", "Windows XP+": a version and the later ones.
  const later = /^(.{2,40}[^+\s])\+$/.exec(text)?.[1];
  const andLater = later === undefined ? undefined : readKeywordHead(index, later);
  if (andLater) return { resolution: andLater.resolution, head: andLater.head ?? later!.length };
  // "advanced SQL", "modern C++": how well, before the name.
  const plain = /^(?:advanced|basic|intermediate|expert|proficient|strong|modern|solid)\s+(.{1,40})$/i.exec(text)?.[1];
  const plainly = plain === undefined ? undefined : index.resolve(plain);
  if (plainly) return { resolution: plainly };
  // "a bit of DirectX 11", "familiar with Rust": how much, before a keyword read as any other.
  const some = /^(?:a bit of|some|familiar with|familiarity with)\s+(.{1,40})$/i.exec(text)?.[1];
  const somewhat = some === undefined ? undefined : readKeyword(index, some);
  if (somewhat) return { resolution: somewhat };
  // "observability with Grafana": a practice and the tool it was done with.
  const done = /^(.+?)\s+(?:with|using|via|in)\s+(.{1,40})$/.exec(text);
  if (done && index.resolve(done[1]!)?.tech.category === 'methodology') {
    const resolution = index.resolve(done[2]!);
    if (resolution && !CONCEPT_KINDS.has(resolution.tech.category)) return { resolution };
  }
  // "RSpec for Ruby on Rails", "ARKit for iOS", "C++ for Embedded Software": a name, then what it was used for.
  const used = /^(.{2,40}?)\s+for\s+(.{2,60})$/.exec(text);
  const forWhat = used ? readKeywordHead(index, used[1]!) : undefined;
  if (used && forWhat && !CONCEPT_KINDS.has(forWhat.resolution.tech.category)) return { resolution: forWhat.resolution, head: forWhat.head ?? used[1]!.length };
  // "Dagger/Dagger2", "Golang/Go": one technology under two of its names.
  if (slashPair(text)) {
    const reads = text.split(/[/|]/).map((part) => (part.trim() ? readKeyword(index, part.trim()) : undefined));
    if (reads.every((read) => read && read.tech === reads[0]!.tech)) return { resolution: reads[0]! };
  }
  // "Cisco Catalyst 9000 series", "Nexus 7000 Series": a model number and the word for a range of models.
  const series = /^(.{3,}?\s\d[\w-]*)\s+series$/i.exec(text)?.[1];
  const ofSeries = series === undefined ? undefined : readKeywordHead(index, series);
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
  // "R Programming", "C language", "C Programming Language": a language whose name is one letter, and the words for
  // what it is.
  const letter = /^(\p{Lu}) (?:Programming(?: [Ll]anguage)?|[Ll]anguage)$/u.exec(text)?.[1];
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
  const described = /^(.+?)(?: (?:\p{Ll}[\p{Ll}-]*|Toolchains?|Monorepos?|GUI|Rendering|Solutions?|Engine|Editor|Internals|Systems?|Browsers?|Apps?|Applications?|Desktop|Plugins?|Modules?|Toolkit|Ecosystem|Configuration|Scripts?|Clients?|Components?|Platform|Suite|Framework|Library|APIs?|SDKs?|Server|Development|Workflows?|Services?)){1,3}$/u.exec(text)?.[1];
  if (described && described.length >= 3 && /[\p{Lu}\d]/u.test(described)) {
    const rest = text.slice(described.length).trim().split(/\s+/);
    const resolution = index.resolve(described);
    const ownNames = rest[0] === 'and' || rest.some((word) => {
      const named = index.resolve(word);
      return named !== undefined && !CONCEPT_KINDS.has(named.tech.category);
    });
    // "Basic test equipment": a word written otherwise than a name is the word.
    const word = resolution?.status === 'variant' && ORDINARY_WORDS.has(described.toLowerCase());
    if (resolution && !ownNames && !word && resolution.tech.name.length >= 3 && !CONCEPT_KINDS.has(resolution.tech.category) && resolution.tech.category !== 'company') return at(described, resolution.status === 'variant' ? resolution : { ...resolution, status: 'short' });
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
  const model = sized === undefined ? undefined : readKeywordHead(index, sized);
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
  const vendorVersioned = versioned !== undefined && VENDOR_PREFIX.test(versioned) && !index.resolve(versioned) ? readKeywordHead(index, versioned) : undefined;
  if (vendorVersioned) return { resolution: vendorVersioned.resolution, head: vendorVersioned.head ?? versioned!.length };
  // "Swift 3/4", "Oracle 9i/10g/11g", "Java 8 to 21+", "JavaScript ES6/7": the name at its first version.
  const first = text.length <= 60 ? VERSIONS.exec(text)?.[1] : undefined;
  if (first) {
    const read = readKeywordHead(index, first);
    if (read) return { resolution: read.resolution, head: read.head ?? first.length };
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
  // Otherwise only a name that carries the vendor itself, so that a fix does not write the vendor twice.
  if (!resolution || !VENDOR_PREFIX.test(resolution.tech.name)) return undefined;
  return { resolution: resolution.status === 'variant' ? resolution : { ...resolution, status: 'short' }, ...(text !== written ? { head: text.length } : {}) };
}

const VENDORLESS_KINDS: ReadonlySet<string> = new Set(['tool', 'devops', 'observability', 'database', 'data', 'framework', 'library']);

const WORK = /^(?:scripting|templating|testing|monitoring|logging|automation|containeri[sz]ation|orchestration|virtuali[sz]ation|administration|development|deployment|management|configuration|provisioning|networking|programming|integration|documentation)$/i;

/**
 * After a slash, what the name was used for rather than another name: words of what was done, capitalised as a title
 * and ending in the work ("HTML/Web Development", "Jekyll/Static Site Building"), or the kind, field or layer it is of
 * ("ReactJS / Frontend", "WordPress/CMS", "MySQL / Relational DBs"); none of the words a name.
 */
function workOrKind(index: TechIndex, text: string): boolean {
  const words = text.trim().split(/[\s-]+/);
  // Not "ELK/EFK Stack": a word in capitals that names no kind may be a name the vocabulary does not know.
  if (words.length > 3 || words.some((word) => index.resolve(word) || (/^\p{Lu}{2,}/u.test(word) && !namedForField(word) && kindsNamed(word).length === 0))) return false;
  const phrase = words.join(' ');
  if (kindsNamed(phrase).length > 0 || namedForField(phrase) || layerNamed(phrase) !== undefined) return true;
  // "PowerShell/Scripting": one word that names the work is the work too (not "Sparkleformation", a product).
  const work = /(?:ment|ing|tion|sion)$/.test(words[words.length - 1]!) && words.every((word) => /^\p{Lu}?\p{Ll}+$/u.test(word));
  return work && (words.length >= 2 || WORK.test(words[0]!));
}

/** A version after a name: "2", "v1.4", "3.x", "8+", Oracle's "11g", "12c" and "23ai", "18.04 LTS". */
const VERSION = String.raw`v?\d[\d.xX]*(?:[igc]|ai)?\+?(?: LTS)?`;
const VERSIONED = new RegExp(String.raw`^(.*[^\d\s.v])\s?${VERSION}$`);
const VERSIONS = new RegExp(String.raw`^(.*${VERSION})(?:\s?(?:/|-|–|to|&|and|,)\s?${VERSION})+$`);

/**
 * "Zsh; Z shell", "RHEL Red Hat Enterprise Linux": one technology under two of its names, or with what it is after a
 * semicolon. Read as the first, as written.
 */
function sameTechnology(index: TechIndex, text: string): { resolution: Resolution; head: string } | undefined {
  const parts = text.includes(';') ? [text.split(';')] : text.split(' ').length <= 8 ? text.split(' ').slice(1).map((_, i, rest) => [text.split(' ').slice(0, i + 1).join(' '), rest.slice(i).join(' ')]) : [];
  for (const candidate of parts) {
    // "JavaScript ES6+": a version of the name that says "and later".
    const resolutions = candidate.map((part) => index.resolve(part.trim()) ?? (/[^+]\+$/.test(part.trim()) ? index.resolve(part.trim().slice(0, -1)) : undefined));
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
