import { TechCodes } from '../../technologies/codes';
import { addToSkills } from '../../technologies/groups';
import type { Mention } from '../../technologies/prose';
import { readingOf, resumeTechnologies, type ResumeTechnologies } from '../../technologies/resume';
import type { TechEntry } from '../../technologies/vocabulary';
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
    const listed = listedSkills(found);
    const reported = new Set<TechEntry>();
    for (const text of [...found.bullets, ...found.prose]) {
      for (const mention of readingOf(found, text).mentions) {
        const tech = mention.resolution.tech;
        if (!suggested(mention) || listed.has(tech.name) || reported.has(tech) || covered(tech, found, listed)) continue;
        reported.add(tech);
        const [start, end] = text.span(mention.start, mention.end);
        const fix = addToSkills(context.doc.text, context.doc.yaml, found.index, tech);
        yield {
          code: TechCodes.notInSkills,
          severity: 'information',
          message: `${tech.name} is named here but in no skills group.`,
          start,
          end,
          canonical: tech.name,
          ...(fix ? { fixes: [fix] } : {}),
        };
      }
    }
  },
};

function suggested(mention: Mention): boolean {
  const tech = mention.resolution.tech;
  if (mention.ordinary || mention.inPair || tech.extra || NOT_SKILLS.has(tech.category)) return false;
  return !(CONCEPTS.has(tech.category) && mention.written === mention.written.toLowerCase());
}

/** Canonical names of every technology the skills list: by keyword, by a group's name, or inside a keyword. */
export function listedSkills(found: ResumeTechnologies): Set<string> {
  const listed = new Set<string>();
  for (const keyword of [...found.skillNames, ...found.groups.filter((group) => group.section === 'skills').flatMap((group) => group.keywords)]) {
    if (keyword.resolution) {
      listed.add(keyword.resolution.tech.name);
      continue;
    }
    // "Gulp.js, Grunt.js", "nginx/OpenResty", "Django (DRF, ViewSets)": several names in one keyword.
    for (const mention of found.read(keyword.text).mentions) listed.add(mention.resolution.tech.name);
    for (const part of keyword.text.split(/\s*(?:[,/&()]|\band\b)\s*/)) {
      const tech = found.index.resolve(part.replace(/\.?js$/i, '').trim())?.tech ?? found.index.resolve(part.trim())?.tech;
      if (tech) listed.add(tech.name);
    }
  }
  return listed;
}

// A broader keyword of the same kind covers its family's products: AWS covers Amazon EC2, Linux covers Arch Linux.
const FAMILIES: ReadonlyArray<[string, RegExp]> = [
  ['Amazon Web Services', /^(Amazon|AWS) /],
  ['Microsoft Azure', /^Azure /],
  ['Google Cloud', /^(Google|Cloud) /],
  ['Linux', / Linux$/],
];

function covered(tech: TechEntry, found: ResumeTechnologies, listed: ReadonlySet<string>): boolean {
  return FAMILIES.some(([family, members]) => listed.has(family) && members.test(tech.name) && found.index.byName(family)?.category === tech.category);
}
