/** The trimmed runs of `text` from `from` on that `runs` (a global pattern) matches, each with its offset in `text`. */
export function partsOf(text: string, runs: RegExp, from = 0): Array<{ readonly text: string; readonly offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  for (const match of text.slice(from).matchAll(runs)) {
    // "(RSpec, ExUnit, Jasmine...)": an ellipsis after the last name says "and more", not how the name is written.
    const part = match[0].trim().replace(/\s*(?:\.{2,}|…)$/u, '');
    // "Azure(SQL db).": a full stop after the parentheses is no name.
    if (/[\p{L}\p{N}]/u.test(part)) out.push({ text: part, offset: from + match.index + match[0].indexOf(part) });
  }
  return out;
}
