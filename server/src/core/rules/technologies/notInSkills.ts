import type { Fix } from '../../finding';
import { TechCodes } from '../../technologies/codes';
import { readingOf, resumeTechnologies, yamlValue, type KeywordGroup, type ResumeTechnologies } from '../../technologies/resume';
import type { TechEntry } from '../../technologies/vocabulary';
import { spanOf } from '../../yaml/nodes';
import type { Rule } from '../rule';

// Profiles and sites ("on GitHub", "on LinkedIn") are where work is shown, and practices ("Agile",
// "microservices") describe how; neither is a skill people list by name.
const NOT_SKILLS = new Set(['network', 'methodology']);

/**
 * A technology a bullet names that no skills group lists: readers and applicant-tracking systems look for it
 * in the skills. Reported once, at its first mention; only when the resume has skills with keywords.
 */
export const notInSkills: Rule = {
  id: TechCodes.notInSkills,
  *check(context) {
    const found = resumeTechnologies(context);
    const skills = found.groups.filter((group) => group.section === 'skills');
    if (skills.every((group) => group.keywords.length === 0)) return;
    const listed = listedSkills(found);
    const reported = new Set<TechEntry>();
    for (const bullet of found.bullets) {
      for (const mention of readingOf(found, bullet).mentions) {
        const tech = mention.resolution.tech;
        if (mention.ordinary || tech.extra || NOT_SKILLS.has(tech.category) || listed.has(tech.name) || reported.has(tech)) continue;
        reported.add(tech);
        const [start, end] = bullet.span(mention.start, mention.end);
        const fix = addToSkills(context.doc.text, skills, tech);
        yield {
          code: TechCodes.notInSkills,
          severity: 'information',
          message: `${tech.name} is named here but in no skills group.`,
          start,
          end,
          ...(fix ? { fixes: [fix] } : {}),
        };
      }
    }
  },
};

/** Canonical names of every technology the skills list, by keyword or by a group's name. */
export function listedSkills(found: ResumeTechnologies): Set<string> {
  const listed = new Set<string>();
  for (const keyword of [...found.skillNames, ...found.groups.filter((group) => group.section === 'skills').flatMap((group) => group.keywords)]) {
    if (keyword.resolution) listed.add(keyword.resolution.tech.name);
    else for (const mention of found.read(keyword.text).mentions) listed.add(mention.resolution.tech.name);
  }
  return listed;
}

/** Appends the name to the group whose keywords share its category (else the first), keeping the list's style. */
function addToSkills(text: string, skills: readonly KeywordGroup[], tech: TechEntry): Fix | undefined {
  const withKeywords = skills.filter((group) => group.keywords.length > 0 || group.seq.flow);
  const group = withKeywords.find((candidate) => candidate.keywords.some((keyword) => keyword.resolution?.tech.category === tech.category)) ?? withKeywords[0];
  if (!group) return undefined;
  const title = `Add ${tech.name} to skills${group.name ? ` (${group.name})` : ''}`;
  const value = yamlValue(tech.name, group.seq.flow === true);
  const range = group.seq.range;
  const last = spanOf(group.seq.items[group.seq.items.length - 1]);
  if (group.seq.flow) {
    if (!range) return undefined;
    const close = text.lastIndexOf(']', range[1]);
    if (close < range[0]) return undefined;
    if (!last) return { title, newText: value, span: [close, close] };
    return { title, newText: `, ${value}`, span: [last[1], last[1]] };
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
