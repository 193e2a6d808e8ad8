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

/** One line of Markdown (a highlight): inline formatting only. */
export function inlineMarkdown(text: string): string {
  return md.renderInline(neutraliseDirection(text)).trim();
}

/** A summary: paragraphs and lists as well as inline formatting. */
export function blockMarkdown(text: string): string {
  return md.render(neutraliseDirection(text)).trim();
}
