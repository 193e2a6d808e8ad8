/** Codes of the job match diagnostics (stable, documented in docs/rules/, used in settings). */
export const JobCodes = {
  /** In the job file: a term a bullet, summary or project of the resume shows. */
  covered: 'job-term-covered',
  /** In the job file: a term the resume lists in its skills, and nothing else shows. */
  listed: 'job-term-listed',
  /** In the job file: a term the resume does not name. */
  missing: 'job-term-missing',
  /** In the job file: years of experience, a degree, a seniority: information, not scored. */
  requirement: 'job-requirement',
  /** In the job file, line 1: no resume to match against, two candidates, a named resume that is not there. */
  resume: 'job-resume',
  /** In the job file, line 1: the posting could not be read (empty, binary, too large…). */
  posting: 'job-posting',
  /** In the resume: a term the matched posting requires is only listed in the skills; no bullet shows it. */
  listedOnly: 'job-listed-only',
} as const;

export type JobCode = (typeof JobCodes)[keyof typeof JobCodes];
