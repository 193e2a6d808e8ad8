// Debian's Chromium for the tests that need a real browser, launched with nothing in the background that could
// reach a network (GUIDE.md's flags).
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['VITAE_CHROMIUM'] ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** One headless Chromium for the enclosing `describe`, started before its tests and closed after them. */
export function sharedChromium(): () => Browser {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium did not start');
    return browser;
  };
}
