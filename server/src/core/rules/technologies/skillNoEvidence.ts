import { TechCodes } from '../../technologies/codes';
import { readingOf, resumeTechnologies } from '../../technologies/resume';
import type { Rule } from '../rule';

/**
 * A technology in the skills that no bullet, summary or project shows in use. A hint only: a skill with no story
 * behind it is the first thing an interviewer asks about. Silent until the resume has bullets.
 */
export const skillNoEvidence: Rule = {
  id: TechCodes.skillNoEvidence,
  *check(context) {
    const found = resumeTechnologies(context);
    if (found.bullets.length === 0) return;
    const readings = [...found.bullets, ...found.prose].map((text) => readingOf(found, text));
    const evidence = new Set<string>();
    for (const group of found.groups) {
      if (group.section !== 'projects') continue;
      if (group.name) readings.push(found.read(group.name));
      for (const keyword of group.keywords) {
        if (keyword.resolution) evidence.add(keyword.resolution.tech.name);
        else readings.push(found.read(keyword.text));
      }
    }
    for (const reading of readings) for (const mention of reading.mentions) evidence.add(mention.resolution.tech.name);
    // Every word, for names the vocabulary reads differently ("C", written as a letter); gathered only if needed.
    let words: Set<string> | undefined;
    const wordsOf = (): Set<string> => {
      if (!words) {
        words = new Set();
        for (const reading of readings) for (const word of reading.words) words.add(word);
      }
      return words;
    };
    for (const group of found.groups) {
      if (group.section !== 'skills') continue;
      for (const keyword of group.keywords) {
        const tech = keyword.resolution?.tech;
        if (!tech || evidence.has(tech.name)) continue;
        const forms = [tech.name, ...tech.aliases, ...tech.formerNames, keyword.text.trim()];
        if (forms.some((form) => wordsOf().has(form.toLowerCase()))) continue;
        yield {
          code: TechCodes.skillNoEvidence,
          severity: 'hint',
          message: `No bullet, summary or project mentions ${tech.name}: add one that shows it in use, or drop the keyword.`,
          start: keyword.span[0],
          end: keyword.span[1],
        };
      }
    }
  },
};
