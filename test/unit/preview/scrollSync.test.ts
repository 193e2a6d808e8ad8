// Scroll sync in the preview webview (headless Chromium): the editor's top line scrolls the page, the reader's
// scrolling tells the editor what is at the top, and neither echoes the other.
import * as assert from 'node:assert/strict';
import type { FromWebview, ScrolledMessage } from '../../../client/src/preview/messages';
import { sharedChromium, type LoadedPreview } from '../../helpers/previewPage';
import { nextVersion, offsetOf, openRendered, RESUME } from './harness';

const isScrolled = (m: FromWebview): m is ScrolledMessage => m.type === 'scrolled';
/** Where line `needle` starts its text (the first character that is not indentation), as the extension sends it. */
const lineOffset = (needle: string): number => {
  const at = offsetOf(RESUME, needle);
  const lineStart = RESUME.lastIndexOf('\n', at) + 1;
  return lineStart + (RESUME.slice(lineStart).length - RESUME.slice(lineStart).trimStart().length);
};
const bulletSource = (n: number): string => {
  const text = `Cut build time of service ${n} from ${19 + n} minutes to ${n + 1} minutes.`;
  const start = offsetOf(RESUME, text);
  return `${start}-${start + text.length}`;
};

describe('preview scroll sync (headless Chromium)', function () {
  this.timeout(60_000);
  const browser = sharedChromium();
  let preview: LoadedPreview | undefined;
  afterEach(async () => {
    await preview?.close();
    preview = undefined;
  });

  const version = (): number => {
    const painted = preview!.posted.filter((m) => m.type === 'painted').at(-1);
    return painted?.type === 'painted' ? painted.version : -1;
  };
  const topOf = (source: string): Promise<number> =>
    preview!.page.evaluate<number>(`document.querySelector('[data-src="${source}"]').getBoundingClientRect().top`);

  it('the editor’s top line brings its element to the top of the page', async () => {
    preview = await openRendered(browser(), RESUME);
    await preview.send({ type: 'scrollTo', offset: lineOffset('- Cut build time of service 15 ') });
    const painted = await preview.painted(version());
    assert.equal(painted.top, bulletSource(15));
    assert.ok(Math.abs(await topOf(bulletSource(15))) < 1);

    // A key line shows as what it holds: `highlights:` brings its list, not the whole entry, to the top.
    await preview.send({ type: 'scrollTo', offset: lineOffset('highlights:') });
    assert.equal((await preview.painted(version())).top, bulletSource(1));
  });

  it('a reader’s scroll reports the source at the top once it pauses; the page’s own scrolls are not reported', async () => {
    preview = await openRendered(browser(), RESUME);
    await preview.page.mouse.move(400, 200);
    await preview.page.mouse.wheel(0, 900);
    const scrolled = await preview.next(isScrolled, 'a scrolled message');
    const top = await preview.page.evaluate<string>(`(() => {
      const items = [...document.querySelectorAll('li[data-src]')];
      const banner = 0;
      const crossing = items.filter((li) => { const b = li.getBoundingClientRect(); return b.top <= banner && b.bottom > banner; });
      return (crossing[0] ?? items.find((li) => li.getBoundingClientRect().top > banner)).getAttribute('data-src');
    })()`);
    assert.equal(`${scrolled.start}-${scrolled.end}`, top);

    // The editor scrolls the page, the cursor's highlight scrolls it: neither is echoed back to the editor.
    await new Promise((resolve) => setTimeout(resolve, 500)); // the reader has stopped scrolling
    await preview.send({ type: 'scrollTo', offset: lineOffset('- Cut build time of service 5 ') });
    await preview.painted(version());
    await preview.send({ type: 'reveal', offset: offsetOf(RESUME, 'service 38 ') });
    await preview.painted(version());
    await new Promise((resolve) => setTimeout(resolve, 400)); // longer than the script waits before reporting
    assert.deepEqual(preview.posted.filter(isScrolled).length, 1);
  });

  it('the reader scrolling right after the editor moved the page is still the reader', async () => {
    preview = await openRendered(browser(), RESUME);
    await preview.send({ type: 'scrollTo', offset: lineOffset('- Cut build time of service 20 ') });
    await preview.send({ type: 'scroll', offset: offsetOf(RESUME, 'Cut build time of service 10 ') });
    const scrolled = await preview.next(isScrolled, 'a scrolled message');
    assert.equal(`${scrolled.start}-${scrolled.end}`, bulletSource(10));
  });

  it('a scroll that no reader made (layout, scroll anchoring, find in page) is not reported', async () => {
    preview = await openRendered(browser(), RESUME);
    await preview.page.evaluate('document.scrollingElement.scrollTop = 900');
    await new Promise((resolve) => setTimeout(resolve, 400)); // longer than the script waits before reporting
    assert.deepEqual(preview.posted.filter(isScrolled), []);
  });

  it('does not fight the reader: the editor does not move the page while the reader scrolls it', async () => {
    preview = await openRendered(browser(), RESUME);
    await preview.page.mouse.move(400, 200);
    await preview.page.mouse.wheel(0, 600);
    await preview.next(isScrolled, 'a scrolled message');
    const readerAt = await preview.page.evaluate<number>('document.scrollingElement.scrollTop');
    await preview.send({ type: 'scrollTo', offset: lineOffset('- Cut build time of service 35 ') });
    await preview.painted(version());
    assert.equal(await preview.page.evaluate<number>('document.scrollingElement.scrollTop'), readerAt);
  });

  it('with the banner showing, the element comes to rest just below it', async () => {
    preview = await openRendered(browser(), RESUME);
    const broken = nextVersion();
    await preview.send({ type: 'update', version: broken, problem: { message: 'Something is missing here.', line: 3 } });
    await preview.painted(broken);
    await preview.send({ type: 'scrollTo', offset: lineOffset('- Cut build time of service 20 ') });
    assert.equal((await preview.painted(broken)).top, bulletSource(20));
    const bannerBottom = await preview.page.evaluate<number>('document.getElementById("vitae-banner").getBoundingClientRect().bottom');
    assert.ok(Math.abs(await topOf(bulletSource(20)) - bannerBottom) < 1);
  });
});
