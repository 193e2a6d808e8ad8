import { DiagnosticCodes } from './codes';
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
  [WritingCodes.noMetric]: 'A bullet states no number: no impact, scale or speed.',
  [WritingCodes.weakOpener]: 'A bullet does not open with a strong action verb (Responsible for, Helped, Worked on…).',
  [WritingCodes.pronoun]: 'A bullet uses I, me, my, we or our.',
  [WritingCodes.passive]: 'A bullet is written in the passive voice ("was improved by").',
  [WritingCodes.filler]: 'Vague words and clichés (various, synergy, results-driven, team player).',
  [WritingCodes.length]: 'A bullet is too long or too short.',
  [WritingCodes.repeatedVerb]: 'The same opening verb starts more than two bullets.',
  [WritingCodes.tense]: 'Present tense in a role that has ended.',
  [WritingCodes.entryBulletCount]: 'An entry has too few or too many bullets.',
  [WritingCodes.entryNoBullets]: 'A work, volunteer or project entry has no highlights.',
  [WritingCodes.resumeLength]: 'The whole resume is shorter or longer than resumes usually are.',
  [TechCodes.techName]: 'A technology not written the way its project writes it (Javascript → JavaScript, k8s → Kubernetes).',
  [TechCodes.duplicateKeyword]: 'The same technology listed twice in skills, also under another name (Kubernetes, k8s).',
  [TechCodes.notInSkills]: 'A technology named in a bullet but in no skills group.',
  [TechCodes.skillNoEvidence]: 'A technology in the skills that no bullet, summary or project mentions.',
};
