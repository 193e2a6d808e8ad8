// The paper preview is the PDF: for every fixture, on A4 and on Letter, the preview's paper mode shows as many
// pages as the exported PDF has, each starting with the same line, in the fonts Vitae ships.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { letters, previewPages, printedPages } from '../../helpers/paper';
import { sharedChromium } from '../../helpers/previewPage';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = [
  'examples/resume.yaml',
  ...readdirSync(join(ROOT, 'test', 'fixtures')).filter((name) => name.endsWith('.resume.yaml')).map((name) => `test/fixtures/${name}`),
  ...readdirSync(join(ROOT, 'test', 'fixtures', 'samples')).filter((name) => name.endsWith('.yaml')).map((name) => `test/fixtures/samples/${name}`),
  'test/fixtures/render/sample.yaml',
];

describe('the paper preview is the PDF', function () {
  this.timeout(120_000);
  const browser = sharedChromium();

  for (const fixture of FIXTURES) {
    for (const paper of ['A4', 'Letter'] as const) {
      it(`${fixture} on ${paper}: the same pages, each starting with the same line`, async () => {
        const text = readFileSync(join(ROOT, fixture), 'utf8');
        const [shown, printed] = [await previewPages(browser(), text, { paper }), await printedPages(text, { paper })];
        assert.equal(shown.count, printed.count, `the preview shows ${shown.count} pages, the PDF has ${printed.count}`);
        shown.firstLines.forEach((line, index) => {
          const start = letters(line).slice(0, 24);
          assert.ok(letters(printed.texts[index]!).startsWith(start), `page ${index + 1} of the PDF starts "${printed.texts[index]!.slice(0, 60)}", the preview's "${line}"`);
        });
        assert.deepEqual(printed.fonts.filter((font) => !/^Source(Sans|Serif|Code)/.test(font)), [], 'only the fonts Vitae ships');
      });
    }
  }
});
