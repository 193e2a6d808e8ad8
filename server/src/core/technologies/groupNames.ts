import { CLOUDS } from './clouds';
import { fieldsOf, inField } from './fields';
import { DOMAINS } from './vocabulary.generated';
import type { TechEntry } from './vocabulary';

/**
 * What a skills group's name says it holds: kinds of technology ("Databases", "DevOps Tools"), a field of work
 * ("Blockchain", "Containerization"), a layer of the stack ("Frontend"), one technology ("Kafka") or anything
 * ("Technologies", "Other").
 */

// Words of a group's name that say what it holds, by category.
const LIBRARIES = /\b(frameworks?|librar(y|ies)|back[- ]?end|front[- ]?end|web|stack)\b/i;
export const NAME_WORDS: Readonly<Record<string, RegExp>> = {
  // Not "scripting": a "Bash/Shell Scripting" group is for shells, not for Go.
  language: /\b(languages?|programming)\b/i,
  framework: LIBRARIES,
  library: LIBRARIES,
  platform: /\b(platforms?|runtimes?|frameworks?|back[- ]?end)\b/i,
  database: /\b(databases?|data ?stores?|datastores?|storages?|persistence|db|sql|nosql)\b/i,
  data: /\b(data|analytics|etl|big data|bi)\b/i,
  cloud: /\b(cloud|aws|azure|gcp)\b/i,
  // "Infrastructure as Code" holds the tools that write it (Ansible, Argo CD), not storage or mail servers.
  infrastructure: /\b(infrastructure(?!\s+as\s+code)|cloud|servers?)\b/i,
  devops: /\b(devops|ops|ci\s*\/\s*cd|ci|cd|continuous|containers?|containeri[sz]ation|orchestration|automation|deploy(?:ments?)?|releases?|as\s+code|iac)\b/i,
  observability: /\b(monitoring|observability|logging|telemetry|alerting)\b/i,
  networking: /\b(network(ing|s)?|protocols?)\b/i,
  security: /\b(security|identity|auth\w*|cyber\w*|penetration|pentest\w*|forensics)\b/i,
  // "Platforms" lists platforms; "Platform and Delivery" is platform engineering.
  os: /\b(operating systems?|os|platforms)\b/i,
  hardware: /\b(hardware|embedded|devices?|electronics|firmware)\b/i,
  ml: /\b(ml|ai|machine learning|data science|deep learning)\b/i,
  tool: /\b(tools?|tooling|misc\w*|utilities)\b/i,
  standard: /\b(standards?|protocols?|formats?|specifications?)\b/i,
};

// Groups named for nothing in particular take what no other group does ("Technologies", "Tools & Technologies", "Hard
// Skills" beside the soft ones).
// Not "Other" or "Misc": readers keep those for the odd tool, and start a group for a kind of their own; "Others" and
// "More" hold the rest of one's skills (blind readers of 3 resumes: 6 lines gained, 3 lost over 947). "Current stack" and
// "Technical Stack" hold one's stack, whatever its kinds (12 lines gained, 4 lost over 986).
const CATCH_ALL = /^\s*(technolog(y|ies)|tech|(?:(?:current|technical|technology|tech)\s+)?stack|skills|hard( skills)?|buzzwords|technical(\s*skills)?|(?:secondary|additional)\s+skills|general|others|more|tools\s*(&|and)\s*technologies|technologies\s*(&|and)\s*tools|技能|技术栈(和工具)?|技術|スキル)\s*$/i;

// "Other Skills", "Other proficiencies", "Other Technical Expertise", "VCS and other": the rest of one's skills, named
// so (not "Other" alone, which readers keep for the odd tool). "Secondary skills" and "Additional Skills" (in
// CATCH_ALL) are that too; not "Primary" or "Core skills", which readers keep for the author's main stack.
const OTHER_SKILLS = /^\s*(?:main\s+)?other\s+(?:skills|technolog(?:y|ies)|technical\b|proficienc(?:y|ies)|knowledge|expertise)|\band\s+others?\s*$/i;

export function catchAll(groupName: string): boolean {
  // "Tools, Technologies & Languages": a name that lists technologies in general among its parts.
  return CATCH_ALL.test(groupName) || OTHER_SKILLS.test(groupName) || softwareAmong(groupName);
}

/**
 * "Tools, Technologies & Languages", "Software & Tools", "Language, Software, and Operating System Proficiencies": a
 * name that lists technologies or software in general among its parts. "Software" alone is the craft's (below).
 */
function softwareAmong(groupName: string): boolean {
  const parts = nameParts(groupName).map((part) => part.trim()).filter((part) => part.length > 0);
  return parts.some((part) => /^(?:technolog(?:y|ies)|tech)$/i.test(part) || (parts.length > 1 && /^software$/i.test(part)));
}

// A group named for the craft as a whole ("Software Development", "Engineering", "Software", "Developer") takes what one
// programs with when no group is named for its kind, and anything when it is the only group; beside groups for
// other kinds, readers start a group for monitoring or a phone's system rather than file it there.
const THE_CRAFT = /^\s*(?:software\s+)?(?:development|developement|engineering)\s*$|^\s*(?:developer|software)\s*$/i;

// The only group, when named for no kind or field ("Core Skills", "Technical Stack", "tags"), is where the author lists
// everything, and where a person adds what is missing rather than start a second group (beside an "Android libraries"
// group, readers start another rather than file iOS under "Core Skills").
export function namedForTheCraft(groupName: string, tech: TechEntry, only: boolean): boolean {
  return (THE_CRAFT.test(groupName) && (only || programmedWith(tech))) || (only && kindsNamed(groupName).length === 0 && !namedForField(groupName));
}

// A group named only for tools ("Tools", "Tooling", "Toolbox", "Dev Tools") holds what one works with but does not
// write code in: readers file Docker, Grafana, Airflow, MLflow or a database (InfluxDB, Redis: 5 more lines right, 2 fewer wrong
// over 1,100 resumes) there when no group is named for their kind; not an API one's code calls (OpenAI API).
const TOOLBOX = /^\s*(?:(?:dev|development|developer|other)\s+)?(?:tools?|tooling|toolbox|toolkit)\s*$/i;
const TOOLBOX_KINDS = new Set(['tool', 'devops', 'observability', 'data', 'ml', 'cloud', 'database']);

export function toolbox(groupName: string, tech: TechEntry): boolean {
  return nameParts(groupName).some((part) => TOOLBOX.test(part.replace(/^\s*recent\s+/i, ''))) && TOOLBOX_KINDS.has(tech.category) && !/ (API|SDK)$/.test(tech.name) && !bigCloud(tech);
}

/** AWS, Azure or Google Cloud: a "Cloud" group's, not a toolbox's as Heroku is (blind readers of 6 resumes). */
function bigCloud(tech: TechEntry): boolean {
  return CLOUDS.some(({ name }) => name === tech.name);
}

// Kinds a qualifier lets its head hold too: "DevOps Tools" holds Git, "AI Tooling" holds no build tool.
const QUALIFIED_RELATED: Readonly<Record<string, readonly string[]>> = {
  devops: ['infrastructure', 'cloud', 'observability', 'tool'],
  cloud: ['platform', 'infrastructure', 'devops'],
  data: ['database', 'tool'],
  security: ['tool', 'networking'],
  observability: ['tool'],
  framework: ['library', 'platform'],
  library: ['framework', 'platform'],
  language: [],
};

/** A group's name in its parts, joined by "&", "/", ",", "+" or "and" ("Languages & Frameworks"). */
export function nameParts(groupName: string): string[] {
  return groupName.split(/\s*(?:[&,+/]|\band\b)\s*/i);
}

/** "Programming/scripting", "Scripting & Programming": a name for programming and scripting languages. */
export function namedForScripting(groupName: string): boolean {
  const parts = nameParts(groupName.trim()).map((part) => part.toLowerCase());
  return parts.length === 2 && parts.includes('programming') && parts.includes('scripting');
}

/**
 * Whether the group's name says it holds the technology's kind. A part of the name that qualifies its last word
 * ("AI Tooling", "Container Runtimes", "DevOps Tools") holds the qualifier's kinds, not every tool or runtime;
 * parts joined by "&", "/", "," or "and" each count ("Languages & Frameworks").
 */
export function namedForKind(groupName: string, tech: TechEntry): boolean {
  return nameParts(groupName).some((part) => {
    // "Programming" alone holds what one programs with: languages and their frameworks, libraries and runtimes.
    if (/^\s*programming\s*$/i.test(part)) return programmedWith(tech);
    const words = part.trim().split(/\s+/);
    const head = words[words.length - 1] ?? '';
    const qualifier = words.slice(0, -1).join(' ');
    const headKinds = kindsNamed(head);
    // "Hardware Description Languages", "Query Languages": the qualifier says which languages, and they are all the
    // group holds (not I2C under hardware).
    if (/^languages?$/i.test(head) && words.length > 1) return tech.category === 'language';
    const qualifierKinds = qualifier && headKinds.length > 0 ? kindsNamed(qualifier).filter((kind) => !headKinds.includes(kind)) : [];
    if (qualifierKinds.length === 0) return NAME_WORDS[tech.category]?.test(part) === true;
    const held = [...qualifierKinds, ...headKinds.filter((kind) => qualifierKinds.some((q) => related(q, qualifier).includes(kind)))];
    return held.includes(tech.category);
  });
}

/**
 * The kinds a qualifier lets its head hold: "DevOps Tools" holds Git, as the practice spans every tool; "Continuous
 * Integration Tools" or "Deployment Tools" hold the pipelines' own, not Babel or ESLint.
 */
function related(kind: string, qualifier: string): readonly string[] {
  const kinds = QUALIFIED_RELATED[kind] ?? [];
  return kind === 'devops' && !/\b(devops|ops)\b/i.test(qualifier) ? kinds.filter((other) => other !== 'tool') : kinds;
}

const PROGRAMMING = ['language', 'framework', 'library'];

/**
 * What one programs with: a language, a framework or library, or a platform code is written for (Node.js, .NET, the
 * Android SDK); not VMware, Supabase or OpenStack, platforms one runs or uses.
 */
function programmedWith(tech: TechEntry): boolean {
  return PROGRAMMING.includes(tech.category) || (tech.category === 'platform' && !inField(tech.name, 'cms') && (tech.language !== undefined || /(?:^\.NET|\bSDK)\b/.test(tech.name)));
}

/** The kinds a name's words say a group holds. */
export function kindsNamed(text: string): string[] {
  return Object.entries(NAME_WORDS).filter(([, words]) => words.test(text)).map(([category]) => category);
}

/**
 * A group named for one technology ("Kafka", "Spring Boot", "PostgreSQL") holds that technology's own: its parts
 * (Kafka Streams) and what is written in it (Maven under "Java"), not Hadoop; undefined for a group named
 * otherwise, or for an operating system or a cloud, whose groups hold their world (Debian under "Linux").
 */
export function ofNamedTechnology(named: TechEntry | undefined, tech: TechEntry): boolean | undefined {
  if (!named || ['os', 'cloud', 'company', 'methodology', 'platform'].includes(named.category)) return undefined;
  if (named === tech || tech.language === named.name) return true;
  const starts = [named.name, ...named.aliases].map((name) => `${name} `);
  return [tech.name, ...tech.aliases].some((name) => starts.some((start) => name.startsWith(start)));
}

const SERVER_LANGUAGES = new Set(['Java', 'Kotlin', 'Scala', 'Groovy', 'Python', 'Ruby', 'PHP', 'Go', 'Rust', 'C#', 'Elixir', 'Erlang']);
const BROWSER_LANGUAGES = new Set(['JavaScript', 'TypeScript']);
const PAGE_LANGUAGES = new Set(['HTML', 'CSS', 'Sass', 'Less']);
export type Layer = 'front' | 'back';

/** The layer of the stack a group is named for ("Front-End", "Backend & APIs"), if one alone. */
export function layerNamed(groupName: string): Layer | undefined {
  const front = /\b(front[- ]?end|client[- ]side|web)\b/i.test(groupName) && !/\bweb\s+(servers?|services?|security)\b/i.test(groupName);
  const back = /\b(back[- ]?end|server[- ]side)\b/i.test(groupName);
  return front === back ? undefined : front ? 'front' : 'back';
}

/**
 * Where a technology runs: server languages and what is written in them on the back end, with what the back-end
 * field names (Express, Kafka); the browser languages' libraries and tools on the front end (React, webpack).
 */
export function layerOf(tech: TechEntry): Layer | undefined {
  if (SERVER_LANGUAGES.has(tech.name) || (tech.language !== undefined && SERVER_LANGUAGES.has(tech.language))) return 'back';
  if (inField(tech.name, 'backend')) return 'back';
  if (tech.language !== undefined && BROWSER_LANGUAGES.has(tech.language)) return 'front';
  if (PAGE_LANGUAGES.has(tech.name)) return 'front';
  // Data stores are the back end's: MongoDB under "Back End", never "Front End".
  if (tech.category === 'database') return 'back';
  return undefined;
}

/** Whether a group is named for a field the technology works in ("Blockchain" for Solana). */
export function namedForItsField(groupName: string, tech: TechEntry): boolean {
  // "Hardware Description Languages": the languages of the field its first words name, nothing else of that field.
  if (tech.category !== 'language' && /^\s*[^&,/]+?\s+languages?\s*$/i.test(groupName) && !/\b(?:and|programming|coding|scripting|software|development)\b/i.test(groupName)) return false;
  if (fieldsOf(tech.name).some((words) => words.some((word) => namesWord(groupName, word)))) return true;
  // A field whose kind the technology is: SQLite under "Databases", as Snowflake is by name.
  return DOMAINS.some((domain) => domain.kinds?.includes(tech.category) === true && domain.words.some((word) => namesWord(groupName, word)));
}

/**
 * Whether a group's name is that of a field of work ("Containerization", "Blockchain", "Testing"); given a technology,
 * a field other than its kind: "DevOps" names the field that files Bash and Git under it, and Jenkins's own kind.
 */
export function namedForField(groupName: string, tech?: TechEntry): boolean {
  const kind = tech === undefined ? undefined : NAME_WORDS[tech.category];
  return DOMAINS.some((domain) => !(kind && domain.words.every((word) => kind.test(word))) && domain.words.some((word) => namesWord(groupName, word)));
}

/** Whether a group's name is that of testing ("Backend QA", "Frontend Testing"), by the testing field's words. */
export function namedForTesting(groupName: string): boolean {
  return DOMAINS.some((domain) => domain.words.includes('testing') && domain.words.some((word) => namesWord(groupName, word)));
}

export function namesWord(text: string, word: string): boolean {
  const at = text.toLowerCase().indexOf(word.toLowerCase());
  if (at < 0) return false;
  const around = /[\p{L}\p{N}+#]/u;
  // "Web Services", "Amazon Web Services", "Web Servers": the word names the services or servers, not the field of
  // the web (where HTML and CSS go).
  if (/^web$/i.test(word) && /^\s+(?:services?|servers?)\b/i.test(text.slice(at + word.length))) return false;
  // "Mobile Security", "Cloud Security": the security of that field, not the field (where Glide and Crashlytics go).
  if (/^\s+security\b/i.test(text.slice(at + word.length))) return false;
  return !around.test(text[at - 1] ?? '') && !around.test(text[at + word.length] ?? '');
}

