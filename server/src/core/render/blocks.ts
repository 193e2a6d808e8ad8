import { isMap, isScalar, isSeq } from 'yaml';
import { displayUrl, escapeHtml, safeHref } from './html';
import { blockMarkdown, inlineMarkdown } from './markdown';
import { entries, field, resolved, src, textOf, type RenderContext, type Value } from './source';

/** Building blocks shared by the sections. Each returns '' when the value has no text, so empty fields vanish. */

/** Plain text in an element: `<span class="vitae-x" dir="auto" data-src>text</span>`. */
export function textElement(ctx: RenderContext, tag: string, className: string, node: Value): string {
  const text = textOf(ctx, node);
  if (text === undefined) return '';
  return `<${tag} class="${className}" dir="auto"${src(node)}>${escapeHtml(text)}</${tag}>`;
}

/** Text that links to `url` when the URL is safe; the text alone otherwise. */
export function linkedText(ctx: RenderContext, tag: string, className: string, node: Value, url: Value): string {
  const text = textOf(ctx, node);
  const href = hrefOf(ctx, url);
  if (text === undefined) return href === undefined ? '' : `<${tag} class="${className}">${link(ctx, url)}</${tag}>`;
  if (href === undefined) return textElement(ctx, tag, className, node);
  return `<${tag} class="${className}" dir="auto"><a href="${escapeHtml(href)}"${src(node)}>${escapeHtml(text)}</a></${tag}>`;
}

export function hrefOf(ctx: RenderContext, url: Value): string | undefined {
  const text = textOf(ctx, url);
  return text === undefined ? undefined : safeHref(text);
}

/** A URL field shown as a link to itself ("ada.example.com"); an unsafe one is shown as plain text, never linked. */
export function link(ctx: RenderContext, url: Value, label?: string): string {
  const text = textOf(ctx, url);
  if (text === undefined) return '';
  const href = safeHref(text);
  const shown = escapeHtml(label ?? displayUrl(text));
  return href === undefined
    ? `<span class="vitae-url" dir="auto"${src(url)}>${shown}</span>`
    : `<a class="vitae-url" href="${escapeHtml(href)}" dir="auto"${src(url)}>${shown}</a>`;
}

/** A summary or description: Markdown with paragraphs. */
export function prose(ctx: RenderContext, className: string, node: Value): string {
  const text = textOf(ctx, node);
  if (text === undefined) return '';
  return `<div class="${className} vitae-md" dir="auto"${src(node)}>${blockMarkdown(text)}</div>`;
}

/** Highlights, courses, roles: a bulleted list, each item inline Markdown with its own source range. */
export function bulletList(ctx: RenderContext, className: string, node: Value): string {
  const items = entries(ctx, node)
    .map((item) => {
      const text = textOf(ctx, item);
      return text === undefined ? '' : `<li dir="auto"${src(item)}>${inlineMarkdown(text)}</li>`;
    })
    .filter(Boolean);
  return items.length === 0 ? '' : `<ul class="${className}"${src(node)}>${items.join('')}</ul>`;
}

/** Keywords: small tags. */
export function keywordList(ctx: RenderContext, node: Value): string {
  const items = entries(ctx, node)
    .map((item) => {
      const text = textOf(ctx, item);
      return text === undefined ? '' : `<li dir="auto"${src(item)}>${escapeHtml(text)}</li>`;
    })
    .filter(Boolean);
  return items.length === 0 ? '' : `<ul class="vitae-keywords"${src(node)}>${items.join('')}</ul>`;
}

/** A section: heading and entries; nothing at all when no entry has anything to show. */
export function section(name: string, title: string, range: { key: Value; value: Value }, body: readonly string[]): string {
  const shown = body.filter((part) => part !== '');
  if (shown.length === 0) return '';
  return `<section class="vitae-section vitae-${name}"${src(range.key, range.value ?? range.key)}><h2>${escapeHtml(title)}</h2>${shown.join('')}</section>`;
}

/** One entry of a section; `parts` are the rendered fields in reading order. */
export function entry(node: Value, parts: readonly string[]): string {
  const shown = parts.filter((part) => part !== '');
  return shown.length === 0 ? '' : `<article class="vitae-entry"${src(node)}>${shown.join('')}</article>`;
}

/** An entry that is a bare text where a map belongs (`work: [Acme]`): shown as its text. */
export function bareEntry(ctx: RenderContext, node: Value): string {
  return entry(node, [textElement(ctx, 'p', 'vitae-entry-title', node)]);
}

export { field };

/**
 * Fields the section does not know (a typo like `postion`, or a custom key): still shown, plainly, so the preview
 * never hides text the writer typed. A list becomes bullets, anything else a line of text.
 */
export function extras(ctx: RenderContext, node: Value, known: ReadonlySet<string>, tag = 'p'): string {
  if (!isMap(node)) return '';
  return node.items
    .map((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (known.has(key)) return '';
      const value = resolved(ctx, pair.value);
      return isSeq(value) ? bulletList(ctx, 'vitae-extra', value) : textElement(ctx, tag, 'vitae-extra', value);
    })
    .join('');
}
