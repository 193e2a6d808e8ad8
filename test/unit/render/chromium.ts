import type { Browser, Page } from 'playwright-core';

export { CHROMIUM, launchChromium, sharedChromium } from '../../helpers/chromium';

/** Where test pages pretend to be served from. Every other request is refused and recorded. */
export const PAGE_URL = 'https://vitae-render.test/resume.html';

export interface LoadedPage {
  readonly page: Page;
  /** Every request that reached the network (the routing layer), the page itself included. */
  readonly requests: string[];
  /** Loads the page's Content-Security-Policy stopped before they reached the network. */
  readonly blockedByCsp: string[];
  readonly dialogs: string[];
  readonly console: string[];
  readonly errors: string[];
}

/** Serves `html` as the one page at PAGE_URL and records what it tries to do. */
export async function loadPage(browser: Browser, html: string): Promise<LoadedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const loaded: LoadedPage = { page, requests: [], blockedByCsp: [], dialogs: [], console: [], errors: [] };
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText === 'csp') loaded.blockedByCsp.push(request.url());
  });
  page.on('dialog', (dialog) => {
    loaded.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => loaded.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => loaded.errors.push(error.message));
  await context.route('**/*', (route) => {
    loaded.requests.push(route.request().url());
    return route.request().url() === PAGE_URL ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort('blockedbyclient');
  });
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  // Two animation frames: layout, image decoding and any `on*` handler would have run by then.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  return loaded;
}
