import MarkdownIt from 'markdown-it';
import { neutraliseDirection, safeHref } from './html';

/**
 * Markdown as people write it in summaries and highlights: `**bold**`, `_em_`, `` `code` ``, `[text](https://…)`.
 * Raw HTML is off, images are off (a resume must not fetch anything), and links pass the same scheme allowlist as
 * every URL field.
 */
function create(): ReturnType<typeof MarkdownIt> {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  md.disable(['image', 'heading', 'lheading', 'table', 'hr', 'code', 'fence', 'html_block', 'html_inline', 'reference']);
  md.validateLink = (url) => safeHref(url) !== undefined;
  return md;
}

const md = create();

/**
 * Rendered Markdown by source text. A keystroke changes one bullet; the page is re-rendered on every keystroke, so
 * every other bullet is a lookup. Bounded: cleared when it outgrows any real resume.
 */
const CACHE_LIMIT = 5000;
const inlineCache = new Map<string, string>();
const blockCache = new Map<string, string>();

function cached(cache: Map<string, string>, text: string, render: (text: string) => string): string {
  let html = cache.get(text);
  if (html === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    html = render(neutraliseDirection(text)).trim();
    cache.set(text, html);
  }
  return html;
}

/** One line of Markdown (a highlight): inline formatting only. */
export function inlineMarkdown(text: string): string {
  return cached(inlineCache, text, (source) => md.renderInline(source));
}

/** A summary: paragraphs and lists as well as inline formatting. */
export function blockMarkdown(text: string): string {
  return cached(blockCache, text, (source) => md.render(source));
}

export type MarkdownToken = ReturnType<typeof md.parse>[number];

/** A summary's block tokens, by the page's rules (links only through safeHref): for the text and Word exports. */
export function markdownBlocks(text: string): MarkdownToken[] {
  return md.parse(neutraliseDirection(text), {});
}

/** A highlight's inline tokens (the children of its one `inline` token), by the page's rules. */
export function markdownInline(text: string): MarkdownToken[] {
  return md.parseInline(neutraliseDirection(text), {}).flatMap((token) => token.children ?? []);
}
