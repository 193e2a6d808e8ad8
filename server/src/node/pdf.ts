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
  const executablePath = findBrowser(options.browserPath);
  const { launch } = await import('puppeteer-core');
  const browser = await launch({ executablePath, headless: true, args: launchArgs(), timeout: 60_000 });
  try {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      const allowed = url.startsWith('data:') || url === 'about:blank' || (options.allowRemoteImages === true && request.resourceType() === 'image' && url.startsWith('https:'));
      void (allowed ? request.continue() : request.abort('blockedbyclient'));
    });
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ printBackground: true, preferCSSPageSize: true, format: options.paper === 'letter' ? 'letter' : 'a4' });
  } finally {
    await browser.close().catch(() => undefined);
  }
}
