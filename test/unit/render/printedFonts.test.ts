import { strict as assert } from 'node:assert';
import { standaloneHtml } from '../../../server/src/node/export';
import { loadPdfModule } from '../../../server/src/node/pdfModule';
import { joinLines } from '../../helpers/text';
import { CHROMIUM, loadPage, PAGE_URL, sharedChromium } from './chromium';
import { renderHtml } from './render';

/** A short resume with letters beyond ASCII (ë, Ł, é, ü, ő), an italic and some code. */
const RESUME = joinLines(
  'basics:',
  '  name: Zoë Łukasiewicz',
  '  label: Backend engineer',
  '  summary: Engineer in _Kraków_ and Zürich.',
  'work:',
  '  - name: Société Générale',
  '    position: Engineer',
  '    startDate: 2021-03',
  '    highlights:',
  '      - Cut `pg_dump` time for Gödöllő from 59 to 41 minutes.',
);

const page = (): string => standaloneHtml({ html: renderHtml(RESUME), title: 'Zoë Łukasiewicz' });

describe('an exported page in headless Chromium', function () {
  this.timeout(60_000);
  const browser = sharedChromium();

  it('draws its text in Vitae Sans and its code in Vitae Mono, from fonts inside the page', async () => {
    const loaded = await loadPage(browser(), page());
    const fonts = (await loaded.page.evaluate(`document.fonts.ready.then(() => ({
      body: getComputedStyle(document.body).fontFamily.split(',')[0],
      code: getComputedStyle(document.querySelector('code')).fontFamily.split(',')[0],
      loaded: [...new Set([...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family))].sort(),
    }))`)) as Record<string, unknown>;
    assert.deepEqual(fonts, { body: '"Vitae Sans"', code: '"Vitae Mono"', loaded: ['Vitae Mono', 'Vitae Sans'] });
    assert.deepEqual(loaded.requests, [PAGE_URL]);
    assert.deepEqual(loaded.blockedByCsp, []);
  });
});

describe('a PDF of the built-in theme', function () {
  this.timeout(120_000);
  let pdf = '';
  before(async () => {
    const bytes = await loadPdfModule().printPdf(page(), { browserPath: CHROMIUM });
    pdf = Buffer.from(bytes).toString('latin1');
  });

  /**
   * The fonts the PDF embeds: Chromium writes font dictionaries uncompressed, `/BaseFont /ABCDEF+Name`, with the
   * PostScript name the font file carries (Fontsource's say `SourceSans3ExtraLight-Bold` for the bold).
   */
  const embedded = (): string[] => [...new Set([...pdf.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]()]+)/g)].map((match) => match[1]!))].sort();

  it('embeds Source Sans 3 for the text and Source Code Pro for the code', () => {
    assert.ok(embedded().some((name) => /^SourceSans3/.test(name)), embedded().join(', '));
    assert.ok(embedded().some((name) => /^SourceCodePro/.test(name)), embedded().join(', '));
  });

  // Ł and ő are only in the latin-ext files: were those missing, the machine's font would draw them.
  it('embeds no font of the machine it was printed on: no DejaVu, nothing Vitae does not ship', () => {
    assert.doesNotMatch(pdf, /DejaVu/);
    assert.deepEqual(embedded().filter((name) => !/^(SourceSans3|SourceCodePro)/.test(name)), []);
  });
});
