import { contentSecurityPolicy as policy, htmlDocument, styleText } from '../../../server/src/core/render/document';
import { escapeHtml } from '../../../server/src/core/render/html';
import { BUILT_IN_THEME, type RenderResult, type ThemeAttributes } from '../../../server/src/protocol';
import type { InitialState } from './messages';

/** Everything the first page of a preview needs; the extension fills it from the webview and the render result. */
export interface PageParts {
  /** `webview.cspSource`: where the extension's own files are served from. */
  readonly cspSource: string;
  /** A fresh random value for this page; the one script and the theme's inline styles carry it. */
  readonly nonce: string;
  /** The bundled webview script (dist/preview.js), as a webview URI. */
  readonly scriptUri: string;
  /** Style sheets from the extension, as webview URIs: the preview's own, then the built-in theme's. */
  readonly styleUris: readonly string[];
  /** A JSON Resume theme's own CSS, inlined with the nonce. */
  readonly inlineStyles: readonly string[];
  /** Classes on `<body>` (paper mode, the theme in use). */
  readonly bodyClasses: readonly string[];
  /**
   * A JSON Resume theme package's page, with its `<html>` and `<body>` attributes: its elements are the body's own
   * children, as in its export, so that its CSS (a grid on `body`, `body > header`) lays it out the same. Absent:
   * the built-in theme, inside `#vitae-content`.
   */
  readonly themePage?: ThemeAttributes;
  /**
   * The built-in page's language (BCP 47: "fr", "ja") when not English, as the export and the PDF write it into
   * `<html lang>`: quotes, and the glyphs a font picks for Han characters, follow it. A theme's page keeps its own.
   */
  readonly lang?: string;
  /** `vitae.preview.allowRemoteImages`: lets `https:` images load; otherwise no image leaves the machine. */
  readonly allowRemoteImages: boolean;
  /** The rendered page body (trusted renderer output) or empty before the first good render. */
  readonly body: string;
  readonly state: InitialState;
}

/** `vitae.preview.paper`: off, on (the design's paper size), or on with that size (an older form of the setting). */
export type PaperSize = 'off' | 'on' | 'A4' | 'Letter';

/** Classes on `<body>` for paper mode (`vitae.preview.paper`); the built-in theme's CSS draws the sheets. */
export function paperClasses(paper: PaperSize): string[] {
  return paper === 'off' ? [] : ['vitae-paper'];
}

/** What a page takes from the render it shows and the preview's settings. */
export type PageLook = Pick<PageParts, 'styleUris' | 'inlineStyles' | 'bodyClasses' | 'themePage'>;

/**
 * The style sheets, inline CSS and body classes of the page that shows `shown` (a good render; none yet: the
 * built-in theme). `media` makes a webview URI of a file in the extension. The panel and the tests build pages
 * with it, so the tests see the page the panel writes.
 */
export function pageLook(
  shown: Pick<RenderResult, 'theme' | 'styles' | 'designCss' | 'themeAttributes'> | undefined,
  settings: { readonly paper: PaperSize; readonly editorColors: boolean },
  media: (...path: string[]) => string,
): PageLook {
  const builtIn = (shown?.theme ?? BUILT_IN_THEME) === BUILT_IN_THEME;
  const preview = media('media', 'preview', 'preview.css');
  return {
    styleUris: builtIn ? [media('media', 'preview', 'fonts.css'), media('media', 'preview', 'vitae.css'), preview] : [preview],
    // The design's CSS (fonts, sizes, margins, paper) follows the built-in theme's stylesheet.
    inlineStyles: builtIn ? (shown?.designCss ? [shown.designCss] : []) : (shown?.styles ?? []),
    bodyClasses: [
      ...(builtIn ? paperClasses(settings.paper) : []),
      ...(settings.editorColors ? ['vitae-editor-colors'] : []),
      builtIn ? 'vitae-theme-builtin' : 'vitae-theme-package',
    ],
    ...(builtIn ? {} : { themePage: shown?.themeAttributes ?? {} }),
  };
}

/** The id of the element that holds the rendered resume; the webview script patches inside it. */
export const CONTENT_ID = 'vitae-content';
export const BANNER_ID = 'vitae-banner';
export const STATE_ID = 'vitae-state';
export const INITIAL_ID = 'vitae-initial';

/**
 * The Content-Security-Policy of the preview: nothing by default, the one script by nonce, styles only from the
 * extension or inline with the nonce, images and fonts from the extension, `https:` images only when allowed.
 * A theme's `<script>`, `on*=` attributes, `<meta http-equiv=refresh>` and remote style sheets all stay inert.
 * A theme's `style="…"` attributes apply, as in its export: they run nothing, and fetch only what img-src allows.
 */
export function contentSecurityPolicy(parts: Pick<PageParts, 'cspSource' | 'nonce' | 'allowRemoteImages' | 'themePage'>): string {
  return policy({
    scripts: [`'nonce-${parts.nonce}'`],
    styles: [parts.cspSource, `'nonce-${parts.nonce}'`],
    styleAttributes: parts.themePage !== undefined,
    images: parts.allowRemoteImages ? [parts.cspSource, 'https:'] : [parts.cspSource],
    fonts: [parts.cspSource],
  });
}

/**
 * The whole HTML page written to `webview.html` once; later renders patch `#vitae-content` in place, or, for a
 * theme package's page, the body's children (the script then moves the banner out of the body).
 */
export function previewPage(parts: PageParts): string {
  const attr = escapeHtml;
  const theme = parts.themePage;
  const { class: themeClass, ...bodyAttributes } = theme?.body ?? {};
  return htmlDocument({
    csp: contentSecurityPolicy(parts),
    ...(theme?.html ? { htmlAttributes: theme.html } : !theme && parts.lang ? { htmlAttributes: { lang: parts.lang } } : {}),
    bodyAttributes,
    head: [
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<meta id="${STATE_ID}" content="${attr(JSON.stringify(parts.state))}">`,
      ...parts.styleUris.map((href) => `<link rel="stylesheet" href="${attr(href)}">`),
      ...parts.inlineStyles.map((css) => `<style nonce="${attr(parts.nonce)}">${styleText(css)}</style>`),
      // Runs once the body is parsed. In the head, so that nothing of the preview's own is among a theme's elements.
      `<script defer nonce="${attr(parts.nonce)}" src="${attr(parts.scriptUri)}"></script>`,
    ],
    bodyClass: ['vitae-preview', ...parts.bodyClasses, themeClass].filter(Boolean).join(' '),
    body: [
      `<div id="${BANNER_ID}" role="status" aria-live="polite" hidden></div>`,
      ...(theme ? [] : [`<div id="${CONTENT_ID}"></div>`]),
      // Inert until the script has checked it and moved it into the page (nothing in a template runs or loads).
      `<template id="${INITIAL_ID}">${parts.body}</template>`,
    ],
  });
}

/** A nonce: 32 characters from a cryptographic random source. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, (c) => ({ '+': '-', '/': '_', '=': '' })[c] ?? '');
}
