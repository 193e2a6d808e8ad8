/** What makes a job file hard or impossible to read, found before reading it. */

/** Postings are a few kilobytes; beyond this only the start is read, so a huge paste cannot stall a keystroke. */
export const MAX_JOB_CHARS = 200_000;
const LONG_LINE = 5_000;
const ENGLISH = new Set(['the', 'and', 'to', 'of', 'with', 'you', 'in', 'for', 'a', 'we', 'our', 'is', 'are', 'will', 'your', 'experience', 'or', 'on', 'as', 'be']);

/** Why nothing can be read at all (empty, binary), or undefined. */
export function unreadable(text: string): string | undefined {
  if (!text.trim()) return 'The job file is empty: paste a job posting into it (plain text, Markdown or HTML) to match your resume against it.';
  const head = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0) return 'The job file is not text (it holds binary data): nothing was read. Paste the posting as text.';
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
  }
  return control > head.length * 0.05 ? 'The job file is not text (it holds binary data): nothing was read. Paste the posting as text.' : undefined;
}

/** What was read only in part, or may be read wrongly. */
export function caveats(text: string): string[] {
  const out: string[] = [];
  if (text.length > MAX_JOB_CHARS) out.push(`The posting is ${Math.round(text.length / 1024)} KB, far more than a job posting: only its first ${MAX_JOB_CHARS / 1000} KB were read.`);
  const lines = text.slice(0, MAX_JOB_CHARS).split('\n');
  const longest = lines.reduce((max, line) => Math.max(max, line.length), 0);
  if (longest > LONG_LINE && lines.filter((line) => line.trim()).length <= 3) out.push(`The posting is one line of ${longest.toLocaleString('en-US')} characters: headings such as "Nice to have" are found only where a colon follows them, so needs may be read as required.`);
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length >= 30 && words.filter((word) => ENGLISH.has(word)).length < words.length * 0.06) out.push('The posting does not look like English: technologies are found by their names, but headings and cues such as "nice to have" are read in English only.');
  return out;
}

/** Whether text pasted into a .txt or .md job file is really a page of HTML. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return /^\s*(?:<!doctype html|<html)/i.test(head) || (head.match(/<\/?(?:div|p|li|ul|span|br|h[1-6]|script|style|body)\b[^>]*>/gi)?.length ?? 0) >= 5;
}
