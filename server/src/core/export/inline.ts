import { displayUrl, neutraliseDirection, safeHref } from '../render/html';
import { markdownBlocks, markdownInline, type MarkdownToken } from '../render/markdown';
import type { Block, Inline, Span } from './model';

/**
 * Resume text as the exports write it: no direction overrides, no control characters (a .docx is XML, which
 * refuses them; a lone surrogate becomes U+FFFD), and line breaks, tabs and runs of spaces as one space, so a
 * bullet stays one line. A no-break space is kept: "900 ms" should not break.
 */
export function clean(text: string): string {
  return neutraliseDirection(text)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[ \t\n\r\f\v\u2028\u2029]+/g, ' ');
}

/** Plain text (a name, a place): no Markdown. */
export function plain(text: string | undefined): Inline {
  return text === undefined ? [] : tidy([{ text: clean(text) }]);
}

/** Text that links to `url` when the URL is safe, the text alone otherwise (as on the page); no text: the URL. */
export function linked(text: string | undefined, url: string | undefined): Inline {
  if (text === undefined) return url === undefined ? [] : tidy([urlSpan(url)]);
  const href = url === undefined ? undefined : safeHref(url);
  return tidy([href === undefined ? { text: clean(text) } : { text: clean(text), href }]);
}

/** A URL field as a person would write it ("ada.example.dev"), linking to itself only when safe. */
export function urlSpan(url: string): Span {
  const href = safeHref(url);
  const text = clean(displayUrl(url.trim()));
  return href === undefined ? { text } : { text, href };
}

/** A highlight: inline Markdown (`**bold**`, `_em_`, `` `code` ``, `[text](https://…)`). */
export function inlineMarkdown(text: string): Inline {
  return tidy(spansOf(markdownInline(text)));
}

/** A summary or description: Markdown paragraphs, and lists as bullets (nested lists flattened). */
export function blockMarkdown(text: string): Block[] {
  const blocks: Block[] = [];
  let lists = 0;
  for (const token of markdownBlocks(text)) {
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') lists++;
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') lists--;
    else if (token.type === 'inline') {
      const content = tidy(spansOf(token.children ?? []));
      if (content.length > 0) blocks.push({ kind: lists > 0 ? 'bullet' : 'paragraph', content });
    }
  }
  return blocks;
}

function spansOf(tokens: readonly MarkdownToken[]): Span[] {
  const spans: Span[] = [];
  let strong = 0;
  let em = 0;
  let strike = 0;
  let href: string | undefined;
  const push = (text: string, code = false): void => {
    spans.push({
      text: clean(text),
      ...(href !== undefined ? { href } : {}),
      ...(strong > 0 ? { strong: true } : {}),
      ...(em > 0 ? { em: true } : {}),
      ...(strike > 0 ? { strike: true } : {}),
      ...(code ? { code: true } : {}),
    });
  };
  for (const token of tokens) {
    if (token.type === 'strong_open') strong++;
    else if (token.type === 'strong_close') strong--;
    else if (token.type === 'em_open') em++;
    else if (token.type === 'em_close') em--;
    else if (token.type === 's_open') strike++;
    else if (token.type === 's_close') strike--;
    // markdown-it made a link only for a URL safeHref accepts; asking again keeps the policy in one place.
    else if (token.type === 'link_open') href = safeHref(String(token.attrGet('href') ?? ''));
    else if (token.type === 'link_close') href = undefined;
    else if (token.type === 'code_inline') push(token.content, true);
    else if (token.type === 'softbreak' || token.type === 'hardbreak') push(' ');
    else if (token.content !== '') push(token.content);
  }
  return spans;
}

const sameStyle = (a: Span, b: Span): boolean =>
  a.href === b.href && a.strong === b.strong && a.em === b.em && a.code === b.code && a.strike === b.strike;

/** Joins neighbours of the same style, drops empty spans, and trims the line's two ends. */
export function tidy(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    if (span.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last, span)) out[out.length - 1] = { ...last, text: (last.text + span.text).replace(/ {2,}/g, ' ') };
    else out.push(span);
  }
  if (out.length > 0) out[0] = { ...out[0]!, text: out[0]!.text.trimStart() };
  if (out.length > 0) out[out.length - 1] = { ...out[out.length - 1]!, text: out[out.length - 1]!.text.trimEnd() };
  return out.filter((span) => span.text !== '');
}
