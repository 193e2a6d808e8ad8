// Problem underlines while the preview shows the last good page of a resume whose YAML is now broken: offsets of the
// broken text must not be drawn on the older page, where they would land on other bullets.
import * as assert from 'node:assert/strict';
import type { ProblemMark } from '../../../client/src/preview/messages';
import { sharedChromium, type LoadedPreview } from '../../helpers/previewPage';
import { nextVersion, offsetOf, openRendered, render, RESUME } from './harness';

describe('preview problems on a stale page (headless Chromium)', function () {
  this.timeout(60_000);
  const browser = sharedChromium();
  let preview: LoadedPreview | undefined;
  afterEach(async () => {
    await preview?.close();
    preview = undefined;
  });

  const weakAt = (text: string): ProblemMark => {
    const start = offsetOf(text, 'Cut build time of service 9 ');
    return { start, end: start + 20, message: 'This bullet opens weakly.', severity: 'warning' };
  };
  // A line typed above the bullets (one space short of its neighbours): the YAML breaks, every later offset moves.
  const BROKEN = RESUME.replace('  label: Staff Platform Engineer\n', '  label: Staff Platform Engineer\n phone: 555-0100\n');

  it('draws only problems in the text of the page it shows', async () => {
    preview = await openRendered(browser(), RESUME, { problems: [weakAt(RESUME)] });
    const shown = preview.posted.find((m) => m.type === 'painted')!;
    assert.ok(shown.type === 'painted');
    const page = shown.version;
    assert.deepEqual(shown.problemTexts, ['Cut build time of service 9 from 28 minutes to 10 minutes.']);

    const broken = nextVersion();
    await preview.send({ type: 'update', version: broken, problem: { message: 'This line is not indented like its neighbours.', line: 3 } });
    await preview.painted(broken);
    // The broken text's offsets, 17 characters later than the page's: on this page they would be bullet 8.
    await preview.send({ type: 'problems', problems: [weakAt(BROKEN)], version: broken });
    const unplaced = await preview.painted(broken);
    assert.deepEqual(unplaced.problemTitles, []);

    // The same problem moved into the page's text (as the extension does through the edit) is drawn where it belongs.
    await preview.send({ type: 'problems', problems: [weakAt(RESUME)], version: page });
    assert.deepEqual((await preview.painted(broken)).problemTexts, ['Cut build time of service 9 from 28 minutes to 10 minutes.']);

    // A new good page comes with its own problems and is underlined in the same paint.
    const fixed = render(RESUME.replace('service 40', 'service forty'));
    await preview.send({ type: 'update', version: fixed.version, html: fixed.html, problems: [weakAt(RESUME)] });
    assert.deepEqual((await preview.painted(fixed.version)).problemTexts, ['Cut build time of service 9 from 28 minutes to 10 minutes.']);
  });
});
