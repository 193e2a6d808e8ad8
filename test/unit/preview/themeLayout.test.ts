// A JSON Resume theme package's page in the preview lays out as its export does at the same width. The page the
// panel writes (with VS Code's own default webview styles in it, as a webview has them) and the standalone export
// of the same render are loaded side by side in headless Chromium, and the boxes of their main elements compared.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import type { PaintedMessage } from '../../../client/src/preview/messages';
import { pageLook } from '../../../client/src/preview/page';
import { createLanguageService } from '../../../server/src/core/service';
import { standaloneHtml } from '../../../server/src/node/export';
import { renderPage } from '../../../server/src/node/renderPage';
import type { RenderResult } from '../../../server/src/protocol';
import { openPreview, sharedChromium, type LoadedPreview } from '../../helpers/previewPage';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const CASES = [
  // A real theme (a devDependency), on the sample resume of @jsonresume/schema: every section it can lay out.
  { theme: 'even', file: join(FIXTURES, 'render', 'sample.yaml'), least: 40 },
  // A fixture theme whose CSS needs its <html> and <body> classes, `body >` selectors, style attributes, and the
  // browser's own body margin and font.
  { theme: 'framed', file: join(FIXTURES, 'themes', 'themed.yaml'), least: 6 },
];
/** The preview beside an editor on a laptop, and maximised on a large screen (the widths of the bug report). */
const WIDTHS = [521, 1342];
const HEIGHT = 900;
/** How many elements are compared, in page order. */
const ELEMENTS = 80;

interface Box {
  /** Tag, id and classes, and the element's place among those compared. */
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Computed font family, size and weight: the same fonts, not only the same boxes. */
  readonly font: string;
}

/**
 * In the page (JavaScript, evaluated there): the boxes of the theme's layout elements. The theme's body is
 * `#vitae-content` in a preview that nests it, else `<body>`; its children, the elements with an id, the sectioning
 * elements and headings and the children of sections, in page order, the first ELEMENTS of them.
 */
const BOXES = `(() => {
  const root = document.getElementById('vitae-content') ?? document.body;
  const picked = new Set(root.children);
  for (const element of root.querySelectorAll('[id], header, main, section, article, aside, footer, h1, h2, h3, section > *')) picked.add(element);
  const ordered = [...picked]
    .filter((element) => element.id !== 'vitae-banner')
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
    .slice(0, ${ELEMENTS});
  return ordered.map((element, index) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const classes = [...element.classList].map((c) => '.' + c).join('');
    return {
      key: index + ' ' + element.localName + (element.id ? '#' + element.id : '') + classes,
      x: Math.round(box.x + scrollX),
      y: Math.round(box.y + scrollY),
      width: Math.round(box.width),
      height: Math.round(box.height),
      font: style.fontFamily + ' ' + style.fontSize + ' ' + style.fontWeight,
    };
  });
})()`;

/** The differences of more than 1 px (or of font) between two lists of boxes, one line each. */
function differences(preview: readonly Box[], exported: readonly Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < Math.max(preview.length, exported.length); i++) {
    const [a, b] = [preview[i], exported[i]];
    if (!a || !b || a.key !== b.key) {
      found.push(`#${i}: ${a?.key ?? 'nothing'} in the preview, ${b?.key ?? 'nothing'} in the export`);
      continue;
    }
    const off = (['x', 'y', 'width', 'height'] as const).filter((side) => Math.abs(a[side] - b[side]) > 1);
    if (off.length > 0 || a.font !== b.font) {
      found.push(`${a.key}: preview ${a.x},${a.y} ${a.width}×${a.height} ${a.font}; export ${b.x},${b.y} ${b.width}×${b.height} ${b.font}`);
    }
  }
  return found;
}

async function exportBoxes(browser: Browser, html: string, width: number): Promise<Box[]> {
  const context = await browser.newContext({ viewport: { width, height: HEIGHT } });
  try {
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html);
    await page.evaluate('document.fonts.ready');
    return await page.evaluate<Box[]>(BOXES);
  } finally {
    await context.close();
  }
}

describe('JSON Resume theme packages in the preview (headless Chromium)', function () {
  this.timeout(60_000);
  const browser = sharedChromium();
  let preview: LoadedPreview | undefined;

  afterEach(async () => {
    await preview?.close();
    preview = undefined;
  });

  async function rendered(theme: string, file: string): Promise<RenderResult> {
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, 'utf8');
    const result = await renderPage(createLanguageService(), { uri, version: 1, getText: () => text }, { uri, theme, themesAllowed: true });
    assert.equal(result.theme, theme, result.themeMessage);
    return result;
  }

  async function previewed(result: RenderResult, width: number): Promise<{ boxes: Box[]; painted: PaintedMessage }> {
    // As the panel writes it (client/src/preview/panel.ts), with files served from the harness's origin.
    const look = pageLook(result, { paper: 'off', editorColors: false }, (...path) => `/${path.join('/')}`);
    preview = await openPreview(browser(), {
      ...look,
      body: result.html!,
      state: { version: result.version, problems: [], persisted: { uri: result.uri, locked: false } },
      viewport: { width, height: HEIGHT },
      vscodeDefaults: true,
    });
    const painted = await preview.painted(result.version);
    await preview.page.evaluate('document.fonts.ready');
    return { boxes: await preview.page.evaluate<Box[]>(BOXES), painted };
  }

  for (const { theme, file, least } of CASES) {
    for (const width of WIDTHS) {
      it(`lays out jsonresume-theme-${theme} as its export at ${width} px: the same boxes within 1 px, the same fonts`, async () => {
        const result = await rendered(theme, file);
        const exported = await exportBoxes(browser(), standaloneHtml({ ...result, html: result.html!, title: result.title ?? '' }), width);
        const { boxes, painted } = await previewed(result, width);
        assert.ok(exported.length >= least, `only ${exported.length} elements to compare`);
        const widest = (list: readonly Box[]): number => Math.max(...list.map((box) => box.width));
        console.log(`      ${boxes.length} boxes; widest ${widest(boxes)} px in the preview, ${widest(exported)} in the export; text ${painted.layout?.textWidth} px wide`);
        assert.deepEqual(differences(boxes, exported), []);
        assert.equal(painted.layout?.viewportWidth, width);
      });
    }
  }

  it("keeps a theme page's <html> and <body> attributes, not its handlers; the banner is outside the theme's body", async () => {
    const result = await rendered('framed', join(FIXTURES, 'themes', 'themed.yaml'));
    assert.deepEqual(result.themeAttributes, { html: { lang: 'en-GB', class: 'wide' }, body: { class: 'cv', style: 'max-width: 960px; margin-inline: auto' } });
    await previewed(result, 800);
    const page = preview!.page;
    assert.equal(await page.evaluate<string>('document.documentElement.lang + " " + document.documentElement.className'), 'en-GB wide');
    assert.match(await page.evaluate<string>('document.body.className'), /^vitae-preview vitae-theme-package cv$/);
    assert.equal(await page.evaluate<string>('getComputedStyle(document.body).maxWidth'), '960px');
    assert.equal(await page.evaluate<string>('getComputedStyle(document.getElementById("side")).borderRightWidth'), '6px');
    assert.equal(await page.evaluate<string | null>('document.body.getAttribute("onload")'), null);
    assert.deepEqual(await page.evaluate<string[]>('[...document.body.children].map((e) => e.localName + "#" + e.id)'), ['header#top', 'aside#side', 'section#work']);
    assert.equal(await page.evaluate<string>('document.getElementById("vitae-banner").parentElement.localName'), 'html');
  });

  it('patches a theme page in place on the next render, and keeps it under a banner while the YAML is broken', async () => {
    const file = join(FIXTURES, 'themes', 'themed.yaml');
    const first = await rendered('even', file);
    const { boxes } = await previewed(first, 1342);
    const page = preview!.page;
    await page.evaluate('window.vitaeMasthead = document.querySelector(".masthead")');

    const text = readFileSync(file, 'utf8').replace('Ada Okafor', 'Ada N. Okafor');
    const uri = pathToFileURL(file).href;
    const next = await renderPage(createLanguageService(), { uri, version: 2, getText: () => text }, { uri, theme: 'even', themesAllowed: true });
    await preview!.send({ type: 'update', version: 2, html: next.html! });
    const patched = await preview!.painted(2);
    assert.match(patched.text, /Ada N\. Okafor/);
    assert.equal(await page.evaluate<boolean>('window.vitaeMasthead === document.querySelector(".masthead")'), true, 'the same element, patched');

    await preview!.send({ type: 'update', version: 3, problem: { message: 'Unclosed quote', line: 4 } });
    const broken = await preview!.painted(3);
    assert.equal(broken.banner, 'Line 5: Unclosed quote — showing the last good version.');
    assert.match(broken.text, /Ada N\. Okafor/);
    assert.doesNotMatch(broken.text, /Unclosed quote/, 'the banner is not part of the theme page');
    const bannerHeight = await page.evaluate<number>('document.getElementById("vitae-banner").getBoundingClientRect().height');
    assert.ok(bannerHeight > 10, `the banner shows (${bannerHeight} px)`);
    // It floats over the page: the theme's layout does not move.
    assert.deepEqual((await page.evaluate<Box[]>(BOXES)).map((box) => [box.x, box.width]), boxes.map((box) => [box.x, box.width]));
  });
});
