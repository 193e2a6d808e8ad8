/**
 * Vitae's own messages between the extension and the language server, defined once for both sides.
 */

/** Client → server request: figures about the writing of one resume, for the status bar. */
export const SUMMARY_REQUEST = 'vitae/summary';

export interface SummaryParams {
  readonly uri: string;
}

/** `null` when the server does not have the document open, or `bullet-no-metric` is turned off for it. */
export interface SummaryResult {
  readonly bullets: number;
  readonly quantified: number;
  readonly weakOpeners: number;
  readonly words: number;
}
