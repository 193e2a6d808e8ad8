// Bad input on paper: nothing overflows the sheet, nothing hangs, and what cannot be done is said in words.
import { strict as assert } from 'node:assert';
import { joinLines } from '../../helpers/text';
import { previewPages, printedPages } from '../../helpers/paper';
import { openPreview, sharedChromium } from '../../helpers/previewPage';
import { paperClasses } from '../../../client/src/preview/page';
import { designCss, paperLayout } from '../../../server/src/core/design';
import { renderForPaper } from '../../helpers/paper';

const work = (bullets: readonly string[]): string =>
  joinLines('basics:', '  name: Ada Okafor', 'work:', '  - name: Acme', '    position: Engineer', '    startDate: 2020-01', '    highlights:', ...bullets.map((b) => `      - ${b}`), '');

describe('paper with bad input', function () {
  this.timeout(120_000);
  const browser = sharedChromium();

  it('an empty resume is one page that says what to write', async () => {
    const pages = await previewPages(browser(), '', {});
    assert.equal(pages.count, 1);
    assert.match(pages.firstLines[0]!, /This resume has nothing to show yet/);
    assert.equal((await printedPages('', {})).count, 1);
  });

  it('a very long word, URL or bullet stays inside the sheet', async () => {
    const long = `${'Supercalifragilistic'.repeat(20)} https://example.com/${'a'.repeat(300)} ${'word '.repeat(380)}`;
    const page = await renderForPaper(work([long]), {});
    const preview = await openPreview(browser(), {
      body: page.html,
      inlineStyles: [designCss(page.design)],
      bodyClasses: paperClasses('on'),
      state: { version: 1, problems: [], persisted: { uri: 'file:///x.yaml', locked: false }, paper: paperLayout(page.design) },
      viewport: { width: 1000, height: 800 },
    });
    try {
      await preview.painted(1);
      const overflow = await preview.page.evaluate(`(() => {
        const sheet = document.querySelector('.vitae-resume');
        return [...sheet.querySelectorAll('*')].filter((e) => e.scrollWidth > sheet.clientWidth + 1 || e.getBoundingClientRect().right > sheet.getBoundingClientRect().right + 1).map((e) => e.tagName);
      })()`);
      assert.deepEqual(overflow, []);
    } finally {
      await preview.close();
    }
  });

  it('a 20-page resume is laid out in the preview and printed, page for page, without hanging', async () => {
    const bullets = Array.from({ length: 1300 }, (_, i) => `Cut the build time of service ${i + 1} from ${30 + (i % 50)} minutes to ${(i % 9) + 2} minutes by caching every dependency the build pulls.`);
    const text = work(bullets);
    const started = Date.now();
    const [shown, printed] = [await previewPages(browser(), text, {}), await printedPages(text, {})];
    assert.ok(shown.count >= 18, `${shown.count} pages`);
    assert.equal(shown.count, printed.count);
    assert.ok(Date.now() - started < 60_000, `${Date.now() - started} ms`);
  });

  it('asked to fit 3,000 words on one page, the preview says it cannot and shows the design as it is', async () => {
    const bullets = Array.from({ length: 200 }, (_, i) => `Cut the build time of service ${i + 1} from ${30 + i} minutes to ${(i % 9) + 2} minutes by caching dependencies.`);
    const pages = await previewPages(browser(), work(bullets), { fitPages: 1 });
    assert.ok(pages.count > 1);
    assert.match(pages.note ?? '', /^It does not fit on 1 page even with 9 pt text and 10 mm margins: it needs \d+ pages as designed\./);
  });
});
