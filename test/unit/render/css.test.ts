import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { standaloneHtml } from '../../../server/src/node/export';
import { sharedChromium, loadPage } from './chromium';
import { fixture, renderHtml } from './render';

/** VS Code's dark theme, as a webview gets it: --vscode-* variables on the html element. */
const DARK = '--vscode-editor-foreground: #cccccc; --vscode-editor-background: #1e1e1e; --vscode-textLink-foreground: #3794ff';

async function colours(page: Page): Promise<Record<string, string>> {
  return (await page.evaluate(`(() => {
    const body = getComputedStyle(document.body);
    const name = getComputedStyle(document.querySelector('.vitae-name'));
    const link = getComputedStyle(document.querySelector('.vitae-email'));
    return { text: name.color, background: body.backgroundColor, link: link.color };
  })()`)) as Record<string, string>;
}

describe('the built-in theme (media/preview/vitae.css) in headless Chromium', function () {
  this.timeout(60_000);
  const browser = sharedChromium();

  const page = standaloneHtml({ html: renderHtml(fixture('ada.resume.yaml')), title: 'Ada Okafor' });

  it('exported standalone: dark text on white', async () => {
    const { page: loaded } = await loadPage(browser(), page);
    assert.deepEqual(await colours(loaded), { text: 'rgb(26, 26, 26)', background: 'rgb(255, 255, 255)', link: 'rgb(26, 79, 139)' });
  });

  it("in VS Code: follows the editor's colours", async () => {
    const { page: loaded } = await loadPage(browser(), page.replace('<html lang="en">', `<html lang="en" style="${DARK}">`));
    assert.deepEqual(await colours(loaded), { text: 'rgb(204, 204, 204)', background: 'rgb(30, 30, 30)', link: 'rgb(55, 148, 255)' });
  });

  it('printed from a dark editor: black on white', async () => {
    const { page: loaded } = await loadPage(browser(), page.replace('<html lang="en">', `<html lang="en" style="${DARK}">`));
    await loaded.emulateMedia({ media: 'print' });
    assert.deepEqual(await colours(loaded), { text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', link: 'rgb(0, 0, 0)' });
  });

  it('paper mode: the page is as wide as A4 or Letter, and entries do not break across pages', async () => {
    const widths: Record<string, number> = {};
    for (const paper of ['a4', 'letter']) {
      const { page: loaded } = await loadPage(browser(), page.replace('<body class="vitae-standalone">', `<body class="vitae-standalone vitae-paper vitae-paper-${paper}">`));
      widths[paper] = Math.round((await loaded.evaluate(`document.querySelector('.vitae-resume').getBoundingClientRect().width`)) as number);
      assert.equal(await loaded.evaluate(`getComputedStyle(document.querySelector('.vitae-entry')).breakInside`), 'avoid');
    }
    // 210 mm and 8.5 in at 96 CSS pixels per inch.
    assert.deepEqual(widths, { a4: 794, letter: 816 });
  });
});
