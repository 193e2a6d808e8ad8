import type { RenderResult } from '../../../server/src/protocol';
import type { PreviewSettings } from './settings';

/**
 * What `webview.html` was built from. When any of it changes the preview writes a new page (another theme, its
 * styles or attributes, the design's CSS, paper mode, colours, remote images, the page's language); otherwise it
 * patches the page.
 */
export interface PageState {
  readonly resource: string;
  readonly theme: string;
  readonly styles: readonly string[];
  readonly attributes: RenderResult['themeAttributes'];
  readonly designCss: string;
  readonly paper: PreviewSettings['paper'];
  readonly allowRemoteImages: boolean;
  readonly editorColors: boolean;
  /** The built-in page's language (`<html lang>`: "fr"), as its export and PDF carry it; absent: English. */
  readonly lang: string | undefined;
}

/** The page for `shown` (the last good render; none yet: the built-in theme) of `resource` with these settings. */
export function pageStateOf(resource: string, shown: RenderResult | undefined, fallbackTheme: string, settings: PreviewSettings): PageState {
  return {
    resource,
    theme: shown?.theme ?? fallbackTheme,
    styles: shown?.styles ?? [],
    attributes: shown?.themeAttributes,
    designCss: shown?.designCss ?? '',
    paper: settings.paper,
    allowRemoteImages: settings.allowRemoteImages,
    editorColors: settings.editorColors,
    lang: shown?.lang,
  };
}

/** Whether a render can patch the page written for `a`, or needs a new one. */
export function samePage(a: PageState, b: PageState): boolean {
  return (
    a.resource === b.resource &&
    a.theme === b.theme &&
    a.designCss === b.designCss &&
    a.paper === b.paper &&
    a.allowRemoteImages === b.allowRemoteImages &&
    a.editorColors === b.editorColors &&
    a.lang === b.lang &&
    sameList(a.styles, b.styles) &&
    sameRecord(a.attributes?.html, b.attributes?.html) &&
    sameRecord(a.attributes?.body, b.attributes?.body)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function sameRecord(a: Readonly<Record<string, string>> = {}, b: Readonly<Record<string, string>> = {}): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** The panel's title: `Preview resume.yaml`, `[Preview] resume.yaml` when locked, and in paper mode `· 2 pages`. */
export function previewTitle(path: string, locked: boolean, pages: number | undefined): string {
  const name = path.split('/').pop() || 'resume';
  const count = pages === undefined ? '' : ` · ${pages === 1 ? '1 page' : `${pages} pages`}`;
  return `${locked ? `[Preview] ${name}` : `Preview ${name}`}${count}`;
}
