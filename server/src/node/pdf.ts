import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PaperRequest, PaperResult } from '../page/types';
import { findBrowser } from './browsers';

export { BrowserNotFoundError, findBrowser } from './browsers';

export type Paper = 'a4' | 'letter';

export interface PdfOptions {
  /** A Chrome/Chromium/Edge executable; found in the usual places when absent. */
  readonly browserPath?: string;
  /** Page size when the page's CSS does not set one (the built-in theme does, through @page). */
  readonly paper?: Paper;
  /** Let https: images load (the resume's photo, with `vitae.preview.allowRemoteImages`); nothing else ever does. */
  readonly allowRemoteImages?: boolean;
  /**
   * Lay the built-in theme out with the paginator (dist/page.js), the same code as the preview's paper mode, so the
   * PDF's pages are the preview's; and fit it to pages when the design asks. Absent: Chromium's own page breaks.
   */
  readonly layout?: Omit<PaperRequest, 'mode' | 'previous'>;
  /** The document's properties: Author (the person), Subject (their label), Keywords (their skills). */
  readonly properties?: DocumentProperties;
}

export interface DocumentProperties {
  readonly title: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords?: readonly string[];
}

export interface PrintedPdf {
  readonly pdf: Uint8Array;
  /** The pagination (built-in theme with `layout` only): pages, first line of each, fill, fitting note. */
  readonly layout?: PaperResult;
}

/** Chromium flags: no first-run UI, no background traffic; no sandbox only when running as root, where it cannot start. */
function launchArgs(): string[] {
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-extensions', '--disable-default-apps'];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

/**
 * Prints a standalone HTML page (from renderStandalone) to PDF with a Chromium-family browser on this machine,
 * driven by puppeteer-core. JavaScript is off and every request is refused (but https: images, when allowed), so
 * printing fetches nothing else.
 * This module is bundled on its own (dist/pdf.js) and loaded only when a PDF is asked for: see pdfModule.ts.
 */
export async function printPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  return (await printPdfWithLayout(html, options)).pdf;
}

/** printPdf(), with what the paginator did. */
export async function printPdfWithLayout(html: string, options: PdfOptions = {}): Promise<PrintedPdf> {
  const executablePath = findBrowser(options.browserPath);
  const { launch } = await import('puppeteer-core');
  const browser = await launch({ executablePath, headless: true, args: launchArgs(), timeout: 60_000 });
  try {
    const page = await browser.newPage();
    // The page's own scripts never run (the exported page has none, and its CSP forbids them); the paginator is
    // evaluated from outside through the DevTools protocol.
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 1200, height: 900 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      const allowed = url.startsWith('data:') || url === 'about:blank' || (options.allowRemoteImages === true && request.resourceType() === 'image' && url.startsWith('https:'));
      void (allowed ? request.continue() : request.abort('blockedbyclient'));
    });
    await page.setContent(html, { waitUntil: 'load' });
    let layout: PaperResult | undefined;
    if (options.layout) {
      await page.setJavaScriptEnabled(true);
      await page.evaluate(paginatorScript());
      const request: PaperRequest = { ...options.layout, mode: 'print' };
      type Paginator = { vitaePaper(request: PaperRequest): Promise<PaperResult | undefined> };
      layout = (await page.evaluate((r: PaperRequest) => (globalThis as unknown as Paginator).vitaePaper(r), request)) ?? undefined;
    }
    const printed = await page.pdf({ printBackground: true, preferCSSPageSize: true, format: options.paper === 'letter' ? 'letter' : 'a4' });
    const pdf = options.properties ? await withProperties(printed, options.properties) : printed;
    return layout ? { pdf, layout } : { pdf };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

let paginator: string | undefined;

/** dist/page.js, beside this bundle (dist/pdf.js) or, from sources, in the build's dist/. */
function paginatorScript(): string {
  if (paginator !== undefined) return paginator;
  const candidates = [join(__dirname, 'page.js'), join(__dirname, '..', '..', '..', 'dist', 'page.js')];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`The paginator (page.js) is missing: looked in ${candidates.join(', ')}. Run npm run build.`);
  paginator = readFileSync(found, 'utf8');
  return paginator;
}

/**
 * Chromium writes the page's <title> as the PDF's Title and its own user agent as Creator; an applicant-tracking
 * system and a recruiter's PDF viewer also read Author, Subject and Keywords. Set with pdf-lib, the rest untouched.
 */
async function withProperties(pdf: Uint8Array, properties: DocumentProperties): Promise<Uint8Array> {
  const { PDFDocument } = await import('pdf-lib');
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(properties.title, { showInWindowTitleBar: true });
  if (properties.author) document.setAuthor(properties.author);
  if (properties.subject) document.setSubject(properties.subject);
  if (properties.keywords && properties.keywords.length > 0) document.setKeywords([properties.keywords.join(', ')]);
  document.setCreator('Vitae');
  return document.save({ useObjectStreams: false });
}
