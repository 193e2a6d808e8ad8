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
}

/**
 * Client → server: figures about the writing of one resume, for the status bar (null when the server does not have
 * the document open, or `bullet-no-metric` is turned off for it).
 */
export const SUMMARY_REQUEST = new RequestType<SummaryParams, SummaryResult | null, void>('vitae/summary');

export interface RenderParams {
  readonly uri: string;
  /** A JSON Resume theme package name ("even", "jsonresume-theme-even") or "vitae" (the built-in theme). */
  readonly theme?: string;
  /** Theme packages run only when the client says the workspace is trusted. */
  readonly themesAllowed: boolean;
  /** `vitae.preview.allowRemoteImages`: render `basics.image` (https: only). Off when absent. */
  readonly allowRemoteImages?: boolean;
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
  /** The person's name (basics.name), or "Resume": for a page or panel title. */
  readonly title?: string;
  /** The theme actually used ("vitae" after a fallback). */
  readonly theme: string;
  /** Why the chosen theme was not used (missing, threw, workspace not trusted), in words for the panel. */
  readonly themeMessage?: string;
  /** The first YAML error when the text does not parse (0-based line). */
  readonly problem?: { readonly message: string; readonly line: number };
}

/**
 * Client → server: the resume rendered as HTML, for the preview and the HTML/PDF exports (null when the server does
 * not have the document open). One renderer, in the server, which already holds the parse of every document version.
 */
export const RENDER_REQUEST = new RequestType<RenderParams, RenderResult | null, void>('vitae/render');
