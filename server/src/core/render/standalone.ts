import { attributeList, contentSecurityPolicy, htmlDocument, styleText } from './document';
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
  return htmlDocument({
    csp: contentSecurityPolicy({ styles: ["'unsafe-inline'"], images: page.allowRemoteImages ? ['https:'] : [], fonts: ['data:'] }),
    ...(page.attributes?.html ? { htmlAttributes: page.attributes.html } : {}),
    ...(page.attributes?.body ? { bodyAttributes: page.attributes.body } : {}),
    head: [
      '<meta name="referrer" content="no-referrer">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escapeHtml(page.title)}</title>`,
      [page.css, ...(page.styles ?? [])].map((css) => `<style>${styleText(css)}</style>`).join('\n'),
    ],
    bodyClass: ['vitae-standalone', page.bodyClass, page.attributes?.body?.['class']].filter(Boolean).join(' '),
    body: [page.html],
  });
}

export { attributeList, styleText };
