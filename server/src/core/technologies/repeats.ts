import type { Caches } from '../caches';
import { foldKey } from './fold';
import { meantKeyword, type Keyword, type KeywordGroup, type ResumeTechnologies } from './resume';
import type { TechIndex } from './vocabulary';

/** A keyword that lists again a skill listed before it: the keyword, the first one, and the name both are read as. */
export interface Repeat {
  readonly keyword: Keyword;
  readonly group: KeywordGroup;
  readonly first: Keyword;
  readonly name: string | undefined;
}

const REPEATS = new WeakMap<ResumeTechnologies, Repeat[]>();

/**
 * The same skill listed twice: "Kubernetes" and "k8s", "Postgres" in two skills groups, "PyToch" after PyTorch (a
 * slip of the keyboard is the name it was meant to be). Across all skills groups, and within each project's
 * keywords. Worked out once per reading of the resume: duplicate-keyword reports them, and skill-no-evidence asks
 * for evidence of a skill once, where it is first listed.
 */
export function repeatedKeywords(found: ResumeTechnologies, caches: Caches): readonly Repeat[] {
  const known = REPEATS.get(found);
  if (known) return known;
  const repeats: Repeat[] = [];
  const skills = found.groups.filter((group) => group.section === 'skills');
  const lists: KeywordGroup[][] = [...(tagged(skills, found.index) ? skills.map((group) => [group]) : [skills]), ...found.groups.filter((group) => group.section === 'projects').map((group) => [group])];
  // Skills named each for a technology whose keywords are its parts and tags ("AWS: Cloud, Lambda, S3"; "React: SPA,
  // Web"): the tags repeat by design from one skill to the next, the technologies do not.
  const tags = namedForTechnologies(skills, found.index);
  for (const list of lists) {
    const seen = new Map<string, Keyword>();
    for (const group of list) {
      for (const keyword of group.keywords) {
        const tech = keyword.resolution?.tech ?? (group.section === 'skills' ? meantKeyword(found, caches, keyword) : undefined);
        const key = tech && !saysMore(keyword) ? `tech:${tech.name}${versioned(keyword) ? ':version' : ''}` : `text:${tags ? `${group.index}:` : ''}${foldKey(keyword.text)}`;
        // "etc." ends a list, twice or not.
        if (key.endsWith(':') || /^text:(?:\d+:)?etc$/.test(key)) continue;
        const first = seen.get(key);
        if (first) repeats.push({ keyword, group, first, name: tech?.name });
        else seen.set(key, keyword);
      }
    }
  }
  REPEATS.set(found, repeats);
  return repeats;
}

/**
 * Skills named each for a technology, with what kind of thing it is as keywords ("AWS: Cloud, Web Services";
 * "Docker: Containers"): the keywords are tags that repeat by design, so each group is its own list.
 */
function tagged(skills: readonly KeywordGroup[], index: TechIndex): boolean {
  const keywords = skills.flatMap((group) => group.keywords);
  return namedForTechnologies(skills, index) && keywords.filter((keyword) => keyword.resolution).length * 2 < keywords.length;
}

/** Three skills or more, two thirds of them named for a technology. */
function namedForTechnologies(skills: readonly KeywordGroup[], index: TechIndex): boolean {
  if (skills.length < 3) return false;
  const named = skills.filter((group) => group.name !== undefined && index.resolve(group.name.trim()) !== undefined);
  return named.length * 3 >= skills.length * 2;
}

/**
 * "Git Workflows" beside "Git", "Linux server administration" beside "Linux": a keyword whose words go on after its
 * name is another skill (readers of 6 resumes of 6); not one with a note in parentheses ("Java (Android)",
 * "Firebase (Auth, Firestore)"), which is the name again.
 */
function saysMore(keyword: Keyword): boolean {
  if (keyword.head === undefined) return false;
  const rest = keyword.text.trim().slice(keyword.head).trim();
  // A note in parentheses is the name again ("Java (Android)").
  if (rest === '' || rest.startsWith('(')) return false;
  // "BLoC Pattern", "Spring Framework": a word for what the name is, not more of it.
  if (/^(?:pattern|framework|library|language|platform|stack|api|sdk|toolkit)s?$/i.test(rest)) return false;
  // "Docker for Containers", a language's "Bash Scripting": the work it is used for, the name again (readers of 2
  // resumes of 3; not "Unity Editor Scripting", a craft of its own).
  if (/^for\s/i.test(rest)) return false;
  return !(/^(?:scripting|programming|development)$/i.test(rest) && keyword.resolution?.tech.category === 'language');
}

/** "ES6" beside "JavaScript", "HTML5" beside "HTML": a version listed beside the language says which (readers of 4 resumes of 4); not "k8s". */
function versioned(keyword: Keyword): boolean {
  const resolution = keyword.resolution;
  return resolution !== undefined && resolution.form.kind !== 'name' && /\d(?:\.\d+)*\+?$/.test(resolution.form.text) && !/\d/.test(resolution.tech.name);
}
