// The slim banner over the preview while the YAML is broken: what it says, and that it never hides the page.
import * as assert from 'node:assert/strict';
import { sharedChromium, type LoadedPreview } from '../../helpers/previewPage';
import { nextVersion, openRendered, render, RESUME } from './harness';

const INDENT = 'This line is not indented like its neighbours. Line it up with the other keys of the same entry.';

describe('preview banner (headless Chromium)', function () {
  this.timeout(60_000);
  const browser = sharedChromium();
  let preview: LoadedPreview | undefined;
  afterEach(async () => {
    await preview?.close();
    preview = undefined;
  });

  const box = (selector: string, side: 'top' | 'bottom'): Promise<number> =>
    preview!.page.evaluate<number>(`document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect().${side}`);
  const top = (selector: string): Promise<number> => box(selector, 'top');
  const bottom = (selector: string): Promise<number> => box(selector, 'bottom');

  it('a resume broken from the start: says what is wrong and that the preview will appear, not "the last good version"', async () => {
    preview = await openRendered(browser(), undefined, { state: { problem: { message: INDENT, line: 2 } } });
    const painted = preview.posted.find((m) => m.type === 'painted')!;
    assert.ok(painted.type === 'painted');
    assert.equal(painted.banner, `Line 3: ${INDENT} The preview will appear when the YAML parses.`);
    assert.doesNotMatch(painted.banner, /last good/);
  });

  it('does not cover the name: the page moves down while it shows and back once the YAML is fixed', async () => {
    preview = await openRendered(browser(), RESUME);
    const nameTop = await top('.vitae-name');
    const broken = nextVersion();
    await preview.send({ type: 'update', version: broken, problem: { message: INDENT, line: 2 }, themeMessage: 'The theme "even" is not installed, so the built-in theme is shown.' });
    assert.match((await preview.painted(broken)).banner, /^Line 3: .+ — showing the last good version\.\nThe theme "even"/);
    assert.ok(await bottom('#vitae-banner') <= await top('.vitae-name'), 'the banner ends above the name');
    assert.ok(await top('.vitae-name') > nameTop);

    const fixed = render(RESUME);
    await preview.send({ type: 'update', version: fixed.version, html: fixed.html });
    assert.equal((await preview.painted(fixed.version)).banner, '');
    assert.equal(await top('.vitae-name'), nameTop);
  });

  it('scrolled into the page, what the reader sees stays put when the banner comes and goes', async () => {
    preview = await openRendered(browser(), RESUME);
    await preview.page.evaluate('document.scrollingElement.scrollTop = 700');
    const bullet = 'li:nth-child(20)';
    const before = await top(bullet);
    const broken = nextVersion();
    await preview.send({ type: 'update', version: broken, problem: { message: INDENT, line: 30 } });
    await preview.painted(broken);
    assert.equal(await top(bullet), before);
    const fixed = render(RESUME);
    await preview.send({ type: 'update', version: fixed.version, html: fixed.html });
    await preview.painted(fixed.version);
    assert.equal(await top(bullet), before);
  });
});
