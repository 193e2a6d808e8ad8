import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { mergeDesign } from '../../../server/src/core/design';
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

  it('exported standalone: dark text on white, headings and links in the accent colour', async () => {
    const { page: loaded } = await loadPage(browser(), page);
    assert.deepEqual(await colours(loaded), { text: 'rgb(26, 26, 26)', background: 'rgb(255, 255, 255)', link: 'rgb(31, 78, 121)' });
  });

  it('in a dark VS Code: still the printed page, unless the preview is asked to follow the editor', async () => {
    const dark = page.replace('<html lang="en">', `<html lang="en" style="${DARK}">`);
    const { page: printed } = await loadPage(browser(), dark);
    assert.deepEqual(await colours(printed), { text: 'rgb(26, 26, 26)', background: 'rgb(255, 255, 255)', link: 'rgb(31, 78, 121)' });
    const { page: following } = await loadPage(browser(), dark.replace('<body class="vitae-standalone">', '<body class="vitae-standalone vitae-editor-colors">'));
    assert.deepEqual(await colours(following), { text: 'rgb(204, 204, 204)', background: 'rgb(30, 30, 30)', link: 'rgb(55, 148, 255)' });
  });

  it("printed while following a dark editor's colours: dark on white", async () => {
    const dark = page.replace('<html lang="en">', `<html lang="en" style="${DARK}">`).replace('<body class="vitae-standalone">', '<body class="vitae-standalone vitae-editor-colors">');
    const { page: loaded } = await loadPage(browser(), dark);
    await loaded.emulateMedia({ media: 'print' });
    assert.deepEqual(await colours(loaded), { text: 'rgb(26, 26, 26)', background: 'rgb(255, 255, 255)', link: 'rgb(31, 78, 121)' });
  });

  it("paper mode: the sheet is the design's paper; entries break between bullets, never after their head", async () => {
    const widths: Record<string, number> = {};
    for (const paper of ['A4', 'Letter'] as const) {
      const sheet = standaloneHtml({ html: renderHtml(fixture('ada.resume.yaml')), title: 'Ada Okafor', design: mergeDesign({ paper }) });
      const { page: loaded } = await loadPage(browser(), sheet.replace('<body class="vitae-standalone">', '<body class="vitae-standalone vitae-paper">'));
      widths[paper] = Math.round((await loaded.evaluate(`document.querySelector('.vitae-resume').getBoundingClientRect().width`)) as number);
      const breaks = await loaded.evaluate(`(() => {
        const style = (selector) => getComputedStyle(document.querySelector(selector));
        return { entry: style('.vitae-entry').breakInside, head: style('.vitae-entry-head').breakAfter, heading: style('.vitae-section > h2').breakAfter };
      })()`);
      assert.deepEqual(breaks, { entry: 'auto', head: 'avoid', heading: 'avoid' });
    }
    // 210 mm and 8.5 in at 96 CSS pixels per inch.
    assert.deepEqual(widths, { A4: 794, Letter: 816 });
  });
});
