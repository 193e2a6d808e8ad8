import type { Caches } from '../../caches';
import { TechCodes } from '../../technologies/codes';
import { CLOUDS, SERVICE_KINDS, cloudOf } from '../../technologies/clouds';
import { inField, sameFields } from '../../technologies/fields';
import { addToSkills, fitsAGroup, needsRoom } from '../../technologies/groups';
import { caseFree } from '../../technologies/policy';
import type { Mention } from '../../technologies/prose';
import { leftBehind, onlyMentioned, surroundingsOf } from '../../technologies/mentioned';
import { latestWork, longAgo } from '../../technologies/recent';
import { readKeyword } from '../../technologies/keywordReading';
import { listedReadings, meantKeyword, nameSpan, readingOf, resumeTechnologies, valueAt, type ResumeTechnologies } from '../../technologies/resume';
import { meantInProse } from '../../technologies/typos';
import { collectWriting } from '../../writing/bullets';
import type { TechEntry } from '../../technologies/vocabulary';
import { NICHE_RANK, SUITES } from '../../technologies/vocabulary.generated';
import type { Rule } from '../rule';

// Profiles and sites ("on GitHub", "on LinkedIn") are where work is shown, practices ("Agile", "microservices")
// describe how, and a company (Intel, Oracle the vendor) is whom one worked with: none is a skill listed by name.
const NOT_SKILLS = new Set(['network', 'methodology', 'company']);
// Protocols and formats written in lower case are the common nouns ("over websockets", "epub books").
const CONCEPTS = new Set(['standard', 'networking']);

/**
 * A technology a bullet, summary or description names that no skills group lists: readers and applicant-tracking
 * systems look for it in the skills. Reported once, at its first mention; only when the resume has skills with
 * keywords; not when a broader keyword of the same kind already covers it (AWS lists Amazon EC2).
 */
export const notInSkills: Rule = {
  id: TechCodes.notInSkills,
  *check(context) {
    const found = resumeTechnologies(context);
    const skills = found.groups.filter((group) => group.section === 'skills');
    if (skills.every((group) => group.keywords.length === 0)) return;
    const listed = listedSkills(found, context.caches);
    // "Oracle" in a bullet where the skills list "Oracle 9i/10g/11g": what the author names alike is the one thing,
    // whichever product the sentence around it reads it as.
    const written = new Set(found.groups.filter((group) => group.section === 'skills').flatMap((group) => group.keywords).map((keyword) => writtenHead(keyword.text)));
    const reported = new Set<TechEntry>();
    const listsBrowsers = skills.some((group) => group.keywords.some((keyword) => keyword.resolution !== undefined && browser(keyword.resolution.tech)));
    const around = surroundingsOf(context, found);
    const used: Array<{ tech: TechEntry; span: [number, number]; left?: boolean }> = [];
    const entries = collectWriting(context).entries;
    const latest = latestWork(entries);
    const past = longAgo(entries);
    // Named in a summary, a headline or one of the two latest roles: what the author works with now.
    const current = new Set<TechEntry>();
    // Named anywhere but in work that ended long ago: what may still be one of the author's skills.
    const lately = new Set<TechEntry>();
    // Every technology the text names, listed or not.
    const mentioned = new Set<TechEntry>();
    let slips = 300;
    for (const text of [...found.bullets, ...found.prose]) {
      if (around.descriptions.some(([from, to]) => text.span(0, 0)[0] >= from && text.span(0, 0)[0] <= to)) continue;
      const reading = readingOf(found, text);
      const mentions = reading.mentions;
      const use = (tech: TechEntry, start: number, end: number, left = false): void => {
        used.push({ tech, span: text.span(start, end), left });
        if (text.kind === 'prose' || (text.entry !== undefined && latest.has(text.entry))) current.add(tech);
        if (text.entry === undefined || !past.has(text.entry)) lately.add(tech);
      };
      for (const mention of mentions) {
        if (!mention.ordinary) mentioned.add(mention.resolution.tech);
        if (!suggested(mention) || protocol(mention.resolution.tech) || (browser(mention.resolution.tech) && !listsBrowsers) || written.has(writtenHead(mention.written)) || onlyMentioned(found, text, mention, mentions, around)) continue;
        use(mention.resolution.tech, mention.start, mention.end, leftBehind(text.text, mention, mentions));
      }
      // "Introduced SonarCube's metrics": a name misspelt in a sentence is the one its tech-name fix writes.
      for (const { word, at } of reading.unread) {
        const tech = slips-- > 0 ? meantInProse(found.index, context.caches, word) : undefined;
        if (tech && worthListing(tech)) use(tech, at, at + word.length);
      }
    }
    // A project's keywords are the stack it was built with, a misspelt one too ("Twillio": its fix writes Twilio).
    for (const group of found.groups) {
      if (group.section !== 'projects') continue;
      // A project that ended long before the latest work is history, as such a role is.
      const old = entries.some((entry) => entry.section === 'projects' && entry.index === group.index && past.has(entry));
      for (const keyword of group.keywords) {
        // "Python (PyTorch, scikit-learn, pandas)": the names it lists too.
        const at = keyword.head !== undefined ? valueAt(keyword, context.doc.text) : undefined;
        const listedToo = at === undefined ? [] : listedReadings(found.index, keyword).map(({ text, offset, resolution }) => ({ tech: resolution?.tech, span: [at + offset, at + offset + text.length] as [number, number] }));
        const head = keyword.head !== undefined ? nameSpan(keyword, context.doc.text, keyword.head) : keyword.span;
        for (const { tech, span } of [{ tech: keyword.resolution?.tech ?? meantKeyword(found, context.caches, keyword), span: head }, ...listedToo]) {
          if (!tech || !worthListing(tech)) continue;
          used.push({ tech, span });
          if (!old) lately.add(tech);
        }
      }
    }
    // A cloud the bullets name that the skills do not list is said once: added, it covers its services.
    const coming = new Set([...listed, ...used.map(({ tech }) => tech.name).filter((name) => FAMILIES.some(({ family, saidForMembers }) => saidForMembers && family === name))]);
    // Worth offering: not listed, not covered by what is or will be, not history.
    const offered = new Set(used.map(({ tech }) => tech).filter((tech) => !listed.has(tech.name) && !covered(tech, found, coming) && !history(tech, current, lately)));
    const cloudOf = rolledUp([...offered], found, coming);
    // How many times the text names each technology, and how many of those as what a change left behind.
    const times = new Map<TechEntry, number>();
    const left = new Map<TechEntry, number>();
    for (const { tech, left: behind } of used) {
      times.set(tech, (times.get(tech) ?? 0) + 1);
      if (behind) left.set(tech, (left.get(tech) ?? 0) + 1);
    }
    // A resume that names many technologies names some in passing.
    const many = mentioned.size >= MANY;
    for (const { tech: named, span } of used) {
      // "S3, SQS and EKS" where no skills group lists AWS: a person adds AWS, once.
      const rolled = cloudOf.get(named);
      const tech = rolled?.cloud ?? named;
      if (!offered.has(named) || reported.has(tech)) continue;
      // Named once in a resume that names fifteen technologies or more, one beyond the most used is a detail of that
      // work: readers listed 25% of those that needed a new group and 34% of the niche ones (blind, 500 resumes). It is
      // offered only where a group already fits it, and a niche one not at all. Named twice, it is the author's; in a
      // short resume, every name counts (the team's skills-groups resume: Alertmanager, Buildkite, BGP).
      const once = (times.get(named) ?? 0) <= 1 && many;
      // Named among many only as what a change left behind ("from Bamboo to GitLab", "a legacy Perl service"): blind
      // readers listed 8 of 38. In a short resume it is the author's all the same ("Replaced Jenkins with Buildkite":
      // the team's skills-groups resume).
      if (many && left.get(named) === times.get(named)) continue;
      if (once && tech.rank >= NICHE_RANK) continue;
      if (once && tech.rank >= WIDELY_USED && !fitsAGroup(context.doc.text, context.doc.yaml, found.index, tech)) continue;
      reported.add(tech);
      const [start, end] = span;
      const fixes = addToSkills(context.doc.text, context.doc.yaml, found.index, tech);
      // JSON or a GPU is worth listing where the skills have room for it; nobody starts a group for one.
      if (fixes.length === 0 && needsRoom(tech)) continue;
      yield {
        code: TechCodes.notInSkills,
        // Readers agreed with 67% of it for the most used technologies, 37% for the rest (judged as shown, ten sets):
        // the Problems panel lists the first; the rest is a hint at its place.
        severity: tech.rank < WIDELY_USED ? 'information' : 'hint',
        message: rolled ? `${named.name} and ${rolled.services - 1} more ${tech.name} services are named, but no skills group lists ${tech.name}.` : `${tech.name} is named here but in no skills group.`,
        start,
        end,
        canonical: tech.name,
        ...(fixes.length ? { fixes } : {}),
      };
    }
  },
};

/** A name as written, without its versions: "Oracle 9i/10g/11g" and "Oracle" are "oracle". */
function writtenHead(text: string): string {
  return text.trim().replace(/(?:\s+v?\d[\w.+/-]*)+$/, '').toLowerCase();
}

// A resume whose text names this many technologies or more names some in passing.
const MANY = 15;

// Among the two hundred most used technologies (the vocabulary's ranking), a name is one most readers list.
const WIDELY_USED = 200;

/**
 * A niche technology named only in older roles or projects is history, not one of today's skills: judged by hand,
 * readers listed 6 of 28 such (an emulator's SDK in a 2012 role, a CMS from a first job). Any technology named only
 * in work that ended long ago is too (`longAgo`: not named `lately`).
 */
function history(tech: TechEntry, current: ReadonlySet<TechEntry>, lately: ReadonlySet<TechEntry>): boolean {
  return !lately.has(tech) || (tech.rank >= NICHE_RANK && !current.has(tech));
}

/**
 * Not an ordinary word, half of a pair, or what is no skill; nor a name by a former name ("TFS" in a 2011 role, "Zend
 * Framework") unless the name is in it ("Twitter Bootstrap"): the work is of those years, and the product under today's name is not what the author used (readers
 * wanted 2 of 11 such lines).
 */
function suggested(mention: Mention): boolean {
  const tech = mention.resolution.tech;
  // "Twitter Bootstrap" is Bootstrap by its name of those years: the same product, its name kept.
  const renamed = mention.resolution.status === 'former' && !mention.written.split(/\s+/).includes(tech.name);
  if (mention.ordinary || mention.inPair || renamed || !worthListing(tech)) return false;
  return !(CONCEPTS.has(tech.category) && mention.written === mention.written.toLowerCase());
}

/**
 * A protocol every networked program speaks ("TLS", "mTLS", "HTTP", "VPN", "Server-Sent Events"): how a product talks, not a skill one
 * lists for having used it, even where the skills list protocols. Readers wanted none of 10 such lines, nor any of 9
 * where the skills list protocols (over 1,024 resumes); a routing protocol ("Led the BGP peering redesign") is a network
 * engineer's skill and stays.
 */
const PLUMBING = new Set(['TLS', 'mTLS', 'SSL', 'HTTP', 'HTTPS', 'HTTP/2', 'HTTP/3', 'QUIC', 'TCP', 'UDP', 'TCP/IP', 'DNS', 'VPN', 'WebSocket', 'Server-Sent Events']);

function protocol(tech: TechEntry): boolean {
  return PLUMBING.has(tech.name);
}

/** A browser: "tested on Chrome and Safari" is where the product runs; listed only by one who lists browsers. */
const BROWSERS = new Set(['Firefox', 'Google Chrome', 'Safari', 'Internet Explorer', 'Microsoft Edge']);

function browser(tech: TechEntry): boolean {
  return BROWSERS.has(tech.name);
}

/** Not one's own name, a company, a site, a practice, or a concept: a plain phrase ("Role-based access control"). */
function worthListing(tech: TechEntry): boolean {
  return !tech.extra && !NOT_SKILLS.has(tech.category) && !caseFree(tech.name, tech.category);
}

/** Canonical names of every technology the skills list: by keyword, by a group's name, or inside a keyword. */
export function listedSkills(found: ResumeTechnologies, caches: Caches): Set<string> {
  const listed = new Set<string>();
  for (const keyword of [...found.skillNames, ...found.groups.filter((group) => group.section === 'skills').flatMap((group) => group.keywords)]) {
    if (keyword.resolution) listed.add(keyword.resolution.tech.name);
    // A misspelt keyword ("PostgresSQL") lists the technology it was meant to be, as tech-name says.
    else if (keyword.group) {
      const meant = meantKeyword(found, caches, keyword);
      if (meant) listed.add(meant.name);
    }
    // "SQL (MS SQL Server, Postgres)", "AWS (Lambda, RDS)": a name read whole may still list others.
    if (keyword.resolution && !/[(,/|&]/.test(keyword.text)) continue;
    // "Gulp.js, Grunt.js", "nginx/OpenResty", "Django (DRF, ViewSets)": several names in one keyword.
    for (const mention of found.read(keyword.text).mentions) listed.add(mention.resolution.tech.name);
    for (const part of keyword.text.split(/\s*(?:[,/|&()]|\band\b)\s*/)) {
      const tech = found.index.resolve(part.replace(/\.?js$/i, '').trim())?.tech ?? (part.trim() ? readKeyword(found.index, part.trim())?.tech : undefined);
      if (tech) listed.add(tech.name);
    }
    // "Lerna/NX": short capitals beside a name of their kind.
    for (const { resolution } of listedReadings(found.index, keyword)) if (resolution) listed.add(resolution.tech.name);
  }
  return listed;
}

// A broader keyword of the same kind covers its family's products: AWS covers Amazon EC2, Linux covers Arch Linux.
// A cloud is said once in place of its services (added, it covers them); a Linux distribution is listed on its own,
// and, listed, says Linux too ("Red Hat Enterprise Linux"), as no cloud service says its cloud.
const FAMILIES: ReadonlyArray<{ family: string; members: RegExp; saidForMembers: boolean; saidByMembers: boolean }> = [
  ...CLOUDS.map(({ name, services }) => ({ family: name, members: services, saidForMembers: true, saidByMembers: false })),
  { family: 'Linux', members: / Linux$/, saidForMembers: false, saidByMembers: true },
];

// Dialects of SQL: one listed lists SQL.
const SQL_DIALECTS = ['T-SQL', 'PL/SQL', 'PL/pgSQL'];
// Relational databases, queried in SQL: one listed lists SQL too (not a warehouse, nor a tool that writes SQL).
const RELATIONAL = ['PostgreSQL', 'MySQL', 'Microsoft SQL Server', 'SQLite', 'Oracle Database', 'MariaDB', 'IBM Db2', 'CockroachDB'];

// Kinds close enough for a family: Android Jetpack (a library) and Jetpack Compose (a framework); Apache Kafka and
// Kafka Streams; Android and the Android SDK; not Android and Android Studio.
const KIN = [['framework', 'library'], ['data', 'database', 'infrastructure'], ['os', 'platform']];

/**
 * Each service of a cloud no skills group lists, where the text names two or more of them: the cloud, to say once,
 * and how many of its services the text names.
 */
function rolledUp(techs: readonly TechEntry[], found: ResumeTechnologies, listed: ReadonlySet<string>): Map<TechEntry, { cloud: TechEntry; services: number }> {
  const out = new Map<TechEntry, { cloud: TechEntry; services: number }>();
  for (const { family, saidForMembers } of FAMILIES) {
    const cloud = found.index.byName(family);
    if (!saidForMembers || !cloud || listed.has(family)) continue;
    const services = techs.filter((tech) => tech !== cloud && cloudOf(tech) === family);
    if (services.length >= 2) for (const service of services) out.set(service, { cloud, services: services.length });
  }
  return out;
}

/** How many skills keywords are written with a cloud's name before a service of it ("AWS Lambda", "Azure SQL"). */
function namedInSkills(found: ResumeTechnologies, members: RegExp): number {
  const keywords = found.groups.filter((group) => group.section === 'skills').flatMap((group) => group.keywords);
  return keywords.filter((keyword) => members.test(keyword.text.trim()) && keyword.resolution !== undefined && SERVICE_KINDS.has(keyword.resolution.tech.category)).length;
}

/** How many of a cloud's services the skills list, by any of their names ("ECS, EC2, S3" for AWS). */
function servicesListed(found: ResumeTechnologies, listed: ReadonlySet<string>, cloud: string): number {
  return [...listed].filter((name) => {
    const service = found.index.byName(name);
    return service !== undefined && cloudOf(service) === cloud;
  }).length;
}

function kin(a: string, b: string): boolean {
  return a === b || KIN.some((kinds) => kinds.includes(a) && kinds.includes(b));
}

/** A practice named for the technology it is done with: "Shell scripting", "Linux administration", "Git flow". */
function craft(part: TechEntry): boolean {
  return part.category === 'methodology' && / (?:scripting|administration|programming|development|flow)$/i.test(part.name);
}

// Linux and its parts, which no distribution's name says: systemd goes under "Linux", not away with it.
const LINUX_ITSELF = new Set(['Linux', 'systemd', 'Linux PAM']);

// Where other engines run (PostgreSQL on Amazon RDS): the engine is the skill, and the cloud covers its host even
// beside a databases group (blind readers of 8 resumes of 9).
const HOSTS_OF_ENGINES = new Set(['Amazon RDS', 'Cloud SQL', 'Azure Database for PostgreSQL', 'Azure Database for MySQL']);

// "Databases", "Data stores", "SQL", "Data": a group named for where data is kept.
const DATABASE_GROUP = /\b(?:data\s*stores?|databases?|dbs?|storage|persistence|sql|nosql|rdbms)\b|^\s*data\s*$/i;

function covered(tech: TechEntry, found: ResumeTechnologies, listed: ReadonlySet<string>): boolean {
  // "AWS Lambda, AWS S3, AWS Glue" in the skills say AWS already, to readers and to the systems that match its name:
  // blind readers added the cloud beside two such keywords or more in 1 resume of 6 (beside one, 5 of 10).
  if (FAMILIES.some(({ family, members, saidForMembers }) => saidForMembers && family === tech.name && namedInSkills(found, members) >= 2)) return true;
  // Three of its services listed by any name ("ECS, EC2, S3"), a cloud is listed in all but name: blind readers added it
  // in 1 resume of 5.
  if (CLOUDS.some(({ name }) => name === tech.name) && servicesListed(found, listed, tech.name) >= 3) return true;
  // A suite covers its parts: "ELK Stack" lists Kibana, "Azure DevOps" Azure Pipelines.
  if ([...listed].some((name) => SUITES[name]?.includes(tech.name))) return true;
  // A dialect listed says the language: "TSQL" or "PL/SQL" in the skills lists SQL; so does a relational database
  // ("PostgreSQL, MySQL"): blind readers asked for SQL beside one in 10 resumes of 36.
  if (tech.name === 'SQL' && (SQL_DIALECTS.some((dialect) => listed.has(dialect)) || RELATIONAL.some((database) => listed.has(database)))) return true;
  // By its name or an alias with the vendor ("Google Cloud Pub/Sub" for Pub/Sub).
  const names = [tech.name, ...tech.aliases];
  const kind = (name: string): string | undefined => found.index.byName(name)?.category;
  // A cloud covers its managed databases too: AWS lists Amazon RDS and DynamoDB, beside other databases as well (blind
  // readers of 16 lines of 17 where one list holds them all). The team's skills-groups resume puts Aurora in its "Data
  // stores" group, so a resume with a group named for databases is offered them there.
  const listsDatabases = tech.category === 'database' && !HOSTS_OF_ENGINES.has(tech.name) && found.groups.some((group) => group.section === 'skills' && group.name !== undefined && DATABASE_GROUP.test(group.name) && group.keywords.some((keyword) => keyword.resolution?.tech.category === 'database'));
  const sameKind = (family: string): boolean => kind(family) === tech.category || (kind(family) === 'cloud' && SERVICE_KINDS.has(tech.category) && !listsDatabases);
  if (FAMILIES.some(({ family, members }) => family !== tech.name && listed.has(family) && names.some((name) => members.test(name)) && sameKind(family))) return true;
  // A distribution where the skills list Linux ("Managed Linux (Debian) servers", blind readers), and Linux where they
  // list a distribution ("Ubuntu, CentOS").
  const distribution = (name: string): boolean => kind(name) === 'os' && !LINUX_ITSELF.has(name) && inField(name, 'linux');
  if ((distribution(tech.name) && listed.has('Linux')) || (tech.name === 'Linux' && [...listed].some(distribution))) return true;
  // The family beside a listed member that says it ("Red Hat Enterprise Linux", "Embedded Linux" for Linux).
  if (FAMILIES.some(({ family, members, saidByMembers }) => saidByMembers && family === tech.name && [...listed].some((name) => members.test(name) && kind(name) === tech.category))) return true;
  // A part named after a listed technology, of its kind and field: Docker Compose beside Docker, the OpenTelemetry
  // Collector beside OpenTelemetry, Alertmanager (Prometheus Alertmanager) beside Prometheus, LiteRT (once TensorFlow
  // Lite) beside TensorFlow; not React Native beside React.
  // The name with its project before it counts too ("Prometheus Alertmanager").
  const prefixed = tech.aliases.filter((alias) => alias.endsWith(` ${tech.name}`));
  if (
    [tech.name, ...prefixed, ...tech.formerNames].some((name) => {
      const head = name.split(' ')[0]!;
      const family = head !== name ? found.index.resolve(head)?.tech : undefined;
      return family !== undefined && family !== tech && listed.has(family.name) && kin(family.category, tech.category) && sameFields(family.name, tech.name);
    })
  ) {
    return true;
  }
  // The other way round: a listed part named after the technology says it, of its kind and field: Spring Boot says
  // Spring, Redux Toolkit Redux, the Android SDK Android, the practice of Shell scripting Shell; not Android Studio (a
  // tool) Android, nor Linear regression the tracker Linear.
  return [...listed].some((name) => {
    if (!name.startsWith(`${tech.name} `)) return false;
    const part = found.index.byName(name);
    return part !== undefined && (kin(part.category, tech.category) || craft(part)) && sameFields(part.name, tech.name);
  });
}
