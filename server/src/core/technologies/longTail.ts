import { NAME_WORDS } from './groupNames';
import type { Keyword, KeywordGroup } from './resume';
import type { TechIndex } from './vocabulary';
import { KNOWN_NOT_USED } from './data';

/**
 * The long tail: a keyword the vocabulary does not know ("Moshi", "Stetho", "Dagger/Dagger2") is still a technology
 * when it sits among technologies, in a skills group where most keywords are known names, and is written as one
 * name (one word, or names joined by a slash). Returns the names it lists, or nothing for a phrase ("Problem
 * solving") or a group of other things (spoken languages, soft skills).
 */
export function unknownNames(index: TechIndex, group: KeywordGroup, keyword: Keyword): string[] | undefined {
  const text = keyword.text.trim();
  if (keyword.resolution || text.length > 40 || !/^[\p{L}\d.+#/-]+$/u.test(text) || !/\p{L}{2}/u.test(text)) return undefined;
  // "Mentoring", "Leadership", "Documentation", "Photography": an activity, a quality or a field, whatever group it
  // sits in.
  if (/^\p{Lu}?\p{Ll}+(?:ing|ship|tion|sion|ment|ness|ity|ance|ence|work|graphy|ology)$/u.test(text)) return undefined;
  if (NOT_A_NAME.some((shape) => shape.test(text))) return undefined;
  // "Databases", "Frameworks": the word a group is named with names a kind of thing, as a keyword too.
  if (Object.values(NAME_WORDS).some((words) => words.exec(text)?.[0].length === text.length)) return undefined;
  // Not practices, nor protocols and standards known rather than used: an unknown keyword among OSPF, MP-BGP and EVPN
  // ("Inter-AS", "CsC") is another such technique, not a product to show in use.
  const known = group.keywords.filter((other) => other.resolution && other.resolution.tech.category !== 'methodology' && !KNOWN_NOT_USED.has(other.resolution.tech.name)).length;
  // Among technologies: most of the group's keywords are known names, or its name says it holds them ("Libraries").
  const technical = group.name !== undefined && Object.values(NAME_WORDS).some((words) => words.test(group.name!));
  if (known < 2 || (known * 2 < group.keywords.length && !technical)) return undefined;
  const names = text.split('/').filter((part) => /\p{L}{2}/u.test(part));
  // "HPA/VPA", "SLO": an abbreviation the vocabulary does not know is more often a concept than a product.
  if (names.length === 0 || names.some((name) => practiceWord(index, name) || /^[\p{Lu}\d]{2,5}$/u.test(name))) return undefined;
  return names;
}

// Shapes a product's name seldom has, judged on the unknown keywords of the judged resumes (readers asked for evidence
// of 6 lines of 53 so written): a plural, which names a kind of thing ("Autoencoders", "Callbacks", "sockets"; not
// "Canvas" or "Cumulus"), or an acronym's ("APIs", "ACLs"); an adverb ("Programmatically"); words in lower case joined
// by hyphens ("design-systems", "high-performance"); "etc."; a word in another script than Latin ("Методологии").
const NOT_A_NAME = [/^(?=.*s$)\p{Lu}?\p{Ll}+(?<!ss|us|is|as)$/u, /^\p{Lu}?\p{Ll}+ly$/u, /^[\p{Lu}\d]{2,5}s$/u, /^\p{Ll}+(?:-\p{Ll}+)+$/u, /^etc\.*$/i, /^[^\p{Script=Latin}]+$/u];

const PRACTICE_WORDS = new WeakMap<TechIndex, Set<string>>();

/** "Canary", "Blue-Green": the first word of a practice's name (Canary release), written for the practice. */
function practiceWord(index: TechIndex, word: string): boolean {
  let words = PRACTICE_WORDS.get(index);
  if (!words) {
    words = new Set(index.entries.filter((tech) => tech.category === 'methodology' && /\s/.test(tech.name)).map((tech) => tech.name.split(' ')[0]!.toLowerCase()));
    PRACTICE_WORDS.set(index, words);
  }
  return words.has(word.toLowerCase());
}
