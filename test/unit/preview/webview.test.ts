// The preview webview in headless Chromium: the page the extension writes, the real webview script, renders from
// the real renderer. What a reader sees (text, scroll, selection, banner, underlines) and what the script tells
// the extension (offsets of a click, what it painted).
import * as assert from 'node:assert/strict';
import type { FromWebview, ProblemMark, SelectMessage, OpenMessage } from '../../../client/src/preview/messages';
import { paperClasses } from '../../../client/src/preview/page';
import { designCss, mergeDesign, paperLayout } from '../../../server/src/core/design';
import { sharedChromium, openPreview, ORIGIN, type LoadedPreview } from '../../helpers/previewPage';
import { nextVersion, offsetOf, render, RESUME } from './harness';

/** The version the last `render` gave. */
const version = (): number => nextVersion() - 1;

const isSelect = (m: FromWebview): m is SelectMessage => m.type === 'select';
const isOpen = (m: FromWebview): m is OpenMessage => m.type === 'open';

describe('preview webview (headless Chromium)', function () {
  this.timeout(60_000);
  const browser = sharedChromium();
  let preview: LoadedPreview | undefined;

  afterEach(async () => {
    await preview?.close();
    preview = undefined;
  });

  async function open(text: string, problems: ProblemMark[] = [], viewport = { width: 800, height: 400 }): Promise<LoadedPreview> {
    const first = render(text);
    preview = await openPreview(browser(), {
      body: first.html,
      state: { version: first.version, problems, persisted: { uri: 'file:///webview-test.yaml', locked: false } },
      viewport,
    });
    await preview.painted(first.version);
    return preview;
  }

  it('shows the first render, says it is ready and fetches nothing but its own script, styles and fonts', async () => {
    const page = await open(RESUME);
    assert.deepEqual(page.posted.filter((m) => m.type === 'ready').length, 1);
    const painted = page.posted.find((m) => m.type === 'painted')!;
    assert.ok(painted.type === 'painted');
    assert.match(painted.text, /Ada Okafor/);
    assert.match(painted.text, /Cut build time of service 40 from 59 minutes to 41 minutes\./);
    assert.equal(painted.banner, '');
    const fonts = page.requests.filter((url) => url.startsWith(`${ORIGIN}/media/fonts/`));
    assert.deepEqual(page.requests.filter((url) => !fonts.includes(url)).sort(), [
      `${ORIGIN}/dist/preview.js`,
      `${ORIGIN}/index.html`,
      `${ORIGIN}/media/preview/fonts.css`,
      `${ORIGIN}/media/preview/preview.css`,
      `${ORIGIN}/media/preview/vitae.css`,
    ]);
    for (const url of fonts) assert.match(url, /\/media\/fonts\/source-[\w-]+\.woff2$/);
  });

  it("draws the page in Vitae Sans, loaded from the extension's own files", async () => {
    const page = await open(RESUME);
    const fonts = (await page.page.evaluate(`document.fonts.ready.then(() => ({
      body: getComputedStyle(document.body).fontFamily.split(',')[0],
      loaded: [...new Set([...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family))],
    }))`)) as Record<string, unknown>;
    assert.deepEqual(fonts, { body: '"Vitae Sans"', loaded: ['Vitae Sans'] });
    assert.ok(page.requests.includes(`${ORIGIN}/media/fonts/source-sans-3-latin-400-normal.woff2`), page.requests.join('\n'));
  });

  it('patches a change in place: scroll position, text selection and untouched elements stay', async () => {
    const page = await open(RESUME);
    // Scroll down, select part of bullet 30, and tag the element of bullet 31 to prove it is the same node later.
    await page.page.evaluate('document.scrollingElement.scrollTop = 600');
    await page.page.evaluate(`(() => {
      const items = [...document.querySelectorAll('li')];
      const bullet = items.find((li) => li.textContent.includes('service 30 '));
      const range = document.createRange();
      range.setStart(bullet.firstChild, 4);
      range.setEnd(bullet.firstChild, 14);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      items.find((li) => li.textContent.includes('service 31 ')).vitaeMarker = 'kept';
    })()`);
    const scrolled = await page.page.evaluate<number>('document.scrollingElement.scrollTop');
    assert.equal(scrolled, 600);

    const edited = RESUME.replace('service 35 from 54 minutes', 'service 35 from 54 long minutes');
    const next = render(edited);
    await page.send({ type: 'update', version: next.version, html: next.html });
    const painted = await page.painted(next.version);

    assert.match(painted.text, /service 35 from 54 long minutes/);
    assert.equal(await page.page.evaluate<number>('document.scrollingElement.scrollTop'), 600);
    assert.equal(await page.page.evaluate<string>('getSelection().toString()'), 'build time');
    assert.equal(await page.page.evaluate<string>(`[...document.querySelectorAll('li')].find((li) => li.textContent.includes('service 31 ')).vitaeMarker`), 'kept');
    assert.equal(page.posted.filter((m) => m.type === 'ready').length, 1, 'the page was patched, not reloaded');
  });

  it('drops an update older than the version it shows', async () => {
    const page = await open(RESUME);
    const shown = version();
    const old = render(RESUME.replace('Ada Okafor', 'Stale Name'));
    await page.send({ type: 'update', version: shown - 5, html: old.html });
    await page.send({ type: 'reveal', offset: 0 });
    const painted = await page.painted(shown);
    assert.doesNotMatch(painted.text, /Stale Name/);
  });

  it('keeps the last good render while the YAML is broken and says where in a slim banner', async () => {
    const page = await open(RESUME);
    const before = page.posted.find((m) => m.type === 'painted')!;
    assert.ok(before.type === 'painted');
    await page.send({ type: 'update', version: version() + 1, problem: { message: 'Missing closing "quote', line: 11 } });
    const broken = await page.painted(version() + 1);
    assert.equal(broken.text, before.text);
    assert.equal(broken.banner, 'Line 12: Missing closing "quote — showing the last good version.');
    assert.equal(await page.page.locator('#vitae-banner').isVisible(), true);

    const fixed = render(RESUME.replace('Ada Okafor', 'Ada O. Okafor'));
    await page.send({ type: 'update', version: fixed.version, html: fixed.html });
    const after = await page.painted(fixed.version);
    assert.equal(after.banner, '');
    assert.match(after.text, /Ada O\. Okafor/);
    assert.equal(await page.page.locator('#vitae-banner').isVisible(), false);
  });

  it('shows why a theme was not used in the banner', async () => {
    const page = await open(RESUME);
    const next = render(RESUME);
    await page.send({ type: 'update', version: next.version, html: next.html, themeMessage: 'The theme "even" is not installed.' });
    assert.equal((await page.painted(next.version)).banner, 'The theme "even" is not installed.');
  });

  it('a click on a bullet posts the offsets of its source; a double click asks for the editor', async () => {
    const page = await open(RESUME);
    const bullet = page.page.locator('li', { hasText: 'service 7 from' });
    await bullet.click();
    const select = await page.next(isSelect, 'a select message');
    const start = offsetOf(RESUME, 'Cut build time of service 7 from');
    assert.deepEqual(select, { type: 'select', start, end: start + 'Cut build time of service 7 from 26 minutes to 8 minutes.'.length });

    await page.page.locator('h3', { hasText: 'Staff Platform Engineer' }).dblclick();
    const opened = await page.next(isOpen, 'an open message');
    const position = offsetOf(RESUME, 'Staff Platform Engineer\n    startDate');
    assert.deepEqual(opened, { type: 'open', start: position, end: position + 'Staff Platform Engineer'.length });
  });

  it('a click that ends a text selection selects nothing in the editor', async () => {
    const page = await open(RESUME);
    const bullet = page.page.locator('li', { hasText: 'service 3 from' });
    const box = (await bullet.boundingBox())!;
    await page.page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.page.mouse.down();
    await page.page.mouse.move(box.x + 160, box.y + box.height / 2, { steps: 5 });
    await page.page.mouse.up();
    assert.notEqual(await page.page.evaluate<string>('getSelection().toString()'), '');
    // The next message is the paint of a reveal sent after the drag: no select message came before it.
    await page.send({ type: 'reveal', offset: 0 });
    await page.painted(version());
    assert.equal(page.posted.filter((m) => m.type === 'select').length, 0);
  });

  it('the cursor in the editor highlights the element of its offset and scrolls it into view', async () => {
    const page = await open(RESUME);
    const offset = offsetOf(RESUME, 'service 38 from') + 3;
    await page.send({ type: 'reveal', offset });
    const painted = await page.painted(version());
    const start = offsetOf(RESUME, 'Cut build time of service 38 from');
    assert.equal(painted.highlighted, `${start}-${start + 'Cut build time of service 38 from 57 minutes to 39 minutes.'.length}`);
    assert.equal(await page.page.locator('li.vitae-active').textContent(), 'Cut build time of service 38 from 57 minutes to 39 minutes.');
    assert.equal(await page.page.locator('li.vitae-active').isVisible(), true);
    const inView = await page.page.evaluate<boolean>(`(() => {
      const box = document.querySelector('.vitae-active').getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    })()`);
    assert.equal(inView, true);
  });

  it('underlines problems with their messages as titles, and keeps them across a patch', async () => {
    const weak = offsetOf(RESUME, 'Cut build time of service 2 ');
    const name = offsetOf(RESUME, 'Parcelwise');
    const problems: ProblemMark[] = [
      { start: weak, end: weak + 20, message: 'This bullet opens weakly.', severity: 'warning' },
      { start: weak + 4, end: weak + 10, message: 'Say what changed.', severity: 'info' },
      { start: name, end: name + 10, message: 'Company name looks odd.', severity: 'error' },
    ];
    const page = await open(RESUME, problems);
    const painted = page.posted.find((m) => m.type === 'painted')!;
    assert.ok(painted.type === 'painted');
    assert.deepEqual(painted.problemTitles, ['Company name looks odd.', 'This bullet opens weakly.\nSay what changed.']);
    assert.equal(await page.page.locator('li.vitae-problem-warning').textContent(), 'Cut build time of service 2 from 21 minutes to 3 minutes.');

    const next = render(RESUME.replace('service 40 from', 'service 40 at last from'));
    await page.send({ type: 'update', version: next.version, html: next.html });
    assert.deepEqual((await page.painted(next.version)).problemTitles, painted.problemTitles);

    await page.send({ type: 'problems', problems: [] });
    assert.deepEqual((await page.painted(next.version)).problemTitles, []);
    assert.equal(await page.page.locator('[title]').count(), 0);
  });

  it('answers a click request for an offset by clicking that element', async () => {
    const page = await open(RESUME);
    const offset = offsetOf(RESUME, 'service 12 from');
    await page.send({ type: 'click', offset, double: false });
    const select = await page.next(isSelect, 'a select message');
    assert.equal(RESUME.slice(select.start, select.end), 'Cut build time of service 12 from 31 minutes to 13 minutes.');
    const clicked = await page.next((m): m is Extract<FromWebview, { type: 'clicked' }> => m.type === 'clicked', 'a clicked answer');
    assert.deepEqual(clicked, { type: 'clicked', offset, found: true });
  });

  it('runs nothing a theme slips into the page and loads https images only when allowed', async () => {
    const hostile = [
      '<p id="theme">Theme page</p>',
      '<script>window.pwned = "script"</script>',
      `<img id="photo" src="https://images.example.com/ada.jpg" onerror="window.pwned = 'onerror'">`,
      '<meta http-equiv="refresh" content="0;url=https://evil.example.com/">',
    ].join('');
    const state = { version: 1, problems: [], persisted: { uri: 'file:///webview-test.yaml', locked: false } };
    for (const allowRemoteImages of [false, true]) {
      preview = await openPreview(browser(), { body: hostile, state, allowRemoteImages, inlineStyles: ['#theme { color: rgb(1, 2, 3) }</style><script>window.pwned = "style"</script>'] });
      await preview.painted(1);
      assert.equal(await preview.page.evaluate<string | undefined>('window.pwned'), undefined);
      assert.equal(await preview.page.evaluate<string>('getComputedStyle(document.getElementById("theme")).color'), 'rgb(1, 2, 3)');
      const fetched = preview.requests.filter((url) => !url.startsWith(ORIGIN));
      assert.deepEqual(fetched, allowRemoteImages ? ['https://images.example.com/ada.jpg'] : []);
      await preview.close();
      preview = undefined;
    }
  });

  it("paper mode shows the page at the design's printed width: A4 210 mm, Letter 8.5 in", async () => {
    const rendered = render(RESUME);
    for (const [paper, width] of [['A4', 210 / 25.4 * 96], ['Letter', 8.5 * 96]] as const) {
      const design = mergeDesign({ paper });
      const state = { version: rendered.version, problems: [], persisted: { uri: 'file:///webview-test.yaml', locked: false }, paper: paperLayout(design) };
      preview = await openPreview(browser(), { body: rendered.html, state, inlineStyles: [designCss(design)], bodyClasses: paperClasses('on'), viewport: { width: 1200, height: 800 } });
      await preview.painted(rendered.version);
      const shown = await preview.page.evaluate<number>('document.querySelector(".vitae-resume").getBoundingClientRect().width');
      assert.ok(Math.abs(shown - width) < 1, `${paper}: ${shown} px wide, expected ${width.toFixed(1)}`);
      await preview.close();
      preview = undefined;
    }
  });
});
