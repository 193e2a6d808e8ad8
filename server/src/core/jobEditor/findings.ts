import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { SeverityName, SeveritySetting } from '../codes';
import type { Finding } from '../finding';
import type { JobMatch, JobPosting, Need, TermMatch } from '../job/types';
import type { LineIndex } from '../lineIndex';
import { JobCodes } from './codes';

/** What a job diagnostic carries for its quick fix: the term's canonical name. */
export interface JobDiagnosticData {
  readonly canonical: string;
}

const NEED: Record<Need, string> = { required: 'required', preferred: 'nice to have' };

/** "Postgres (PostgreSQL)" when the posting's words differ from the canonical name, else the name. */
export function termLabel(term: Pick<TermMatch, 'text' | 'canonical'>): string {
  return term.text.toLowerCase() === term.canonical.toLowerCase() ? term.canonical : `${term.text} (${term.canonical})`;
}

/** Whether another member of the term's group of alternatives is covered ("one of Python, Go or Java"). */
export function alternativeCovering(match: JobMatch, term: TermMatch): TermMatch | undefined {
  if (term.group === undefined || term.coverage === 'covered') return undefined;
  return match.terms.find((other) => other !== term && other.group === term.group && other.coverage === 'covered');
}

/** Where the resume shows a term, in a few words: "2 bullets, the summary, skills". */
export function evidenceSummary(term: TermMatch): string {
  const count = (kind: string): number => term.evidence.filter((evidence) => evidence.kind === kind).length;
  const parts: string[] = [];
  const bullets = count('bullet');
  const projects = count('project');
  if (bullets) parts.push(`${bullets} bullet${bullets === 1 ? '' : 's'}`);
  if (count('summary')) parts.push('the summary');
  if (projects) parts.push(`${projects} project${projects === 1 ? '' : 's'}`);
  if (count('skill')) parts.push('skills');
  return parts.join(', ');
}

/**
 * The job file's findings: each term the posting names (covered, listed only, missing), each requirement that is
 * not scored (years, degree, title), and what could not be read (on `firstLine`). Offsets are in the job file's text.
 */
export function jobFileFindings(posting: Pick<JobPosting, 'problems'>, match: JobMatch | undefined, firstLine: readonly [number, number]): Finding[] {
  const [start, end] = firstLine;
  const findings: Finding[] = posting.problems.map((problem) => ({ code: JobCodes.posting, severity: 'warning', message: problem, start, end }));
  if (!match) return findings;
  for (const term of match.terms) findings.push(termFinding(match, term));
  for (const requirement of match.requirements) {
    findings.push({
      code: JobCodes.requirement,
      severity: 'hint',
      message: `${requirement.need === 'required' ? 'Required' : 'Nice to have'}: "${requirement.text}" (${requirement.kind}). Not scored: check it yourself.`,
      start: requirement.start,
      end: requirement.end,
    });
  }
  return findings.sort((a, b) => a.start - b.start);
}

function termFinding(match: JobMatch, term: TermMatch): Finding {
  const label = `${termLabel(term)}, ${NEED[term.need]}`;
  const base = { start: term.start, end: term.end, canonical: term.canonical };
  if (term.coverage === 'covered') {
    return { ...base, code: JobCodes.covered, severity: 'hint', message: `${label}: your resume shows it (${evidenceSummary(term)}).` };
  }
  const alternative = alternativeCovering(match, term);
  if (alternative) {
    return { ...base, code: JobCodes.covered, severity: 'hint', message: `${label}: your resume shows ${alternative.canonical}, one of its alternatives.` };
  }
  if (term.coverage === 'listed') {
    return { ...base, code: JobCodes.listed, severity: 'information', message: `${label}: only listed in your skills; no bullet, summary or project shows it.` };
  }
  return { ...base, code: JobCodes.missing, severity: 'information', message: `${label}: not in your resume.` };
}

/**
 * The resume's hints from the posting it is matched with: each term the posting requires that the resume only lists
 * in its skills, at the skills keyword. Offsets are in the resume's text.
 */
export function resumeFindings(match: JobMatch, jobName: string): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const term of match.terms) {
    if (term.need !== 'required' || term.coverage !== 'listed' || alternativeCovering(match, term)) continue;
    for (const evidence of term.evidence) {
      const key = `${evidence.start}:${evidence.end}`;
      if (evidence.kind !== 'skill' || seen.has(key)) continue;
      seen.add(key);
      findings.push({
        code: JobCodes.listedOnly,
        severity: 'hint',
        message: `${jobName} requires ${term.canonical}: it is only listed here; no bullet, summary or project shows it.`,
        start: evidence.start,
        end: evidence.end,
        canonical: term.canonical,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Findings as LSP diagnostics of the text `lines` indexes, with the user's severities (`off` drops a code). */
export function toDiagnostics(findings: readonly Finding[], lines: LineIndex, severities: Readonly<Record<string, SeveritySetting>> = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const finding of findings) {
    const setting = severities[finding.code];
    if (setting === 'off') continue;
    const data: JobDiagnosticData | undefined = finding.canonical ? { canonical: finding.canonical } : undefined;
    out.push({
      range: lines.range(finding.start, finding.end),
      severity: SEVERITY[setting ?? finding.severity],
      code: finding.code,
      source: 'vitae',
      message: finding.message,
      ...(data ? { data } : {}),
    });
  }
  return out;
}

/** The code lens at the top of a job file: "Required: 9 of 12 covered · Preferred: 3 of 7 · Score 74 (resume.yaml)". */
export function matchTitle(match: JobMatch, resumeName: string): string {
  const parts: string[] = [];
  if (match.required.total) parts.push(`Required: ${match.required.covered} of ${match.required.total} covered`);
  if (match.preferred.total) parts.push(`Preferred: ${match.preferred.covered} of ${match.preferred.total}`);
  if (!parts.length) return `No technologies found in this posting (${resumeName})`;
  return `${parts.join(' · ')} · Score ${match.score} (${resumeName})`;
}
