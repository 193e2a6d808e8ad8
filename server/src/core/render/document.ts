import { escapeHtml } from './html';

/**
 * One HTML document builder and one Content-Security-Policy for every page Vitae writes: the preview's webview
 * page (client/src/preview/page.ts) and the exported page (standalone.ts). Their differences are parameters.
 */

/** Where a page may load each kind of thing from; nothing else is allowed (`default-src 'none'`). */
export interface PolicySources {
  /** Scripts: the preview's one script by nonce; an export has none. */
  readonly scripts?: readonly string[];
  readonly styles: readonly string[];
  readonly images?: readonly string[];
  readonly fonts?: readonly string[];
}

export function contentSecurityPolicy(sources: PolicySources): string {
  const directive = (name: string, list: readonly string[] | undefined): string => (list && list.length > 0 ? `${name} ${list.join(' ')}` : '');
  return [
    "default-src 'none'",
    directive('script-src', sources.scripts),
    directive('style-src', sources.styles),
    directive('img-src', sources.images),
    directive('font-src', sources.fonts),
    "base-uri 'none'",
    "form-action 'none'",
  ]
    .filter(Boolean)
    .join('; ');
}

export interface HtmlDocument {
  readonly csp: string;
  /** Elements after the CSP in <head>, already escaped: meta tags, the title, styles. */
  readonly head: readonly string[];
  readonly bodyClass: string;
  /** The body's content, already escaped or rendered. */
  readonly body: readonly string[];
}

/** A whole page, the CSP first in <head> so nothing before it can load. */
export function htmlDocument(page: HtmlDocument): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(page.csp)}">`,
    ...page.head,
    '</head>',
    `<body class="${escapeHtml(page.bodyClass)}">`,
    ...page.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** CSS inside <style>: a `</style` in it would end the element early and turn the rest into markup. */
export function styleText(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** The preview's source offsets (data-src) mean nothing outside the editor: exports leave them out. */
export function withoutSourceOffsets(html: string): string {
  return html.replace(/ data-src="\d+-\d+"/g, '');
}
