import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';
import type { Fix } from '../finding';
import { spanOf } from '../yaml/nodes';
import { readKeyword, slashPair } from './keywordReading';
import { yamlValue } from './resume';
import { inField, listedStandard, onlyWhereNamed } from './fields';
import { catchAll, namedForTheCraft, toolbox, kindsNamed, layerNamed, layerOf, namedForField, namedForItsField, namedForKind, namedForScripting, namedForTesting, namesWord, nameParts, ofNamedTechnology } from './groupNames';
import type { TechEntry, TechIndex } from './vocabulary';
import { SHOWN_BY } from './vocabulary.generated';


/**
 * Where "Add <technology> to skills" puts a technology: the group a person would pick, judged by the group's name
 * ("Data stores" for Amazon Aurora, "Hardware" for NVMe even with no keywords yet) and by its keywords' categories;
 * a new group named for the category when none fits ("Monitoring" for Grafana).
 */

/** One skills entry as written: its name, its keywords (resolved) and its place. */
interface SkillGroup {
  readonly map: YAMLMap;
  /** Its name as words: an identifier ("front_end", "otherSkills") is read as "front end", "other Skills". */
  readonly name: string | undefined;
  /** Its name as written, for the fix's title. */
  readonly title: string | undefined;
  readonly categories: readonly string[];
  /** Canonical names of its keywords that name a technology. */
  readonly keywords: readonly string[];
  /** The technology its name is, when it is named for one ("Kafka", "Spring Boot"). */
  readonly named: TechEntry | undefined;
  /** The languages its name names ("C#" in "C# Unit Test", JavaScript in "CSS in JS"). */
  readonly languages: readonly string[];
  /** The languages of the frameworks its name names (Dart in "Flutter & Mobile"). */
  readonly frameworkLanguages: readonly string[];
  /** The language each of its keywords is written for, where known (JavaScript for React and Express). */
  readonly writtenIn: readonly string[];
}

// The name of a new group for a technology of that category.
const NEW_GROUP: Readonly<Record<string, string>> = {
  language: 'Languages', framework: 'Frameworks', library: 'Libraries', platform: 'Platforms', database: 'Databases',
  data: 'Data', cloud: 'Cloud', infrastructure: 'Infrastructure', observability: 'Monitoring',
  networking: 'Networking', security: 'Security', os: 'Operating systems', hardware: 'Hardware', ml: 'Machine learning',
  tool: 'Tools', standard: 'Standards',
};

// Kinds a group may mix under one name ("Cloud" with Kubernetes, "DevOps & Cloud" with RHEL or Snyk). Servers and
// storage are infrastructure but not "Infrastructure as Code", which holds the tools that write it.
const RELATED: Readonly<Record<string, readonly string[]>> = {
  devops: ['infrastructure', 'cloud', 'observability', 'tool'],
  infrastructure: ['cloud', 'os'],
  // Not the other way round: Kubernetes goes into "Cloud", but Azure is not filed under "Automation/Orchestration".
  cloud: ['infrastructure', 'platform'],
  observability: ['devops', 'tool'],
  database: ['data'],
  data: ['database', 'ml'],
  ml: ['data'],
  framework: ['platform'],
  library: ['platform'],
  platform: ['framework', 'library', 'cloud'],
  networking: ['security', 'infrastructure'],
  security: ['networking', 'devops'],
  os: ['infrastructure', 'cloud', 'devops'],
  tool: ['devops'],
};

// Groups named broadly enough that a person files other kinds under them when none is named for their own: an
// operating system or a security tool under "DevOps & Cloud", a shell under "Devops", Docker under
// "Infrastructure", a database under "Data" (not Spark under "Databases"; not an IDE under "CI/CD" or
// "Infrastructure as Code", which hold their own kind).
const FILED_UNDER: Readonly<Record<string, RegExp>> = {
  os: /\b(devops|ops)\b/i,
  security: /\b(devops|devsecops)\b/i,
  devops: /\binfrastructure\b(?!\s+as\s+code)/i,
  // Monitoring under "DevOps" or a catch-all ("Infrastructure/Other"); a group of servers and clouds alone
  // ("Infrastructure") gets a "Monitoring" group beside it.
  observability: /\b(devops|sre|other|misc\w*)\b/i,
  // Not a group for what is done with data ("Data Science", "Data Visualization").
  database: /\b(data(?!\s+(?:science|visuali[sz]ation))|analytics)\b/i,
  cloud: /\b(devops|ops)\b/i,
  // Terraform, Proxmox or nginx under "DevOps" where no group is named for their kind (blind readers: 7 lines gained, 1
  // lost over 862 resumes); not a message broker (see `score`).
  infrastructure: /\b(devops|ops)\b/i,
  // Keras and XGBoost are libraries to the person who lists them ("Libraries/Tools").
  ml: /\blibrar(y|ies)\b/i,
};

// The languages a phone's platform, or .NET, is programmed in: "Android libraries" holds no SwiftUI, "iOS Frameworks"
// no Tailwind CSS, ".NET" no Ruby.
const PLATFORM_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  Android: ['Kotlin', 'Java'],
  iOS: ['Swift', 'Objective-C'],
  '.NET': ['C#', 'F#', 'Visual Basic'],
};

const SAME_FAMILY: Readonly<Record<string, readonly string[]>> = { framework: ['library'], library: ['framework'] };

// The groups as read for a document's text: "Add to skills" is offered for every technology missing from them, and
// each offer reads the same groups. Keyed by the parsed document and checked against its text: a keystroke inside a
// value updates the same parsed document in place (incremental.ts), and a group renamed so must be read again.
const READ = new WeakMap<Document.Parsed, { index: TechIndex; text: string; groups: SkillGroup[] }>();

function skillGroups(yaml: Document.Parsed, index: TechIndex, text: string): SkillGroup[] {
  const read = READ.get(yaml);
  if (read?.index === index && read.text === text) return read.groups;
  const groups = readGroups(yaml, index);
  READ.set(yaml, { index, text, groups });
  return groups;
}

function readGroups(yaml: Document.Parsed, index: TechIndex): SkillGroup[] {
  const skills = isMap(yaml.contents) ? yaml.contents.get('skills', true) : undefined;
  if (!isSeq(skills)) return [];
  const out: SkillGroup[] = [];
  for (const item of skills.items) {
    if (!isMap(item)) continue;
    const name = item.get('name');
    const keywords = item.get('keywords', true);
    const techs = isSeq(keywords) ? keywords.items.flatMap((keyword) => (isScalar(keyword) && typeof keyword.value === 'string' ? keywordTechs(index, keyword.value) : [])) : [];
    const known = techs.filter((tech): tech is TechEntry => tech !== undefined);
    const title = typeof name === 'string' ? name : undefined;
    const groupName = title === undefined ? undefined : asWords(title);
    const named = groupName === undefined ? undefined : index.resolve(groupName.trim())?.tech;
    const wordTechs = (groupName ?? '').split(/[\s,/&()]+/).map((word) => (word.length > 0 ? (index.resolve(word) ?? index.resolveCapitals(word))?.tech : undefined));
    const languages = wordTechs.flatMap((tech) => (tech?.category === 'language' ? [tech.name] : (PLATFORM_LANGUAGES[tech?.name ?? ''] ?? [])));
    const frameworkLanguages = wordTechs.flatMap((tech) => (tech?.category === 'framework' && tech.language ? [tech.language] : []));
    const writtenIn = known.flatMap((tech) => (tech.language ? [tech.language] : []));
    out.push({ map: item, name: groupName, title, categories: known.map((tech) => tech.category), keywords: known.map((tech) => tech.name), named, languages, frameworkLanguages, writtenIn });
  }
  return out;
}

/** "front_end", "otherSkills": a name written as an identifier, read as its words ("front end", "other Skills"). */
function asWords(name: string): string {
  return /^\p{Ll}+(?:_?\p{Lu}?\p{Ll}+)+$/u.test(name) ? name.replace(/_/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2') : name;
}

/**
 * What a keyword names, as the checks read it ("Kubernetes (K8s)", "Python 3"), or each name of a pair
 * ("CloudFormation / Terraform").
 */
function keywordTechs(index: TechIndex, written: string): Array<TechEntry | undefined> {
  const whole = readKeyword(index, written.trim())?.tech;
  if (whole || !slashPair(written)) return [whole];
  return written.split(/[/|]/).map((part) => readKeyword(index, part.trim())?.tech);
}

/**
 * How well a group fits: its name says it holds the kind (1), plus the share of its keywords of the same kind,
 * counted as if one more keyword were there (one framework in a group of one is weaker evidence than six of eight).
 * A group chosen by its keywords alone needs a quarter of them to be of the kind; for a language, half (HTML and
 * CSS make a "Front End" group look like one).
 */
function score(group: SkillGroup, tech: TechEntry): number {
  // GraphQL is the language of an API, listed with APIs, web work or the back end, not among programming languages
  // (blind readers of 9 resumes of 12).
  if (API_LANGUAGES.has(tech.name) && group.name !== undefined && /\bprogramming\s+languages?\b/i.test(group.name)) return 0;
  const family = [tech.category, ...(SAME_FAMILY[tech.category] ?? [])];
  const same = group.categories.filter((category) => family.includes(category)).length;
  const share = same / (group.categories.length + 1);
  // A group named for another language holds nothing written in its own: no Mocha under "C# Unit Test".
  if (tech.language !== undefined && group.languages.length > 0 && !group.languages.includes(tech.language)) return 0;
  // Nor another language: no Ruby or Swift under ".NET", no Kotlin under "Python & Backend".
  if (tech.category === 'language' && group.languages.length > 0 && !group.languages.includes(tech.name) && !namedForKind(group.name ?? '', tech)) return 0;
  // A language in a group named for a framework written in it: Dart in "Flutter & Mobile".
  if (tech.category === 'language' && group.frameworkLanguages.includes(tech.name)) return 2 + share;
  // "SQL" holds PostgreSQL, not Cassandra or Redis; "NoSQL" holds MongoDB, not MySQL.
  if (group.name !== undefined && otherDatabases(group.name, tech)) return 0;
  const itsField = group.name !== undefined && namedForItsField(group.name, tech);
  // A language goes with the languages before its field: SQL under "Programming Languages", not "Databases" (blind
  // readers of 11 resumes of 14).
  if (tech.category === 'language' && group.name !== undefined && /\blanguages?\b/i.test(group.name) && namedForKind(group.name, tech)) return 1.95 + share / 10;
  // A group named for the language a framework is written for ("PHP" for CodeIgniter, "Python/…" for Pyramid), unless
  // the name is of a field the framework is not in ("C# Unit Test" takes no ASP.NET).
  if (group.name !== undefined && tech.language !== undefined && namesWord(group.name, tech.language) && (itsField || !namedForField(group.name))) return 2 + share;
  // A group named for the technology's field ("Blockchain" for Solana, "Infrastructure as Code" for Terraform).
  if (itsField) return 1.9 + share / 10;
  // A group named for a cloud vendor ("AWS", "Azure") holds that vendor's products, not Confluent Cloud; one named
  // for a technology holds its own ("Kafka" takes Kafka Streams, not Hadoop).
  if (group.name !== undefined && !ofVendor(group.name, tech)) return 0;
  if (ofNamedTechnology(group.named, tech) === false) return 0;
  const layer = group.name === undefined ? undefined : layerNamed(group.name);
  // "Front End" holds what runs in the browser, not Spring, Django or Express; "Back End" not React.
  if (layer !== undefined && layerOf(tech) !== undefined && layerOf(tech) !== layer) return 0;
  // "Platforms" over AWS, Linux and Kubernetes, "Platform & Reliability" over Helm and Sentry: platform engineering,
  // which holds the pipelines and the monitoring too; below a group named for their kind ("CI/CD").
  if (platformEngineering(group) && INFRASTRUCTURE.includes(tech.category) && !inField(tech.name, 'mobile')) return 0.8 + share / 10;
  // "Programming/scripting" over languages alone: programming and scripting languages, no React or Spring.
  if (group.name !== undefined && namedForScripting(group.name) && tech.category !== 'language' && group.categories.length > 0 && group.categories.every((category) => category === 'language')) return 0;
  const forKind = group.name !== undefined && namedForKind(group.name, tech);
  // "Backend QA", "Frontend Testing", "Testing Frameworks": tests, not the layer's build tools (no Maven, no Yarn) nor
  // the frameworks tested (no Rails); not a group named for testing and more ("Testing & DevOps").
  if (group.name !== undefined && namedForTesting(group.name) && (layer !== undefined || nameParts(group.name).length === 1) && !inField(tech.name, 'testing')) return 0;
  // A group named for a layer of the stack holds what is built there, of any kind: webpack and Babel in
  // "Frontend", pytest and Groovy in "Backend"; below a group named for the kind.
  if (layer !== undefined && layerOf(tech) === layer) return forKind ? 1 + share : 0.85 + share / 10;
  const near = [...family, ...(RELATED[tech.category] ?? [])];
  // A group named for a field holds that field's technologies ("Kubernetes, Docker, and containers"); others go
  // there only when no other group of their kind is at hand (Jenkins into "Automation/Orchestration" first).
  const ofAnotherField = group.name !== undefined && namedForField(group.name, tech);
  // Of a "frameworks" group and a "libraries" one, a library goes to the group named for libraries.
  const ownWord = forKind && OWN_WORD[tech.category]?.test(group.name!) === true ? 0.5 : 0;
  if (forKind) return ofAnotherField ? (1 + share) / 2 : 1 + share + ownWord;
  // A group whose name says it holds another kind ("Front End" for Python, "Web Application Firewall" for LDAP)
  // is that kind's, whatever a few of its keywords are.
  const named = group.name === undefined ? [] : kindsNamed(group.name);
  // Node.js in "Languages" beside JavaScript or TypeScript: a language's runtime, listed with the language.
  if (tech.category === 'platform' && tech.language !== undefined && !inField(tech.name, 'cms') && named.includes('language') && group.keywords.some((name) => (SAME_LANGUAGE[name] ?? name) === tech.language)) return 0.9;
  // Phones are another world: Android is not filed among server operating systems, nor under "Cloud", by kind alone.
  if (mobile(tech.name) && !group.keywords.some(mobile)) return 0;
  // A group named broadly for a kind that takes it ("DevOps & Cloud" for RHEL), before keywords; not a phone's system
  // because the group lists Fastlane, nor a message broker or queue of any kind (RabbitMQ, Amazon SQS), which a person
  // files with the application or under a group named for messaging.
  if (group.name !== undefined && FILED_UNDER[tech.category]?.test(group.name) === true && !mobile(tech.name) && !inField(tech.name, 'messaging')) return 0.75 + share / 4;
  // A language beside what is written in it in a group named for a layer, where no group is named for languages:
  // JavaScript or TypeScript in "Front End" with React (readers of 3 resumes of 3); the group with most of it first.
  const written = group.writtenIn.filter((language) => language === (SAME_LANGUAGE[tech.name] ?? tech.name)).length;
  if (tech.category === 'language' && layer !== undefined && written > 0) return 0.9 + written / (group.keywords.length + 1) / 10;
  // Three databases or more in a group named for another kind ("Infrastructure" over PostgreSQL, MongoDB and Redis): the
  // author files databases there (blind readers of 3 lines of 3; other kinds spread too widely to follow so).
  if (same >= 3 && tech.category === 'database') return share;
  if (named.some((category) => !near.includes(category))) return 0;
  // A group that lists the language a framework is written for, when none is named for frameworks (Blazor beside C#).
  if (tech.language !== undefined && group.keywords.includes(tech.language)) return 0.9 + share / 10;
  // Tools are of every trade: an IDE among issue trackers shares their kind, not their purpose.
  if (tech.category === 'tool') return 0;
  // A group named for a field ("Testing") holds that field's technologies, not a web framework because its test
  // libraries are libraries too.
  if (ofAnotherField) return 0;
  // Two of its kind already there take a third, though the group holds many more (PostgreSQL beside MongoDB and Redis
  // in a long "Experience" list): a person files it there rather than start a group (blind readers of 9 lines of 11).
  return share >= (tech.category === 'language' ? 0.5 : 0.25) || (same >= 2 && tech.category !== 'language' && !NO_NEW_GROUP.has(tech.category)) ? share : 0;
}

const API_LANGUAGES = new Set(['GraphQL']);

// The word for the kind itself, where one group name's word takes its sibling kinds too ("Frameworks" holds libraries).
const OWN_WORD: Readonly<Record<string, RegExp>> = { library: /\blibrar(?:y|ies)\b/i, framework: /\bframeworks?\b/i };

const SQL_GROUP = /^\s*(?:sql|relational(?:\s+databases)?|rdbms|sql\s+databases)\s*$/i;
const NOSQL_GROUP = /^\s*no[-\s]?sql(?:\s+databases)?\s*$/i;

/** A group named for relational databases and a NoSQL store, or the other way round. */
function otherDatabases(groupName: string, tech: TechEntry): boolean {
  return (SQL_GROUP.test(groupName) && SHOWN_BY['NoSQL']!.includes(tech.name)) || (NOSQL_GROUP.test(groupName) && SHOWN_BY['SQL']!.includes(tech.name));
}

// A language whose code the other's libraries take as their own.
const SAME_LANGUAGE: Readonly<Record<string, string>> = { TypeScript: 'JavaScript' };

// What a platform team runs: clouds, servers and their systems, pipelines, monitoring.
const INFRASTRUCTURE = ['cloud', 'infrastructure', 'devops', 'observability', 'os'];

/** A group named for platforms whose keywords are mostly what a platform team runs (not phones' systems). */
function platformEngineering(group: SkillGroup): boolean {
  if (group.name === undefined || !/\bplatforms?\b/i.test(group.name) || group.categories.length < 3) return false;
  const run = group.categories.filter((category, i) => INFRASTRUCTURE.includes(category) && !inField(group.keywords[i]!, 'mobile'));
  return run.length * 2 >= group.categories.length;
}

const VENDOR_GROUPS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^(aws|amazon web services)( services| cloud| stack)?$/i, /^(Amazon|AWS) /],
  [/^(azure|microsoft azure)( services| cloud| stack)?$/i, /^(Azure|Microsoft) /],
  [/^(gcp|google cloud( platform)?)( services| stack)?$/i, /^(Google|Cloud) /],
];

/** Whether a group named only for a cloud vendor may hold the technology: one of that vendor's, or any group. */
function ofVendor(groupName: string, tech: TechEntry): boolean {
  const vendor = VENDOR_GROUPS.find(([name]) => name.test(groupName.trim()));
  return !vendor || [tech.name, ...tech.aliases].some((name) => vendor[1].test(name));
}

function mobile(name: string): boolean {
  return inField(name, 'mobile');
}

/** Whether a technology is worth suggesting only where the skills have room for it (no new group for it). */
export function needsRoom(tech: TechEntry): boolean {
  return (NO_NEW_GROUP.has(tech.category) && !listedStandard(tech.name)) || onlyWhereNamed(tech.name);
}

/**
 * The fixes that add the technology to the skills: first where a person would, then the next likeliest group and a
 * new group, for the reader who files it otherwise; none when the skills cannot take it.
 */
export function addToSkills(text: string, yaml: Document.Parsed, index: TechIndex, tech: TechEntry): Fix[] {
  const groups = skillGroups(yaml, index, text);
  const [best, next] = ranked(groups, tech);
  const fresh = needsRoom(tech) ? undefined : newGroup(text, yaml, groups, tech);
  const fixes = best ? [addTo(text, best, tech), next && addTo(text, next, tech), fresh] : [fresh];
  return fixes.filter((fix): fix is Fix => fix !== undefined);
}

/** Whether one of the skills groups would take the technology as it is (no new group for it). */
export function fitsAGroup(text: string, yaml: Document.Parsed, index: TechIndex, tech: TechEntry): boolean {
  return ranked(skillGroups(yaml, index, text), tech).length > 0;
}

/** The groups that would take the technology, the likeliest first. */
function ranked(groups: readonly SkillGroup[], tech: TechEntry): SkillGroup[] {
  // Jira and Slack belong only in a group named for collaboration, not filed among tools.
  const scored = groups
    .filter((group) => !onlyWhereNamed(tech.name) || (group.name !== undefined && namedForItsField(group.name, tech)))
    // A format or an API's description (JSON, OpenAPI, Vulkan) only in a group named for standards, formats or protocols.
    .filter((group) => tech.category !== 'standard' || listedStandard(tech.name) || (group.name !== undefined && namedForKind(group.name, tech)))
    .map((group) => ({ group, score: score(group, tech) }))
    .filter((option) => option.score > 0);
  // A group named for nothing in particular ("Technologies"), or for tools, takes what no other group does.
  // Not one whose keywords are practices ("Software Engineering: Code review, Continuous integration"): a framework is
  // no practice.
  const fallback = needsRoom(tech) ? undefined : groups.find((group) => group.name !== undefined && !practices(group) && (catchAll(group.name) || toolbox(group.name, tech) || namedForTheCraft(group.name, tech, groups.length === 1)));
  // Skills graded by how well they are known ("Primary" and "Secondary", "Experienced in" and "Some familiarity"): what
  // the skills miss goes with the lesser, unless a group is named for its kind (blind readers of 8 resumes: 16 lines
  // gained, 6 lost over 947).
  const lesser = !needsRoom(tech) && groups.length > 1 ? groups.find((group) => group.name !== undefined && LESSER.test(group.name) && group.categories.some((category) => category !== 'methodology')) : undefined;
  if (scored.length === 0 && fallback && !lesser) scored.push({ group: fallback, score: Number.MIN_VALUE });
  const likeliest = scored.sort((a, b) => b.score - a.score).map((option) => option.group);
  return lesser && scored.every((option) => option.score < 1) ? [lesser, ...likeliest.filter((group) => group !== lesser)] : likeliest;
}

// A group named for skills known less well than the others: "Secondary", "Some familiarity", "Self-Taught".
const LESSER = /^\s*(?:(?:skills?\s+)?secondary(?:\s+(?:skills?|technolog(?:y|ies)))?|some\s+(?:familiarity|experience|knowledge)|familiar(?:ity)?(?:\s+with)?|exposure|self[- ]taught)\s*:?\s*$/i;

/** A group whose known keywords are mostly practices. */
function practices(group: SkillGroup): boolean {
  const methods = group.categories.filter((category) => category === 'methodology').length;
  return methods >= 2 && methods * 2 > group.categories.length;
}

function addTo(text: string, group: SkillGroup, tech: TechEntry): Fix | undefined {
  const title = `Add ${tech.name} to skills${group.title ? ` (${group.title})` : ''}`;
  const keywords = group.map.get('keywords', true);
  if (!isSeq(keywords)) {
    // A group with no keywords yet ("Hardware"): a keywords line after its last field.
    const last = group.map.items[group.map.items.length - 1];
    const keySpan = spanOf(group.map.items[0]?.key);
    const end = spanOf(last?.value ?? last?.key)?.[1];
    if (!keySpan || end === undefined || keywords !== undefined) return undefined;
    const indent = keySpan[0] - text.lastIndexOf('\n', keySpan[0] - 1) - 1;
    return { title, newText: `\n${' '.repeat(indent)}keywords: [${yamlValue(tech.name, true)}]`, span: [end, end] };
  }
  const value = yamlValue(tech.name, keywords.flow === true);
  const last = spanOf(keywords.items[keywords.items.length - 1]);
  if (keywords.flow) {
    const range = keywords.range;
    if (!range) return undefined;
    const close = text.lastIndexOf(']', range[1]);
    if (close < range[0]) return undefined;
    return last ? { title, newText: `, ${value}`, span: [last[1], last[1]] } : { title, newText: value, span: [close, close] };
  }
  if (!last) return undefined;
  const lineStart = text.lastIndexOf('\n', last[0] - 1) + 1;
  const dash = text.lastIndexOf('-', last[0] - 1);
  if (dash < lineStart) return undefined;
  const indent = text.slice(lineStart, dash).replace(/[^\s]/g, ' ');
  const newline = text.indexOf('\n', last[1]);
  const crlf = newline > 0 && text[newline - 1] === '\r';
  const at = newline < 0 ? text.length : crlf ? newline - 1 : newline;
  return { title, newText: `${crlf ? '\r\n' : '\n'}${indent}- ${value}`, span: [at, at] };
}

// Formats, standards and hardware are listed where a resume already has room for them; no one starts a group for one.
const NO_NEW_GROUP = new Set(['standard', 'hardware']);

/** A CI server starts "CI/CD", a container platform "Containers", the other DevOps tools "DevOps". */
function devopsGroup(tech: TechEntry): string {
  return inField(tech.name, 'ci/cd') ? 'CI/CD' : inField(tech.name, 'containers') ? 'Containers' : 'DevOps';
}

/**
 * A new group after the last one, in block style: `- name: Monitoring` / `  keywords: [Grafana]`. iOS and Android start
 * "Mobile": who builds for them files them with mobile work, not with operating systems (readers of three resumes).
 */
function newGroup(text: string, yaml: Document.Parsed, groups: readonly SkillGroup[], tech: TechEntry): Fix | undefined {
  const name = needsRoom(tech) ? undefined : tech.category === 'standard' ? (inField(tech.name, 'ai') ? 'AI' : 'Standards') : tech.category === 'devops' ? devopsGroup(tech) : tech.category === 'os' && mobile(tech.name) ? 'Mobile' : NEW_GROUP[tech.category];
  const skills = isMap(yaml.contents) ? yaml.contents.get('skills', true) : undefined;
  const last = groups[groups.length - 1];
  // No second "Libraries" beside the author's "libraries".
  if (!name || groups.some((group) => group.name?.trim().toLowerCase() === name.toLowerCase())) return undefined;
  if (!isSeq(skills) || skills.flow || !last || last.map.flow) return undefined;
  const firstKey = spanOf(last.map.items[0]?.key);
  const end = spanOf(last.map)?.[1];
  if (!firstKey || end === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', firstKey[0] - 1) + 1;
  const dash = text.lastIndexOf('-', firstKey[0] - 1);
  if (dash < lineStart) return undefined;
  const dashIndent = ' '.repeat(dash - lineStart);
  const keyIndent = ' '.repeat(firstKey[0] - lineStart);
  const lineEnd = text.slice(0, end).trimEnd().length;
  const newText = `\n${dashIndent}- name: ${yamlValue(name, false)}\n${keyIndent}keywords: [${yamlValue(tech.name, true)}]`;
  return { title: `Add ${tech.name} to a new skills group "${name}"`, newText, span: [lineEnd, lineEnd] };
}
