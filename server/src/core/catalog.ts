import { DiagnosticCodes } from './codes';
import { JobCodes } from './jobEditor/codes';
import { TechCodes } from './technologies/codes';
import { WritingCodes } from './writing/codes';

/**
 * Every diagnostic code with a one-line summary. The summaries are the descriptions of the `vitae.rules.<code>`
 * settings, and each code has a page in docs/rules/<code>.md; a unit test keeps the three in step.
 */
export const CODE_CATALOG: Readonly<Record<string, string>> = {
  [DiagnosticCodes.yamlSyntax]: 'The file is not valid YAML.',
  [DiagnosticCodes.duplicateKey]: 'The same key appears twice in one entry, so one value is lost.',
  [DiagnosticCodes.aliasBomb]: 'YAML aliases expand to a document too large to check.',
  [DiagnosticCodes.fileTooLarge]: 'The file is over 1 MB, too large to check.',
  [DiagnosticCodes.typeMismatch]: 'A value has the wrong type, e.g. a number where text belongs.',
  [DiagnosticCodes.unknownKey]: 'A key JSON Resume does not define, often a typo (postion → position).',
  [DiagnosticCodes.invalidEmail]: 'An email address that is not valid.',
  [DiagnosticCodes.invalidUrl]: 'A URL without a scheme (https://) or otherwise not valid.',
  [DiagnosticCodes.invalidDate]: 'A date that is not ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD) or not on the calendar.',
  [DiagnosticCodes.dateOrder]: 'An entry ends before it starts.',
  [DiagnosticCodes.dateFuture]: 'A start date in the future.',
  [DiagnosticCodes.networkSpelling]: 'A profile network not spelled the way the site spells it (Github → GitHub).',
  [WritingCodes.noMetric]: 'A bullet states no number: no impact, scale or speed (not asked of headings, keywords, qualifications or links to articles).',
  [WritingCodes.weakOpener]: 'A bullet does not open with a strong action verb (Responsible for, Helped, Worked on, a job title, a heading…).',
  [WritingCodes.pronoun]: 'A bullet opens with I or My, or has we or Our as its subject (a possessive after a verb is fine).',
  [WritingCodes.passive]: 'A bullet or summary hides who did the work in the passive voice ("The scripts were rewritten").',
  [WritingCodes.filler]: 'Vague words, clichés, padding, intensifiers and hedges (various, and others, synergy, Actively, Significantly, a sort of).',
  [WritingCodes.length]: 'A bullet is too long or too short.',
  [WritingCodes.repeatedVerb]: 'The same opening verb (in any form) starts more than two bullets, or the same gerund three bullets of one entry.',
  [WritingCodes.tense]: 'Present tense in a role that has ended.',
  [WritingCodes.entryBulletCount]: 'An entry has too many bullets, or a recent work entry too few.',
  [WritingCodes.entryNoBullets]: 'A recent work entry has no highlights, or a volunteer or project entry has neither highlights nor a description.',
  [WritingCodes.resumeLength]: 'The whole resume is shorter or longer than resumes usually are.',
  [TechCodes.techName]: 'A technology not written the way its project writes it (Javascript → JavaScript, k8s → Kubernetes).',
  [TechCodes.duplicateKeyword]: 'The same technology listed twice in skills, also under another name (Kubernetes, k8s).',
  [TechCodes.notInSkills]: 'A technology named in a bullet but in no skills group.',
  [TechCodes.skillNoEvidence]: 'A technology in the skills that no bullet, summary or project mentions.',
  [JobCodes.covered]: 'A technology the job posting names that a bullet, summary or project of your resume shows.',
  [JobCodes.listed]: 'A technology the job posting names that your resume lists in its skills only: no bullet shows it.',
  [JobCodes.missing]: 'A technology the job posting names that your resume does not.',
  [JobCodes.requirement]: 'Years of experience, a degree or a title the job posting asks for: shown, not scored.',
  [JobCodes.resume]: 'A job file with no resume to match against, two resumes in its folder, or a named resume that is not there.',
  [JobCodes.posting]: 'A job file that cannot be read as a posting: empty, binary, too large.',
  [JobCodes.listedOnly]: 'In the resume: a technology the matched job posting requires that your skills list and no bullet shows.',
};
