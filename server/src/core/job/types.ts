// The job match API: what a posting says (JobPosting) and how well a resume answers it (JobMatch).
// The editor half and the CLI both build on these types alone.

export type Need = 'required' | 'preferred';

/** A technology the posting names, in its own words, at its offsets in the job file's text. */
export interface JobTerm {
  readonly text: string;
  readonly canonical: string;
  readonly category?: string;
  readonly need: Need;
  /** Alternatives ("one of Python, Go or Java") share a group number; any member satisfies the group. */
  readonly group?: number;
  readonly start: number;
  readonly end: number;
}

export interface JobRequirement {
  readonly kind: 'years' | 'degree' | 'title';
  readonly text: string;
  readonly need: Need;
  readonly start: number;
  readonly end: number;
}

export interface JobPosting {
  readonly title?: string;
  readonly company?: string;
  /** Every mention, in the order of the file: a technology the posting names three times is three terms. */
  readonly terms: readonly JobTerm[];
  readonly requirements: readonly JobRequirement[];
  /** What could not be read, in words (empty file, binary, too large…). */
  readonly problems: readonly string[];
}

/** Where the resume shows a term: offsets in the resume's text and the JSON path of the value. */
export interface Evidence {
  readonly kind: 'skill' | 'bullet' | 'summary' | 'project';
  readonly start: number;
  readonly end: number;
  readonly path: readonly (string | number)[];
}

/** covered: a bullet, summary or project shows it; listed: only in skills. */
export type Coverage = 'covered' | 'listed' | 'missing';

export interface TermMatch extends JobTerm {
  readonly coverage: Coverage;
  readonly evidence: readonly Evidence[];
}

export interface JobMatch {
  /** 0–100, deterministic. */
  readonly score: number;
  readonly terms: readonly TermMatch[];
  readonly requirements: readonly JobRequirement[];
  /** Distinct technologies and groups of alternatives (not mentions); covered counts covered and listed alike. */
  readonly required: { readonly covered: number; readonly total: number };
  readonly preferred: { readonly covered: number; readonly total: number };
  /** Which terms moved the score, in words. */
  readonly explanation: readonly string[];
}

export type JobFormat = 'text' | 'markdown' | 'html' | 'yaml' | 'json';

/**
 * The format of a job file by its name: *.job.txt, *.job.md, job.txt, job.md, *.job.yaml, job.yaml, *.job.json
 * (and job.yml, *.job.yml, job.json, *.job.html, job.html). undefined: not a job file.
 */
export function jobFormatOf(fileName: string): JobFormat | undefined {
  const base = (fileName.split(/[\\/]/).pop() ?? '').toLowerCase();
  const match = /^(?:.+\.)?job\.(txt|md|markdown|yaml|yml|json|html?)$/.exec(base);
  if (!match) return undefined;
  switch (match[1]) {
    case 'txt': return 'text';
    case 'md': case 'markdown': return 'markdown';
    case 'yaml': case 'yml': return 'yaml';
    case 'json': return 'json';
    default: return 'html';
  }
}
