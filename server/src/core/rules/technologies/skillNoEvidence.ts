import { cloudOf } from '../../technologies/clouds';
import { TechCodes } from '../../technologies/codes';
import { unknownNames } from '../../technologies/longTail';
import { repeatedKeywords } from '../../technologies/repeats';
import { meantName, slipIn } from '../../technologies/typos';
import { slashPair } from '../../technologies/keywordReading';
import { listedReadings, meantKeyword, readingOf, resumeTechnologies } from '../../technologies/resume';
import { collectWriting } from '../../writing/bullets';
import type { TechEntry } from '../../technologies/vocabulary';
import { KNOWN_NOT_USED } from '../../technologies/data';
import { SHOWN_BY, SUITES } from '../../technologies/vocabulary.generated';
import type { Rule } from '../rule';

// Companies (Intel), ways of working and designing (Agile, TDD, system design, REST), fields (distributed systems,
// observability) and qualities of a system (serverless, i18n) are not used in a way a bullet shows: judged by hand,
// readers asked for evidence of few such skills, most of them techniques one applies in code by that name (REST
// split them: 5 resumes' readers asked for it, 9 not). Not shell scripting or RAG either: blind readers asked evidence
// of them in 5 lists of 24.
const TECHNIQUES = new Set(['Distributed tracing']);

function noStory(tech: TechEntry): boolean {
  return tech.category === 'company' || (tech.category === 'methodology' && !TECHNIQUES.has(tech.name)) || KNOWN_NOT_USED.has(tech.name);
}

/**
 * Whether a name of the same kind built on the skill's, glued to it, shows the skill in use: Dockerfile for Docker,
 * PySpark for Spark, Makefiles for Make; not JavaScript for Java (two languages), nor GitHub, a service, for Git.
 */
function builtOn(skill: TechEntry): (name: string, tech: TechEntry | undefined) => boolean {
  if (skill.name.length < 3 || skill.category === 'language') return () => false;
  const short = skill.name.replace(/^Apache /, '');
  const prefixed = new RegExp(`^\\p{Lu}\\p{Ll}{0,2}${escape(short)}$`, 'u');
  return (name, tech) => name !== skill.name && tech?.category === skill.category && ((name.startsWith(short) && /^[\p{L}]/u.test(name.slice(short.length))) || prefixed.test(name));
}

/**
 * "Currently Learning", "Learning now", "Interests": a group of what the author is learning or curious about claims no
 * use for a bullet to show (readers of the two resumes with such groups); "Familiar" and "Basic" still claim some, and "Machine
 * Learning" is a field.
 */
function learning(groupName: string | undefined): boolean {
  return groupName !== undefined && /^\s*(?:(?:(?:currently|now|still)\s+)?(?:learning|studying|exploring)\b(?!\s*(?:&|and|\/))|(?:technical\s+)?interests?\s*:?\s*$|interested\s+in\b)/i.test(groupName);
}

/** The stacks a technology is part of ("ELK Stack" for Elasticsearch, the MEAN stack for Express). */
function stacksOf(tech: TechEntry): string[] {
  return Object.entries(SUITES).flatMap(([suite, parts]) => (/ stack$/i.test(suite) && parts.includes(tech.name) ? [suite] : []));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A technology in the skills that no bullet, summary or project shows in use. A hint only: a skill with no story
 * behind it is the first thing an interviewer asks about. Silent until the resume tells its roles or projects, in
 * bullets or in summaries.
 */
export const skillNoEvidence: Rule = {
  id: TechCodes.skillNoEvidence,
  *check(context) {
    const found = resumeTechnologies(context);
    // A resume with no roles written yet has nothing to show its skills; one that tells its roles in summaries does.
    if (found.bullets.length === 0 && !collectWriting(context).entries.some((entry) => entry.described)) return;
    const readings = [...found.bullets, ...found.prose].map((text) => readingOf(found, text));
    const evidence = new Set<string>();
    // A project's name says what it was about ("Containers, Systemd, and CGroups"), keywords or not.
    for (const pair of context.schemaPairs()) {
      const name = pair.pair.value as { value?: unknown } | null;
      if (pair.path[0] === 'projects' && pair.path.length === 3 && pair.key === 'name' && typeof name?.value === 'string') readings.push(found.read(name.value));
    }
    for (const group of found.groups) {
      if (group.section !== 'projects') continue;
      for (const keyword of group.keywords) {
        if (keyword.resolution) evidence.add(keyword.resolution.tech.name);
        // "Python (PyTorch, pandas)": the names it lists show them in use too.
        if (!keyword.resolution || keyword.head !== undefined) readings.push(found.read(keyword.text));
      }
    }
    // Not a word in lower case read as a name ("cached Maps requests", "click"): no library of that name, no language it
    // is written in. The skill's own name in any casing still shows it, as every word of the text does (below).
    for (const reading of readings) for (const mention of reading.mentions) if (!mention.ordinary || mention.written !== mention.written.toLowerCase()) evidence.add(mention.resolution.tech.name);
    // A product that carries the skill's name, now or before a rename, shows it in use: "Microsoft SQL Server" for
    // SQL, LiteRT (once TensorFlow Lite) for TensorFlow.
    const named = [...evidence].flatMap((name) => [name, ...(found.index.byName(name)?.formerNames ?? [])]).join(' | ');
    // Every word, for names the vocabulary reads differently ("C", written as a letter); gathered only if needed.
    let words: Set<string> | undefined;
    const wordsOf = (): Set<string> => {
      if (!words) {
        words = new Set();
        for (const reading of readings) for (const word of reading.words) words.add(word);
      }
      return words;
    };
    // The evidence as vocabulary entries, looked up once for every keyword's check.
    const evidenceTechs = [...evidence].map((name) => [name, found.index.byName(name)] as const);
    const entries = evidenceTechs.flatMap(([, entry]) => (entry ? [entry] : []));
    // A framework or tool shows the language it is written in: Django work shows Python, Terraform work HCL.
    const languages = new Set(entries.flatMap((entry) => (entry.language ? [entry.language] : [])));
    const clouds = new Set(entries.flatMap((entry) => cloudOf(entry) ?? []));
    // "Android SDK", "Slack API": the kit of a platform the bullets show in use.
    const kitOf = (tech: TechEntry): string | undefined => /^(.+) (?:SDK|API|APIs|Platform|Framework|Runtime|Toolkit)$/.exec(tech.name)?.[1];
    // "Shell scripting", "Linux administration": the work done with a technology the bullets show.
    const workWith = (tech: TechEntry): string | undefined => /^(.+) (?:scripting|programming|development|administration)$/i.exec(tech.name)?.[1];
    const builtUpon = (tech: TechEntry): boolean => {
      const glued = builtOn(tech);
      return evidenceTechs.some(([name, entry]) => glued(name, entry));
    };
    const shown = (tech: TechEntry): boolean =>
      noStory(tech) ||
      evidence.has(tech.name) ||
      evidence.has(kitOf(tech) ?? '') ||
      evidence.has(found.index.resolve(workWith(tech) ?? '')?.tech.name ?? '') ||
      [...(SHOWN_BY[tech.name] ?? []), ...(SUITES[tech.name] ?? [])].some((name) => evidence.has(name)) ||
      // "Elastic stack", "the MEAN stack": a stack the bullets name is its parts in use.
      stacksOf(tech).some((stack) => evidence.has(stack)) ||
      languages.has(tech.name) ||
      // "EC2 and S3": a cloud's services in use are the cloud in use, as tech-not-in-skills offers it for them.
      clouds.has(tech.name) ||
      new RegExp(`(^|[ /])${escape(tech.name)}( |$)`).test(named) ||
      builtUpon(tech) ||
      // Any of its names as a word of the text, its words run together too ("Checkpoint" for Check Point).
      [tech.name, ...tech.aliases, ...tech.formerNames].some((form) => wordsOf().has(form.toLowerCase()) || wordsOf().has(form.toLowerCase().replace(/\s+/g, ''))) ||
      // "dockerized microservices", "Dockerised apps": the product made a verb of is the product in use.
      (/^\p{L}{4,}$/u.test(tech.name) && ['ized', 'ised', 'izing', 'ising', 'ize', 'ise'].some((ending) => wordsOf().has(`${tech.name.toLowerCase()}${ending}`))) ||
      // "PostgresSQL" in a bullet: the name misspelt there is still the skill shown in use.
      slipIn(wordsOf(), tech, (word) => (found.index.resolve(word) ? undefined : meantName(found.index, context.caches, word)));
    // A skill listed twice is asked about once, where it is first listed: duplicate-keyword asks to remove the other.
    const repeats = new Set(repeatedKeywords(found, context.caches).map((repeat) => repeat.keyword));
    // A misspelt keyword ("PostgresSQL") is the technology it was meant to be, as tech-name says.
    for (const group of found.groups) {
      if (group.section !== 'skills' || learning(group.name)) continue;
      for (const keyword of group.keywords) {
        if (repeats.has(keyword)) continue;
        // "HTML/CSS", "C/C++", "Git / Jujutsu": peers joined by a slash name an area of skill, not one product whose
        // use a bullet must show; judged by hand, no reader asked for evidence of one.
        if (!keyword.resolution && slashPair(keyword.text)) continue;
        const tech = keyword.resolution?.tech ?? meantKeyword(found, context.caches, keyword);
        // "Node.js (Express)": what the parentheses list shows the keyword in use too.
        const listed = keyword.head !== undefined ? listedReadings(found.index, keyword).flatMap(({ resolution }) => resolution?.tech ?? []) : [];
        if (listed.some(shown)) continue;
        let names: readonly string[];
        if (tech) {
          if (shown(tech) || wordsOf().has(keyword.text.trim().toLowerCase())) continue;
          names = [tech.name];
        } else {
          const unknown = unknownNames(found.index, group, keyword);
          // A name the vocabulary does not know shows in use where a sentence writes it, in any casing ("Modernizr"
          // for Modernizr.js).
          // "SLAs" for the "SLA" a sentence writes: an acronym's plural.
          if (!unknown || unknown.some((name) => [name, name.replace(/\.?js$/i, ''), name.replace(/(?<=^\p{Lu}{2,})s$/u, '')].some((form) => wordsOf().has(form.toLowerCase())))) continue;
          names = unknown;
        }
        yield {
          code: TechCodes.skillNoEvidence,
          severity: 'hint',
          message: `No bullet, summary or project mentions ${names.join(' or ')}: add one that shows it in use, or drop the keyword.`,
          start: keyword.span[0],
          end: keyword.span[1],
        };
      }
    }
  },
};
