import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { jobFormatOf, type JobFormat, type JobMatch, type TermMatch } from '../core/job/types';
import { LineIndex } from '../core/lineIndex';
import { createLanguageService } from '../core/service';
import { VERSION } from '../version';
import { readResumeFile } from './files';
import type { CommandOutput } from './lintCommand';

export type MatchFormat = 'text' | 'json' | 'sarif';
export const MATCH_FORMATS: readonly MatchFormat[] = ['text', 'json', 'sarif'];

export interface MatchRequest {
  readonly resume: string;
  readonly job: string;
  readonly format: MatchFormat;
  readonly minScore?: number;
}

/** One line of the report per technology (and group): the strongest need, the first place the posting names it. */
interface Row {
  readonly term: TermMatch;
  readonly need: TermMatch['need'];
}

/** `vitae match`: 0 at or above --min-score, 1 below it, 2 when a file cannot be read. */
export function runMatch(request: MatchRequest): CommandOutput {
  const resume = readResumeFile(request.resume);
  const job = readResumeFile(request.job);
  const problems = [resume, job].flatMap((read) => ('problem' in read ? [read.problem] : []));
  if ('problem' in resume || 'problem' in job) return { stdout: '', stderr: problems.join('\n'), exitCode: 2 };
  const service = createLanguageService();
  const source = (file: string, text: string): { uri: string; version: number; getText: () => string } => ({ uri: pathToFileURL(resolve(file)).href, version: 1, getText: () => text });
  const format = formatOfJob(request.job);
  const match = service.matchJob(source(request.resume, resume.text), source(request.job, job.text), format);
  const posting = service.readJob(source(request.job, job.text), format);
  const lines = { resume: new LineIndex(resume.text), job: new LineIndex(job.text) };
  const rows = rowsOf(match);
  const stdout =
    request.format === 'json' ? JSON.stringify(toJson(match, rows, lines.resume), null, 2)
    : request.format === 'sarif' ? JSON.stringify(toSarif(request.job, rows, lines.job), null, 2)
    : toText(request, match, rows, lines.resume, posting.problems);
  const below = request.minScore !== undefined && match.score < request.minScore;
  const stderr = [...posting.problems.map((problem) => `vitae: ${request.job}: ${problem}`), ...(below ? [`vitae: score ${match.score} is below --min-score ${request.minScore}`] : [])].join('\n');
  return { stdout, stderr, exitCode: below ? 1 : 0 };
}

/** The job file's format by its name; any other file is read as plain text. */
export function formatOfJob(file: string): JobFormat {
  return jobFormatOf(file) ?? (/\.(md|markdown)$/i.test(file) ? 'markdown' : /\.html?$/i.test(file) ? 'html' : /\.ya?ml$/i.test(file) ? 'yaml' : /\.json$/i.test(file) ? 'json' : 'text');
}

function rowsOf(match: JobMatch): Row[] {
  const rows = new Map<string, Row>();
  for (const term of match.terms) {
    const key = `${term.canonical}\n${term.group ?? ''}`;
    const known = rows.get(key);
    if (!known) rows.set(key, { term, need: term.need });
    else if (term.need === 'required' && known.need !== 'required') rows.set(key, { term: known.term, need: 'required' });
  }
  return [...rows.values()];
}

function pathText(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

function toJson(match: JobMatch, rows: readonly Row[], lines: LineIndex): unknown {
  return {
    score: match.score,
    terms: rows.map(({ term, need }) => ({
      text: term.text,
      canonical: term.canonical,
      need,
      group: term.group ?? null,
      covered: term.coverage !== 'missing',
      evidence: term.evidence.map((item) => ({ path: pathText(item.path), line: lines.positionAt(item.start).line + 1 })),
    })),
    requirements: match.requirements.map((requirement) => ({ kind: requirement.kind, text: requirement.text, need: requirement.need })),
  };
}

const MARK = { covered: '✓', listed: '~', missing: '✗' } as const;

function toText(request: MatchRequest, match: JobMatch, rows: readonly Row[], lines: LineIndex, problems: readonly string[]): string {
  const out = [
    `Score ${match.score} — ${basename(request.resume)} against ${basename(request.job)}`,
    `Required: ${match.required.covered} of ${match.required.total} covered · Preferred: ${match.preferred.covered} of ${match.preferred.total}`,
    '',
  ];
  const width = Math.min(28, Math.max(0, ...rows.map((row) => row.term.canonical.length)));
  for (const { term, need } of rows) {
    const where = term.evidence.slice(0, 3).map((item) => `${basename(request.resume)}:${lines.positionAt(item.start).line + 1} ${pathText(item.path)}`).join(', ');
    const group = term.group === undefined ? '' : ` (one of group ${term.group + 1})`;
    out.push(`  ${MARK[term.coverage]} ${term.canonical.padEnd(width)}  ${need.padEnd(9)}  ${term.coverage.padEnd(7)}${where ? `  ${where}` : ''}${group}`);
  }
  if (match.requirements.length > 0) out.push('', 'Also asked for:', ...match.requirements.map((requirement) => `  ${requirement.kind}: ${requirement.text}${requirement.need === 'preferred' ? ' (preferred)' : ''}`));
  out.push('', 'Why:', ...match.explanation.map((line) => `  ${line}`));
  if (problems.length > 0) out.push('', ...problems.map((problem) => `Note: ${problem}`));
  return out.join('\n');
}

function toSarif(job: string, rows: readonly Row[], lines: LineIndex): unknown {
  const rules = [
    { id: 'job-term-missing', shortDescription: { text: 'The posting asks for a technology the resume does not show or list.' } },
    { id: 'job-term-listed', shortDescription: { text: 'The posting asks for a technology the resume only lists in its skills; no bullet shows it.' } },
  ];
  const results = rows
    .filter(({ term }) => term.coverage !== 'covered')
    .map(({ term, need }) => {
      const start = lines.positionAt(term.start);
      const end = lines.positionAt(term.end);
      return {
        ruleId: term.coverage === 'missing' ? 'job-term-missing' : 'job-term-listed',
        level: need === 'required' && term.coverage === 'missing' ? 'warning' : 'note',
        message: { text: `${need === 'required' ? 'Required' : 'Preferred'}: ${term.canonical} is ${term.coverage === 'missing' ? 'missing from the resume' : 'only listed in the skills'}.` },
        locations: [{ physicalLocation: { artifactLocation: { uri: job.replace(/\\/g, '/') }, region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 } } }],
      };
    });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'vitae', version: VERSION, informationUri: 'https://github.com/vitae-resume/vitae', rules } }, results }],
  };
}
