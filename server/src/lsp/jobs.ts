import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type CodeLens, type Diagnostic, type Hover, type Position, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { JobCodes } from '../core/jobEditor/codes';
import { jobFileFindings, matchTitle, resumeFindings, toDiagnostics, type JobDiagnosticData } from '../core/jobEditor/findings';
import { jobHover } from '../core/jobEditor/hover';
import { jobMarks } from '../core/jobEditor/marks';
import { jobFormatOf, type JobMatch, type JobPosting } from '../core/job/types';
import type { DiagnosticData } from '../core/lint';
import { LineIndex } from '../core/lineIndex';
import type { TextSource } from '../core/service';
import { TechCodes } from '../core/technologies/codes';
import { FolderListing, findResumeFor } from '../node/jobResume';
import type { JobMatchResult } from '../protocol';
import type { JobMatcher, Outcome, ResumeSource } from './jobOutcome';
import type { ServerState } from './state';


const MAX_RESUME_BYTES = 1024 * 1024;

/**
 * Job files (`*.job.md`, `job.txt`, `*.job.yaml`…): which resume each is matched with, the match, and what the editor
 * shows of it — diagnostics, a hover and a code lens in the job file; hints and the status bar in the resume. Every
 * answer is computed from the current version of both files and kept until either changes.
 */
export class JobMatches {
  readonly #state: ServerState;
  readonly #matcher: () => JobMatcher;
  readonly #listing = new FolderListing();
  readonly #outcomes = new Map<string, Outcome>();
  readonly #disk = new Map<string, { mtimeMs: number; size: number; source: TextSource }>();
  /** Job files by when they were last opened or changed: a resume's status bar shows the latest. */
  readonly #touched = new Map<string, number>();
  #diskVersion = 0;
  #clock = 0;

  constructor(state: ServerState, matcher: () => JobMatcher) {
    this.#state = state;
    this.#matcher = matcher;
  }

  /** A job file by its name (file: URIs only: the resume is found beside it on disk). */
  isJob(uri: string): boolean {
    return uri.startsWith('file:') && jobFormatOf(pathOf(uri)) !== undefined;
  }

  /** The job file was opened or changed: it becomes its resume's current job. */
  touch(uri: string): void {
    this.#touched.set(uri, ++this.#clock);
  }

  closed(uri: string): void {
    this.#touched.delete(uri);
    this.#outcomes.delete(uri);
  }

  /** Files changed on disk (a resume saved, created, deleted): look again. */
  forgetDisk(): void {
    this.#listing.clear();
    this.#disk.clear();
    this.#outcomes.clear();
  }

  /** The open documents whose answers change with this one: a job's open resume, a resume's open jobs. */
  partnersOf(document: TextDocument): TextDocument[] {
    if (this.isJob(document.uri)) {
      const resume = this.outcome(document).resume;
      const open = resume && this.#state.documents.get(resume.uri);
      return open ? [open] : [];
    }
    return this.jobsOf(document.uri);
  }

  /** The open job files matched with the resume at `uri`, most recently touched first. */
  jobsOf(resumeUri: string): TextDocument[] {
    if (!resumeUri.startsWith('file:')) return [];
    const path = pathOf(resumeUri);
    return this.#state.documents
      .all()
      .filter((document) => this.isJob(document.uri) && this.outcome(document).resume?.path === path)
      .sort((a, b) => (this.#touched.get(b.uri) ?? 0) - (this.#touched.get(a.uri) ?? 0));
  }

  outcome(job: TextDocument): Outcome {
    const resume = this.#resumeFor(job);
    const key = `${job.version}|${'path' in resume ? `${resume.path}@${resume.source.version}` : resume.problem.message}`;
    const cached = this.#outcomes.get(job.uri);
    if (cached?.key === key) return cached;
    const format = jobFormatOf(pathOf(job.uri))!;
    let outcome: Outcome;
    if (!job.getText().trim()) {
      outcome = { key, posting: { terms: [], requirements: [], problems: ['This job file is empty: paste the job posting here.'] } };
    } else if (!('path' in resume)) {
      outcome = { key, posting: this.#matcher().readJob(job, format), problem: resume.problem };
    } else {
      const match = this.#matcher().matchJob(resume.source, job, format);
      outcome = { key, posting: this.#matcher().readJob(job, format), resume, match };
    }
    this.#outcomes.set(job.uri, outcome);
    return outcome;
  }

  diagnostics(job: TextDocument): Diagnostic[] {
    const { posting, match, problem } = this.outcome(job);
    const text = job.getText();
    const lines = new LineIndex(text);
    const firstLine = [0, lines.lineText(text, 0).length] as const;
    const findings = jobFileFindings(posting, match, firstLine);
    if (problem) {
      const [start, end] = problem.span ?? firstLine;
      findings.unshift({ code: JobCodes.resume, severity: 'warning', message: problem.message, start, end });
    }
    return toDiagnostics(findings, lines, this.#state.settingsFor(job.uri).severities ?? {});
  }

  lenses(job: TextDocument): CodeLens[] {
    const { match, resume } = this.outcome(job);
    if (!match || !resume) return [];
    const command = this.#state.client.openLocationCommand;
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, command: { title: matchTitle(match, resume.name), command: command ?? '', ...(command ? { arguments: [resume.uri] } : {}) } }];
  }

  hover(job: TextDocument, position: Position): Hover | null {
    const { match, resume } = this.outcome(job);
    if (!match || !resume) return null;
    return jobHover(match, job.offsetAt(position), new LineIndex(job.getText()), resume);
  }

  /**
   * "Add <name> to skills" on a term a bullet of the resume shows and no skills group lists: the resume's own
   * `tech-not-in-skills` fix, applied to the resume. Never offered for a term the resume does not show.
   */
  codeActions(job: TextDocument, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
    const { match, resume } = this.outcome(job);
    if (!match || !resume) return [];
    const actions: CodeAction[] = [];
    const resumeDiagnostics = this.#state.service.lint(resume.source, this.#state.settingsFor(resume.uri));
    for (const diagnostic of diagnostics) {
      const canonical = (diagnostic.data as JobDiagnosticData | undefined)?.canonical;
      if (diagnostic.code !== JobCodes.covered || !canonical || !overlaps(diagnostic.range, range)) continue;
      const term = match.terms.find((candidate) => candidate.canonical === canonical && candidate.coverage === 'covered');
      if (!term || term.evidence.some((evidence) => evidence.kind === 'skill')) continue;
      const notInSkills = resumeDiagnostics.find((candidate) => candidate.code === TechCodes.notInSkills && (candidate.data as DiagnosticData | undefined)?.canonical === canonical);
      const fix = (notInSkills?.data as DiagnosticData | undefined)?.fixes?.[0];
      if (!notInSkills || !fix) continue;
      const target = fix.span ? resume.lines.range(fix.span[0], fix.span[1]) : notInSkills.range;
      actions.push({
        title: `${fix.title} in ${resume.name}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [resume.uri]: [{ range: target, newText: fix.newText }] } },
      });
    }
    return actions;
  }

  /** The resume's hints from its current job: required terms its skills list and nothing else shows. */
  resumeDiagnostics(resume: TextDocument): Diagnostic[] {
    const current = this.currentJob(resume.uri);
    if (!current) return [];
    const findings = resumeFindings(current.match, basename(pathOf(current.job.uri)));
    return toDiagnostics(findings, new LineIndex(resume.getText()), this.#state.settingsFor(resume.uri).severities ?? {});
  }

  /** The job the resume's status bar and hints are about: the open job file matched with it, touched last. */
  currentJob(resumeUri: string): { job: TextDocument; match: JobMatch; posting: JobPosting } | undefined {
    for (const job of this.jobsOf(resumeUri)) {
      const { match, posting } = this.outcome(job);
      if (match) return { job, match, posting };
    }
    return undefined;
  }

  /** `vitae/jobMatch` for a resume (its current job) or a job file (itself). */
  summary(uri: string): JobMatchResult | null {
    const job = this.isJob(uri) ? this.#state.documents.get(uri) : this.currentJob(uri)?.job;
    if (!job) return null;
    const { match, resume, posting, problem } = this.outcome(job);
    const base = { job: job.uri, jobName: basename(pathOf(job.uri)), ...(posting.title ? { title: posting.title } : {}), ...(posting.company ? { company: posting.company } : {}) };
    if (!match || !resume) return { ...base, ...(problem ? { problem: problem.message } : {}) };
    const result = { ...base, resume: resume.uri, resumeName: resume.name, score: match.score, required: match.required, preferred: match.preferred, explanation: match.explanation };
    return this.isJob(uri) ? result : { ...result, marks: jobMarks(match), resumeVersion: resume.source.version };
  }

  #resumeFor(job: TextDocument): ResumeSource | { problem: { message: string; span?: readonly [number, number] } } {
    const openResumes = this.#state.documents
      .all()
      .filter((document) => document.languageId === 'resume-yaml' && document.uri.startsWith('file:') && !this.isJob(document.uri))
      .map((document) => pathOf(document.uri));
    const found = findResumeFor(pathOf(job.uri), job.getText(), {
      setting: this.#state.settings.job.resume,
      workspaceFolders: this.#state.workspaceFolders,
      openResumes,
    }, this.#listing);
    if ('problem' in found) return { problem: { message: found.problem, ...(found.span ? { span: found.span } : {}) } };
    const open = this.#state.documents.all().find((document) => document.uri.startsWith('file:') && pathOf(document.uri) === found.path);
    const source = open ?? this.#readDisk(found.path);
    if (!source) return { problem: { message: `The resume ${found.path} cannot be read.` } };
    const text = source.getText();
    return { path: found.path, uri: source.uri, name: basename(found.path), source, text, lines: new LineIndex(text) };
  }

  /** An unopened resume, read from disk once per change of its modification time. */
  #readDisk(path: string): TextSource | undefined {
    try {
      const { mtimeMs, size } = statSync(path);
      const cached = this.#disk.get(path);
      if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.source;
      const text = size > MAX_RESUME_BYTES ? '' : readFileSync(path, 'utf8');
      const source: TextSource = { uri: pathToFileURL(path).href, version: -++this.#diskVersion, getText: () => text };
      this.#disk.set(path, { mtimeMs, size, source });
      return source;
    } catch {
      return undefined;
    }
  }
}

function pathOf(uri: string): string {
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
const overlaps = (a: Range, b: Range): boolean => before(a.start, b.end) && before(b.start, a.end);
