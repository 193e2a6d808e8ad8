/** Words at fault in a text, as offsets into it, with a mechanical rewrite when one is safe. */
export interface StyleMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Replaces `text.slice(edit.start, edit.end)` (which may reach past the match, to fix capitalisation). */
  readonly edit?: { readonly start: number; readonly end: number; readonly newText: string };
}
