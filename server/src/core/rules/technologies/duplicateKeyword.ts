import type { Fix } from '../../finding';
import { TechCodes } from '../../technologies/codes';
import { foldKey } from '../../technologies/fold';
import { resumeTechnologies, type Keyword, type KeywordGroup } from '../../technologies/resume';
import type { TechIndex } from '../../technologies/vocabulary';
import type { Rule } from '../rule';

/**
 * The same skill listed twice: "Kubernetes" and "k8s", "Postgres" in two skills groups. Across all skills groups,
 * and within each project's keywords.
 */
export const duplicateKeyword: Rule = {
  id: TechCodes.duplicateKeyword,
  *check(context) {
    const { groups, index } = resumeTechnologies(context);
    const text = context.doc.text;
    const skills = groups.filter((group) => group.section === 'skills');
    const lists: KeywordGroup[][] = [...(tagged(skills, index) ? skills.map((group) => [group]) : [skills]), ...groups.filter((group) => group.section === 'projects').map((group) => [group])];
    for (const list of lists) {
      const seen = new Map<string, Keyword>();
      for (const group of list) {
        for (const keyword of group.keywords) {
          const key = keyword.resolution && !saysMore(keyword) ? `tech:${keyword.resolution.tech.name}${versioned(keyword) ? ':version' : ''}` : `text:${foldKey(keyword.text)}`;
          if (key === 'text:') continue;
          const first = seen.get(key);
          if (!first) {
            seen.set(key, keyword);
            continue;
          }
          const name = keyword.resolution?.tech.name;
          const same = first.text.trim() === keyword.text.trim();
          const where = first.group === group ? 'in this list' : `in skills group ${groupName(first.group)}`;
          const fix = removal(text, group, keyword);
          yield {
            code: TechCodes.duplicateKeyword,
            severity: 'warning',
            message: same || !name ? `"${keyword.text.trim()}" is already listed ${where}.` : `${name} is already listed ${where}, as "${first.text.trim()}".`,
            start: keyword.span[0],
            end: keyword.span[1],
            ...(fix ? { fixes: [fix] } : {}),
          };
        }
      }
    }
  },
};

/**
 * Skills named each for a technology, with what kind of thing it is as keywords ("AWS: Cloud, Web Services";
 * "Docker: Containers"): the keywords are tags that repeat by design, so each group is its own list.
 */
function tagged(skills: readonly KeywordGroup[], index: TechIndex): boolean {
  if (skills.length < 3) return false;
  const keywords = skills.flatMap((group) => group.keywords);
  const named = skills.filter((group) => group.name !== undefined && index.resolve(group.name.trim()) !== undefined);
  return named.length * 3 >= skills.length * 2 && keywords.filter((keyword) => keyword.resolution).length * 2 < keywords.length;
}

/**
 * "Git Workflows" beside "Git", "Linux server administration" beside "Linux": a keyword whose words go on after its
 * name is another skill (readers of 6 resumes of 6); not one with a note in parentheses ("Java (Android)",
 * "Firebase (Auth, Firestore)"), which is the name again.
 */
function saysMore(keyword: Keyword): boolean {
  if (keyword.head === undefined) return false;
  const rest = keyword.text.trim().slice(keyword.head).trim();
  // "BLoC Pattern", "Spring Framework": a word for what the name is, not more of it.
  return rest !== '' && !rest.startsWith('(') && !/^(?:pattern|framework|library|language|platform|stack|api|sdk|toolkit)s?$/i.test(rest);
}

/** "ES6" beside "JavaScript", "HTML5" beside "HTML": a version listed beside the language says which (readers of 4 resumes of 4); not "k8s". */
function versioned(keyword: Keyword): boolean {
  const resolution = keyword.resolution!;
  return resolution.form.kind !== 'name' && /\d(?:\.\d+)*\+?$/.test(resolution.form.text) && !/\d/.test(resolution.tech.name);
}

function groupName(group: KeywordGroup | undefined): string {
  return group?.name ? `"${group.name}"` : `${(group?.index ?? 0) + 1}`;
}

/** Removes one list item, keeping the list valid YAML; none when that would drop a comment. */
function removal(text: string, group: KeywordGroup, keyword: Keyword): Fix | undefined {
  const items = group.keywords;
  const position = items.indexOf(keyword);
  const title = `Remove "${keyword.text.trim()}"`;
  if (group.seq.flow) {
    const [start, end] = position > 0 ? [items[position - 1]!.span[1], keyword.span[1]] : items[1] ? [keyword.span[0], items[1].span[0]] : [keyword.span[0], keyword.span[1]];
    const removed = text.slice(start, end);
    if (removed.includes('#') && !keyword.text.includes('#')) return undefined;
    if (position > 0 && !/^\s*,/.test(removed)) return undefined;
    return { title, newText: '', span: [start, end] };
  }
  const lineStart = text.lastIndexOf('\n', keyword.span[0] - 1) + 1;
  const before = text.slice(lineStart, keyword.span[0]);
  if (!/^\s*-\s+$/.test(before)) return undefined;
  const newline = text.indexOf('\n', keyword.span[1]);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  if (text.slice(keyword.span[1], lineEnd).trim() !== '') return undefined;
  return { title, newText: '', span: [lineStart, lineEnd] };
}
