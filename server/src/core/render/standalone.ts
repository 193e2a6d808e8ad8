import { escapeHtml } from './html';

export interface StandalonePage {
  /** The page body (the renderer's `html`, or a JSON Resume theme's body). */
  readonly html: string;
  readonly title: string;
  /** The built-in theme's CSS (media/preview/vitae.css, after its fonts); the caller reads it, the core touches no files. */
  readonly css: string;
  /** A JSON Resume theme's own inline styles, after the built-in CSS. */
  readonly styles?: readonly string[];
  /** Allow `https:` images (the resume's photo). Nothing else is ever fetched. */
  readonly allowRemoteImages?: boolean;
  /** Extra classes on <body>, e.g. `vitae-paper vitae-paper-a4`. */
  readonly bodyClass?: string;
  /** A JSON Resume theme's attributes of its own `<html>` and `<body>`, kept on this page's (classes added). */
  readonly attributes?: {
    readonly html?: Readonly<Record<string, string>>;
    readonly body?: Readonly<Record<string, string>>;
  };
}

/**
 * A complete HTML document for export: the CSS inlined, no scripts, and a Content-Security-Policy that forbids
 * everything but inline styles, fonts inlined as data: URIs (and https images when allowed), so an exported resume
 * opened in any browser runs nothing and fetches nothing.
 */
export function renderStandalone(page: StandalonePage): string {
  const csp = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    page.allowRemoteImages ? 'img-src https:' : '',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ]
    .filter(Boolean)
    .join('; ');
  const styles = [page.css, ...(page.styles ?? [])].map((css) => `<style>${styleText(css)}</style>`).join('\n');
  const bodyClass = ['vitae-standalone', page.bodyClass, page.attributes?.body?.['class']].filter(Boolean).join(' ');
  return [
    '<!DOCTYPE html>',
    `<html${attributeList({ lang: 'en', ...page.attributes?.html })}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    styles,
    '</head>',
    `<body${attributeList({ ...page.attributes?.body, class: bodyClass })}>`,
    page.html,
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
