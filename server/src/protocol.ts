import type { Design } from './core/design';

/**
 * Vitae's own requests between the extension and the language server, each declared once as a typed constant
 * (`RequestType<Params, Result, void>`) that both sides import: `client.sendRequest(RENDER_REQUEST, params)` and
 * `connection.onRequest(RENDER_REQUEST, handler)` cannot disagree on what goes back and forth. To add one, declare its
 * params and result, then its constant, as below.
 */
import { RequestType } from 'vscode-languageserver-protocol';

export interface SummaryParams {
  readonly uri: string;
}

export interface SummaryResult {
  readonly bullets: number;
  readonly quantified: number;
  readonly weakOpeners: number;
  readonly words: number;
  /** ISO 639-3 ("fra"), when the resume is written in another language than English (no weak openers are counted). */
  readonly language?: string;
}

/**
 * Client → server: figures about the writing of one resume, for the status bar (null when the server does not have
 * the document open, or `bullet-no-metric` is turned off for it).
 */
export const SUMMARY_REQUEST = new RequestType<SummaryParams, SummaryResult | null, void>('vitae/summary');

export interface JobMatchParams {
  /** A resume (then: the job file matched with it that was opened or edited last) or a job file. */
  readonly uri: string;
}

export interface JobMatchResult {
  /** The job file, and its file name. */
  readonly job: string;
  readonly jobName: string;
  /** What the posting says it is, when it says. */
  readonly title?: string;
  readonly company?: string;
  /** The resume it is matched with; absent when there is none (then `problem` says why). */
  readonly resume?: string;
  readonly resumeName?: string;
  readonly score?: number;
  readonly required?: { readonly covered: number; readonly total: number };
  readonly preferred?: { readonly covered: number; readonly total: number };
  /** Which terms moved the score, in words. */
  readonly explanation?: readonly string[];
  /**
   * Where the resume shows or lists what the posting asks for (offsets in the resume's text of `resumeVersion`),
   * for the preview's "job terms" marks. Only when the request is about the resume.
   */
  readonly marks?: readonly JobMark[];
  readonly resumeVersion?: number;
  readonly problem?: string;
}

export interface JobMark {
  readonly start: number;
  readonly end: number;
  readonly canonical: string;
  readonly need: 'required' | 'preferred';
}

/**
 * Client → server: how well a resume answers a job posting, for the resume's status bar (null when no open job file
 * is matched with the resume, or the server does not have the document open).
 */
export const JOB_MATCH_REQUEST = new RequestType<JobMatchParams, JobMatchResult | null, void>('vitae/jobMatch');

/** The built-in theme's name, in settings, `meta.theme`, `--theme` and `RenderResult.theme`. */
export const BUILT_IN_THEME = 'vitae';

export interface RenderParams {
  readonly uri: string;
  /** A JSON Resume theme package name ("even", "jsonresume-theme-even") or "vitae" (the built-in theme). */
  readonly theme?: string;
  /** Theme packages run only when the client says the workspace is trusted. */
  readonly themesAllowed: boolean;
  /** `vitae.preview.allowRemoteImages`: render `basics.image` (https: only). Off when absent. */
  readonly allowRemoteImages?: boolean;
  /** The editor's `vitae.design.*` settings; the project's `.vitaerc.yaml` `design:` wins over them. */
  readonly design?: Partial<Design>;
}

export interface RenderResult {
  readonly uri: string;
  /** The document version that was rendered; the client drops answers older than what it shows. */
  readonly version: number;
  /**
   * The page body. The built-in theme marks every element that comes from the resume with
   * `data-src="<start>-<end>"`, UTF-16 offsets into the rendered version's text (for sync both ways).
   * Absent when the YAML is broken: keep showing the last good render.
   */
  readonly html?: string;
  /** Inline CSS that a JSON Resume theme put in its page (the built-in theme's CSS ships as a file). */
  readonly styles?: readonly string[];
  /** What a JSON Resume theme put on its page's `<html>` and `<body>` (classes, style…): its CSS may need them. */
  readonly themeAttributes?: ThemeAttributes;
  /** The person's name (basics.name), or "Resume": for a page or panel title. */
  readonly title?: string;
  /** `basics.label` and the skills' keywords: the exported document's Subject and Keywords. */
  readonly label?: string;
  readonly keywords?: readonly string[];
  /** The built-in page's language (BCP 47: "fr") when the resume is not written in English: the export's `<html lang>`. */
  readonly lang?: string;
  /** The theme actually used ("vitae" after a fallback). */
  readonly theme: string;
  /** Why the chosen theme was not used (missing, threw, workspace not trusted), in words for the panel. */
  readonly themeMessage?: string;
  /** The design in effect (settings, then `.vitaerc.yaml`), and as the CSS the page and every export carry. */
  readonly design?: Design;
  readonly designCss?: string;
  /** The first YAML error when the text does not parse (0-based line). */
  readonly problem?: { readonly message: string; readonly line: number };
}

/**
 * Client → server: the resume rendered as HTML, for the preview and the HTML/PDF exports (null when the server does
 * not have the document open). One renderer, in the server, which already holds the parse of every document version.
 */
export const RENDER_REQUEST = new RequestType<RenderParams, RenderResult | null, void>('vitae/render');

export type ExportFormat = 'txt' | 'md' | 'docx';

export interface ExportParams {
  readonly uri: string;
  readonly format: ExportFormat;
}

export interface ExportResult {
  readonly uri: string;
  /** The document version that was exported. */
  readonly version: number;
  /** Plain text or Markdown: the file's text. */
  readonly text?: string;
  /** A Word document: the file's bytes, base64-encoded. */
  readonly base64?: string;
  /** The first YAML error when the text does not parse (0-based line); then nothing was exported. */
  readonly problem?: { readonly message: string; readonly line: number };
}

/**
 * Client → server: the resume as plain text, Markdown or a Word document, for the exports that are not a page. The
 * server reads the version it holds, like `vitae/render` (null when it does not have the document open).
 */
export const EXPORT_REQUEST = new RequestType<ExportParams, ExportResult | null, void>('vitae/export');

/** Attributes of a theme page's `<html>` and `<body>`: class, id, style, lang, dir and data-*, never a handler. */
export interface ThemeAttributes {
  readonly html?: Readonly<Record<string, string>>;
  readonly body?: Readonly<Record<string, string>>;
}

/** What the extension tells the server at `initialize` (other editors send nothing and get the defaults). */
export interface InitializationOptions {
  /** VS Code contributes the same snippets itself, so the extension turns the server's copies off. */
  readonly entrySnippets?: boolean;
  /**
   * A client command that opens a rule's page given its code (VS Code: `vitae.showRuleDoc`, the Markdown preview).
   * With it, each diagnostic's quick fixes end with "Learn about <code>" running that command.
   */
  readonly ruleDocCommand?: string;
  /**
   * A client command that opens a file given its URI (VS Code: `vitae.openLocation`). With it, the code lens at the
   * top of a job file opens the resume it is matched with.
   */
  readonly openLocationCommand?: string;
}
