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
  /** `style="…"` attributes (a theme package's page uses them; they run nothing and fetch only what img-src allows). */
  readonly styleAttributes?: boolean;
  readonly images?: readonly string[];
  readonly fonts?: readonly string[];
}

export function contentSecurityPolicy(sources: PolicySources): string {
  const directive = (name: string, list: readonly string[] | undefined): string => (list && list.length > 0 ? `${name} ${list.join(' ')}` : '');
  return [
    "default-src 'none'",
    directive('script-src', sources.scripts),
    directive('style-src', sources.styles),
    sources.styleAttributes ? "style-src-attr 'unsafe-inline'" : '',
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
  /** Attributes of `<html>` (lang defaults to en) and `<body>` besides its class: a theme's page keeps its own. */
  readonly htmlAttributes?: Readonly<Record<string, string>>;
  readonly bodyAttributes?: Readonly<Record<string, string>>;
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
    `<html${attributeList({ lang: 'en', ...page.htmlAttributes })}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(page.csp)}">`,
    ...page.head,
    '</head>',
    `<body${attributeList({ ...page.bodyAttributes, class: page.bodyClass })}>`,
    ...page.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** ` name="value"` for each entry, the value escaped; a name that is not a plain attribute name, or a handler, is left out. */
export function attributeList(attributes: Readonly<Record<string, string>>): string {
  return Object.entries(attributes)
    .filter(([name]) => /^[a-z][a-z0-9_.-]*$/i.test(name) && !/^on/i.test(name))
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
}

/** CSS inside <style>: a `</style` in it would end the element early and turn the rest into markup. */
export function styleText(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** The preview's source offsets (data-src) mean nothing outside the editor: exports leave them out. */
export function withoutSourceOffsets(html: string): string {
  return html.replace(/ data-src="\d+-\d+"/g, '');
}
