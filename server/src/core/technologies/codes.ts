/** Codes of the technology checks (stable, documented in docs/rules/, used in settings and suppressions). */
export const TechCodes = {
  techName: 'tech-name',
  duplicateKeyword: 'duplicate-keyword',
  notInSkills: 'tech-not-in-skills',
  skillNoEvidence: 'skill-no-evidence',
} as const;
