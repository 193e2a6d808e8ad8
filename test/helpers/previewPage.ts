// The preview webview outside VS Code: the page the extension writes (previewPage), the real webview script
// bundled by esbuild as the build does, the extension's CSS, in headless Chromium. A small init script stands in
// for VS Code's `acquireVsCodeApi` and hands every message the script posts to the test.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
export { CHROMIUM, launchChromium, sharedChromium } from './chromium';
import type { FromWebview, InitialState, ToWebview } from '../../client/src/preview/messages';
import { createNonce, previewPage, type PageParts } from '../../client/src/preview/page';

const ROOT = join(__dirname, '..', '..');
/** Where the page pretends to be served from, as `webview.cspSource` would be. Nothing here reaches a network. */
export const ORIGIN = 'https://vitae-webview.test';

let bundled: string | undefined;
/** client/src/preview/webview/main.ts bundled for the browser, as scripts/build.mjs bundles dist/preview.js. */
export function webviewScript(): string {
  if (bundled === undefined) {
    const result = esbuild.buildSync({
      entryPoints: [join(ROOT, 'client', 'src', 'preview', 'webview', 'main.ts')],
      bundle: true,
      platform: 'browser',
      target: 'es2022',
      format: 'iife',
      write: false,
      logLevel: 'silent',
    });
    bundled = result.outputFiles[0]!.text;
  }
  return bundled;
}

export interface PreviewPageOptions {
  readonly body: string;
  readonly state: InitialState;
  /** The extension's style sheets the page links, as paths under ORIGIN; the built-in theme's by default. */
  readonly styleUris?: readonly string[];
  readonly inlineStyles?: readonly string[];
  readonly bodyClasses?: readonly string[];
  /** A theme package's page (see PageParts.themePage). */
  readonly themePage?: PageParts['themePage'];
  readonly allowRemoteImages?: boolean;
  readonly viewport?: { width: number; height: number };
  /** Put VS Code's default webview styles in the page, as a webview has them (VSCODE_DEFAULT_STYLES). */
  readonly vscodeDefaults?: boolean;
}

/** The built-in theme's style sheets, as the panel links them (client/src/preview/panel.ts). */
export const BUILT_IN_STYLES = ['/media/preview/fonts.css', '/media/preview/vitae.css', '/media/preview/preview.css'];

/**
 * What VS Code's webview host puts first in every webview's <head> (vs/workbench/contrib/webview/browser/pre/
 * index.html, VS Code 1.139): the rules that can change a page's layout, in the same cascade layer. Placed before
 * the page's CSP, as VS Code places it, so the policy does not apply to it. VS Code sets the editor's font on
 * `<html>` as --vscode-* properties; here as in a default setup on Linux.
 */
export const VSCODE_DEFAULT_STYLES = `<style id="_defaultStyles">
:root { --vscode-font-family: system-ui, "Ubuntu", "Droid Sans", sans-serif; --vscode-font-size: 13px; --vscode-font-weight: normal; }
@layer vscode-default {
  body { overscroll-behavior-x: none; background-color: transparent; color: var(--vscode-editor-foreground); font-family: var(--vscode-font-family); font-weight: var(--vscode-font-weight); font-size: var(--vscode-font-size); margin: 0; padding: 0 20px; }
  img, video { max-width: 100%; max-height: 100%; }
  a, a code { color: var(--vscode-textLink-foreground); }
  code { font-family: var(--monaco-monospace-font); color: var(--vscode-textPreformat-foreground); background-color: var(--vscode-textPreformat-background); padding: 1px 3px; border-radius: 4px; }
  pre code { padding: 0; }
  blockquote { background: var(--vscode-textBlockQuote-background); border-color: var(--vscode-textBlockQuote-border); }
  kbd { border-style: solid; border-width: 1px; border-radius: 3px; vertical-align: middle; padding: 1px 3px; }
}
</style>`;

/** A preview page loaded in a fresh browser context, with what it posted and what it fetched. */
export interface LoadedPreview {
  readonly page: Page;
  /** Every message the script posted, oldest first. */
  readonly posted: FromWebview[];
  /** Every URL the page asked for (the harness answers those of ORIGIN; anything else is refused). */
  readonly requests: string[];
  /** Delivers a message from the extension, as VS Code does: a `message` event on the window. */
  send(message: ToWebview): Promise<void>;
  /** The first message that `accept` takes among those posted after the one the previous `next` returned. */
  next<T extends FromWebview>(accept: (message: FromWebview) => message is T, what: string): Promise<T>;
  /** The next report that the page painted `version`. */
  painted(version: number): Promise<Extract<FromWebview, { type: 'painted' }>>;
  close(): Promise<void>;
}

export async function openPreview(browser: Browser, options: PreviewPageOptions): Promise<LoadedPreview> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 800, height: 600 } });
  const page = await context.newPage();
  const posted: FromWebview[] = [];
  const requests: string[] = [];
  const listeners = new Set<() => void>();
  await page.exposeFunction('vitaeHarnessPost', (message: FromWebview) => {
    posted.push(message);
    for (const listener of [...listeners]) listener();
  });
  await page.addInitScript(`
    window.acquireVsCodeApi = () => ({
      postMessage: (message) => window.vitaeHarnessPost(message),
      setState: (state) => { window.vitaeHarnessState = state; },
      getState: () => window.vitaeHarnessState,
    });`);
  const files: Record<string, { type: string; body: string | Buffer }> = {
    '/index.html': { type: 'text/html', body: '' },
    '/dist/preview.js': { type: 'text/javascript', body: webviewScript() },
    '/media/preview/fonts.css': { type: 'text/css', body: readFileSync(join(ROOT, 'media', 'preview', 'fonts.css'), 'utf8') },
    '/media/preview/vitae.css': { type: 'text/css', body: readFileSync(join(ROOT, 'media', 'preview', 'vitae.css'), 'utf8') },
    '/media/preview/preview.css': { type: 'text/css', body: readFileSync(join(ROOT, 'media', 'preview', 'preview.css'), 'utf8') },
  };
  for (const font of readdirSync(join(ROOT, 'media', 'fonts'))) {
    files[`/media/fonts/${font}`] = { type: 'font/woff2', body: readFileSync(join(ROOT, 'media', 'fonts', font)) };
  }
  const html = previewPage({
    cspSource: ORIGIN,
    nonce: createNonce(),
    scriptUri: `${ORIGIN}/dist/preview.js`,
    styleUris: (options.styleUris ?? BUILT_IN_STYLES).map((path) => `${ORIGIN}${path}`),
    inlineStyles: options.inlineStyles ?? [],
    bodyClasses: options.bodyClasses ?? ['vitae-theme-builtin'],
    ...(options.themePage ? { themePage: options.themePage } : {}),
    allowRemoteImages: options.allowRemoteImages ?? false,
    body: options.body,
    state: options.state,
  });
  files['/index.html']!.body = options.vscodeDefaults ? html.replace('<head>', `<head>\n${VSCODE_DEFAULT_STYLES}`) : html;
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    requests.push(url.href);
    const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
    if (file) await route.fulfill({ status: 200, contentType: file.type, body: file.body });
    else if (url.hostname.endsWith('.test')) await route.fulfill({ status: 404, body: '' });
    else await route.abort();
  });

  // Messages are consumed in order: each `next` looks only at messages after the last one an earlier `next` took.
  let consumed = 0;
  const next = <T extends FromWebview>(accept: (message: FromWebview) => message is T, what: string): Promise<T> => {
    let seen = consumed;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`Timed out waiting for the webview to post ${what}; it posted ${JSON.stringify(posted.map((m) => m.type))}`));
      }, 10_000);
      const check = (): void => {
        for (; seen < posted.length; seen++) {
          const message = posted[seen]!;
          if (accept(message)) {
            consumed = seen + 1;
            clearTimeout(timer);
            listeners.delete(check);
            resolve(message);
            return;
          }
        }
      };
      listeners.add(check);
      check();
    });
  };

  await page.goto(`${ORIGIN}/index.html`);
  return {
    page,
    posted,
    requests,
    send: (message) => page.evaluate((m) => (globalThis as unknown as { postMessage(m: unknown, o: string): void }).postMessage(m, '*'), message),
    next,
    painted: (version) =>
      next((m): m is Extract<FromWebview, { type: 'painted' }> => m.type === 'painted' && m.version === version, `painted v${version}`),
    close: () => context.close(),
  };
}
