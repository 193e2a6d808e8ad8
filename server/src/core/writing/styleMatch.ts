/** Words at fault in a text, as offsets into it, with a mechanical rewrite when one is safe. */
export interface StyleMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Replaces `text.slice(edit.start, edit.end)` (which may reach past the match, to fix capitalisation). */
  readonly edit?: { readonly start: number; readonly end: number; readonly newText: string };
}

/**
 * Whether `start` opens a clause: the text's start (after an intro such as "In 2021,"), a new sentence, or a
 * clause joined by a comma or "and"/"but"/"so"/"then". A pronoun there is the clause's subject.
 */
export function opensClause(text: string, start: number, joined: boolean): boolean {
  const before = text.slice(0, start).trimEnd();
  if (!/[\p{L}\p{N}]/u.test(before) || /[.!?;:]$/.test(before)) return true;
  return joined && (/,$/.test(before) || /\b(?:and|but|so|then)$/i.test(before));
}
