import type {
  CodeAction,
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Position,
  Range,
  TextEdit,
} from 'vscode-languageserver-types';
import { Caches } from './caches';
import { codeActions } from './codeActions';
import { fixAllEdits } from './fixAll';
import { codeLenses } from './codeLens';
import { complete, type CompletionOptions } from './completion';
import { parseResume, type ResumeDocument } from './document';
import { foldingRanges } from './folding';
import { hover } from './hover';
import { resumeEvidence, type ResumeEvidence } from './job/evidence';
import { matchJob } from './job/match';
import { readJob } from './job/read';
import type { JobFormat, JobMatch, JobPosting } from './job/types';
import { reparse } from './incremental';
import type { TechnologyOptions } from './technologies/extras';
import { lint, type LintOptions } from './lint';
import { documentSymbols } from './symbols';
import { readResume } from './export/read';
import type { ExportOutcome } from './export/model';
import { renderResume, type RenderOptions, type RenderOutcome } from './render/index';
import { summarizeWriting, writingLanguage, type WritingSummary } from './writing/summary';

/** The text of one document version, as any editor or the CLI has it. */
export interface TextSource {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export interface HoverOptions {
  /** The user's own technologies, described like the vocabulary's. */
  readonly technologies?: TechnologyOptions;
}

export interface ServiceOptions {
  /** Today, for date checks; tests pin it. */
  readonly today?: () => Date;
  /** What the service remembers about the strings it reads; its own unless given (tests pass one to look inside). */
  readonly caches?: Caches;
}

export interface ResumeLanguageService {
  lint(source: TextSource, options?: Omit<LintOptions, 'today'>): Diagnostic[];
  complete(source: TextSource, position: Position, options?: CompletionOptions): CompletionList;
  hover(source: TextSource, position: Position, options?: HoverOptions): Hover | null;
  documentSymbols(source: TextSource): DocumentSymbol[];
  foldingRanges(source: TextSource): FoldingRange[];
  codeActions(source: TextSource, range: Range, options?: Omit<LintOptions, 'today'>): CodeAction[];
  /** Fix All: the edits of every problem whose fix needs no one's judgement, none overlapping (see `Fix.auto`). */
  fixAll(source: TextSource, options?: Omit<LintOptions, 'today'>): TextEdit[];
  codeLenses(source: TextSource): CodeLens[];
  /** Bullets, quantified bullets, weak openers and words, as the writing rules count them. */
  summary(source: TextSource): WritingSummary;
  /** The resume as HTML in the built-in theme (or the first YAML error), from the same parse as every feature. */
  render(source: TextSource, options?: RenderOptions): RenderOutcome & { readonly version: number };
  /** The resume as plain data (what JSON Resume themes take); undefined when the YAML does not parse. */
  resumeData(source: TextSource): unknown;
  /** The resume as a document for the plain text, Markdown and Word exports (or the first YAML error). */
  exportModel(source: TextSource): ExportOutcome & { readonly version: number };
  /** A job posting read: its technologies with their need and groups, years, degree and title, and problems. */
  readJob(job: TextSource, format: JobFormat): JobPosting;
  /** How well the resume answers the posting: each term covered, listed or missing, with evidence and a score. */
  matchJob(resume: TextSource, job: TextSource, format: JobFormat): JobMatch;
  /** Drops cached state for a closed document. */
  forget(uri: string): void;
  /** Frees everything the service remembers: parses, lint results, and what it learned about every string. */
  dispose(): void;
}

/**
 * The pure core behind the language server and the CLI: no editor, no file system. Each document version is parsed
 * once and shared by every feature; lint results are kept per version so quick fixes see exactly what was published.
 * What is learned about strings (bullets' facts, technology readings) is kept in this service's `Caches`, handed down
 * to every rule: two services share nothing, and `dispose()` frees it all.
 */
export function createLanguageService(options: ServiceOptions = {}): ResumeLanguageService {
  const today = options.today ?? (() => new Date());
  const caches = options.caches ?? new Caches();
  const parsed = new Map<string, ResumeDocument>();
  const linted = new Map<string, { doc: ResumeDocument; key: string; diagnostics: Diagnostic[] }>();
  const jobs = new Map<string, { version: number; format: JobFormat; posting: JobPosting }>();
  const evidence = new Map<string, { doc: ResumeDocument; evidence: ResumeEvidence }>();
  const matches = new Map<string, { posting: JobPosting; evidence: ResumeEvidence; match: JobMatch }>();

  const documentOf = (source: TextSource): ResumeDocument => {
    const cached = parsed.get(source.uri);
    if (cached && cached.version === source.version) return cached;
    const text = source.getText();
    const doc = (cached && reparse(cached, source.uri, source.version, text)) || parseResume(source.uri, source.version, text);
    parsed.set(source.uri, doc);
    return doc;
  };

  const lintOf = (source: TextSource, lintOptions: Omit<LintOptions, 'today'> = {}): { doc: ResumeDocument; diagnostics: Diagnostic[] } => {
    const doc = documentOf(source);
    const key = JSON.stringify([lintOptions.severities ?? {}, lintOptions.writing ?? {}, lintOptions.technologies ?? {}]);
    const cached = linted.get(source.uri);
    if (cached && cached.doc === doc && cached.key === key) return cached;
    const result = { doc, key, diagnostics: lint(doc, { ...lintOptions, today: today() }, caches) };
    linted.set(source.uri, result);
    return result;
  };

  const jobOf = (source: TextSource, format: JobFormat): JobPosting => {
    const cached = jobs.get(source.uri);
    if (cached && cached.version === source.version && cached.format === format) return cached.posting;
    const posting = readJob(source.getText(), format, caches);
    jobs.set(source.uri, { version: source.version, format, posting });
    return posting;
  };

  const evidenceOf = (source: TextSource): ResumeEvidence => {
    const doc = documentOf(source);
    const cached = evidence.get(source.uri);
    if (cached && cached.doc === doc) return cached.evidence;
    const found = resumeEvidence(doc, caches);
    evidence.set(source.uri, { doc, evidence: found });
    return found;
  };

  const service: ResumeLanguageService = {
    lint: (source, lintOptions) => lintOf(source, lintOptions).diagnostics,
    complete: (source, position, completionOptions) => complete(documentOf(source), position, caches, completionOptions),
    hover: (source, position, hoverOptions) => hover(documentOf(source), position, caches, hoverOptions?.technologies),
    documentSymbols: (source) => documentSymbols(documentOf(source)),
    foldingRanges: (source) => foldingRanges(documentOf(source)),
    codeActions: (source, range, lintOptions) => {
      const { doc, diagnostics } = lintOf(source, lintOptions);
      return codeActions(doc, range, diagnostics);
    },
    fixAll: (source, lintOptions) => {
      const { doc, diagnostics } = lintOf(source, lintOptions);
      return fixAllEdits(doc, diagnostics);
    },
    codeLenses: (source) => codeLenses(documentOf(source), caches),
    summary: (source) => summarizeWriting(documentOf(source), caches),
    render: (source, renderOptions) => {
      const doc = documentOf(source);
      // The page's headings and dates in the language the resume is written in, as its checks read it.
      const language = renderOptions?.language ?? writingLanguage(doc, caches);
      return { ...renderResume(doc, { ...renderOptions, language }), version: doc.version };
    },
    resumeData: (source) => {
      const doc = documentOf(source);
      if (doc.refused || doc.yaml.errors.length > 0) return undefined;
      return doc.yaml.toJS({ maxAliasCount: 1000 });
    },
    exportModel: (source) => {
      const doc = documentOf(source);
      return { ...readResume(doc, writingLanguage(doc, caches)), version: doc.version };
    },
    readJob: (job, format) => jobOf(job, format),
    matchJob: (resume, job, format) => {
      const posting = jobOf(job, format);
      const found = evidenceOf(resume);
      const key = `${resume.uri}\n${job.uri}`;
      const cached = matches.get(key);
      if (cached && cached.posting === posting && cached.evidence === found) return cached.match;
      const match = matchJob(posting, found);
      matches.set(key, { posting, evidence: found, match });
      return match;
    },
    forget: (uri) => {
      parsed.delete(uri);
      linted.delete(uri);
      jobs.delete(uri);
      evidence.delete(uri);
      for (const key of matches.keys()) if (key.split('\n').includes(uri)) matches.delete(key);
    },
    dispose: () => {
      parsed.clear();
      linted.clear();
      jobs.clear();
      evidence.clear();
      matches.clear();
      caches.clear();
    },
  };
  return Object.freeze(service);
}
