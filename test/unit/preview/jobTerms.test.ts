// vitae.preview.jobTerms: the job posting's terms marked on the page where the resume shows them — over the words
// themselves (CSS Custom Highlights), never changing the page's elements.
import * as assert from 'node:assert/strict';
import { sharedChromium, type LoadedPreview } from '../../helpers/previewPage';
import { nextVersion, offsetOf, openRendered, render, RESUME } from './harness';

describe('preview: the job posting\'s terms (headless Chromium)', function () {
  this.timeout(60_000);
  const browser = sharedChromium();
  let preview: LoadedPreview | undefined;
  afterEach(async () => {
    await preview?.close();
    preview = undefined;
  });

  const highlighted = (name: string): Promise<string[]> =>
    preview!.page.evaluate<string[]>(`[...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].map((range) => range.toString())`);

  it('marks the words of each term where the resume shows it, required and preferred apart, and takes them off', async () => {
    preview = await openRendered(browser(), RESUME);
    const version = nextVersion() - 1;
    const at = (words: string, need: 'required' | 'preferred', nth = 1) => {
      const start = offsetOf(RESUME, `service ${nth} from`) - 'Cut build time of '.length;
      const from = RESUME.indexOf(words, start);
      return { start: from, end: from + words.length, text: words, canonical: words, need };
    };
    await preview.send({ type: 'jobTerms', version, marks: [at('build time', 'required'), at('minutes', 'preferred', 3)] });
    assert.equal((await preview.painted(version)).jobTerms, 2);
    assert.deepEqual(await highlighted('vitae-job-required'), ['build time']);
    assert.deepEqual(await highlighted('vitae-job-preferred'), ['minutes']);

    await preview.send({ type: 'jobTerms', version, marks: [] });
    assert.equal((await preview.painted(version)).jobTerms, undefined);
    assert.deepEqual(await highlighted('vitae-job-required'), []);
  });

  it('drops marks meant for another version of the page, and after a patch waits for the new page\'s own', async () => {
    preview = await openRendered(browser(), RESUME);
    const version = nextVersion() - 1;
    const start = RESUME.indexOf('build time');
    await preview.send({ type: 'jobTerms', version: version - 1, marks: [{ start, end: start + 10, text: 'build time', canonical: 'x', need: 'required' }] });
    assert.equal((await preview.painted(version)).jobTerms, undefined);

    await preview.send({ type: 'jobTerms', version, marks: [{ start, end: start + 10, text: 'build time', canonical: 'x', need: 'required' }] });
    assert.equal((await preview.painted(version)).jobTerms, 1);
    const next = render(RESUME.replace('Ada Okafor', 'Ada O. Okafor'));
    await preview.send({ type: 'update', version: next.version, html: next.html });
    assert.equal((await preview.painted(next.version)).jobTerms, undefined);
  });
});
