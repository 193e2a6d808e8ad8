import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DESIGN, designCss, paperLayout, type Design } from '../core/design';
import { withoutSourceOffsets } from '../core/render/document';
import { renderStandalone } from '../core/render/standalone';
import type { RenderResult, ThemeAttributes } from '../protocol';
import type { DocumentProperties, PdfOptions } from './pdf';
import { embeddedFontCss, fontFamiliesIn } from './fonts';
import { BUILT_IN_THEME } from './themes';

let css: string | undefined;

/** The built-in theme's CSS: media/preview/vitae.css, beside dist/ in the package, or in the source tree. */
export function builtInCss(): string {
  if (css !== undefined) return css;
  const candidates = [join(__dirname, '..', 'media', 'preview', 'vitae.css'), join(__dirname, '..', '..', '..', 'media', 'preview', 'vitae.css')];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`The built-in theme's CSS was not found (looked in ${candidates.join(', ')}).`);
  css = readFileSync(found, 'utf8');
  return css;
}

export interface ExportInput {
  /** The rendered body (RenderResult.html). */
  readonly html: string;
  /** A JSON Resume theme's styles (RenderResult.styles); the built-in CSS is always included first. */
  readonly styles?: readonly string[];
  readonly title: string;
  /** RenderResult.theme: a JSON Resume theme's page keeps its own look, without the built-in CSS. */
  readonly theme?: string;
  /** RenderResult.themeAttributes: the theme page's own `<html>` and `<body>` attributes. */
  readonly themeAttributes?: ThemeAttributes;
  readonly allowRemoteImages?: boolean;
  /** The design (RenderResult.design): its CSS follows the built-in theme's and sets the printed page. */
  readonly design?: Design;
  /** RenderResult.lang: the built-in page's language, when not English. */
  readonly lang?: string;
}

/**
 * A complete, self-contained HTML page for "Export HTML", `vitae render` and the PDF printer. The preview's source
 * offsets (data-src) mean nothing outside the editor and are left out.
 */
export function standaloneHtml(input: ExportInput): string {
  const builtIn = input.theme === undefined || input.theme === BUILT_IN_THEME;
  const design = input.design ?? DEFAULT_DESIGN;
  // A theme package sets its own look; only the paper size is Vitae's. The built-in theme carries the fonts the
  // design names (and the mono face when there is code), inside the page, so it prints the same on every machine.
  const ownCss = designCss(design);
  const families = fontFamiliesIn(`${ownCss}${input.html.includes('<code') ? '"Vitae Mono"' : ''}`);
  const css = builtIn ? [embeddedFontCss(families), builtInCss(), ownCss].filter(Boolean).join('\n') : `@page { size: ${design.paper === 'Letter' ? 'letter' : 'A4'}; }\n`;
  return renderStandalone({
    html: withoutSourceOffsets(input.html),
    title: input.title,
    css,
    ...(input.styles && input.styles.length > 0 ? { styles: input.styles } : {}),
    allowRemoteImages: input.allowRemoteImages === true,
    ...(!builtIn && input.themeAttributes ? { attributes: input.themeAttributes } : {}),
    ...(builtIn && input.lang ? { attributes: { html: { lang: input.lang } } } : {}),
  });
}


/** A render's document properties for the PDF: the person as Author, their label as Subject, skills as Keywords. */
export function documentProperties(result: Pick<RenderResult, 'title' | 'label' | 'keywords'>): DocumentProperties {
  const title = result.title ?? 'Resume';
  return {
    title,
    ...(result.title && result.title !== 'Resume' ? { author: result.title } : {}),
    ...(result.label ? { subject: result.label } : {}),
    ...(result.keywords && result.keywords.length > 0 ? { keywords: result.keywords } : {}),
  };
}

/** The standalone page of a good render, in its theme (styles, attributes) or the built-in one with its design. */
export function exportedPage(result: RenderResult & { readonly html: string }, options: { readonly title: string; readonly allowRemoteImages: boolean }): string {
  return standaloneHtml({
    html: result.html,
    title: options.title,
    theme: result.theme,
    ...(result.styles ? { styles: result.styles } : {}),
    ...(result.themeAttributes ? { themeAttributes: result.themeAttributes } : {}),
    allowRemoteImages: options.allowRemoteImages,
    ...(result.design ? { design: result.design } : {}),
    ...(result.lang ? { lang: result.lang } : {}),
  });
}

/** What the PDF printer takes from a render: the paper, the paginator's request (the built-in theme), the properties. */
export function printOptions(result: RenderResult): Pick<PdfOptions, 'paper' | 'layout' | 'properties'> {
  const builtIn = result.theme === BUILT_IN_THEME && result.design !== undefined;
  return {
    paper: result.design?.paper === 'Letter' ? 'letter' : 'a4',
    ...(builtIn ? { layout: paperLayout(result.design!) } : {}),
    properties: documentProperties(result),
  };
}
