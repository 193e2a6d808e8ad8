import { strict as assert } from 'node:assert';
import { mergeDesign } from '../../../server/src/core/design';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { standaloneHtml } from '../../../server/src/node/export';
import { embeddedFontCss, embedFonts, FONT_FAMILIES, fontFamiliesIn } from '../../../server/src/node/fonts';

const ROOT = join(__dirname, '..', '..', '..');

interface FontFace {
  readonly family: string;
  readonly weight: string;
  readonly style: string;
  readonly src: string;
  readonly unicodeRange: string;
}

/** The @font-face rules of a stylesheet, one object each. */
function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => {
    // One declaration a line (a data: URI has a ";" of its own).
    const property = (name: string): string => new RegExp(`^\\s*${name}:\\s*(.*);\\s*$`, 'm').exec(body!)?.[1] ?? '';
    return {
      family: property('font-family'),
      weight: property('font-weight'),
      style: property('font-style'),
      src: property('src'),
      unicodeRange: property('unicode-range'),
    };
  });
}

/** "family weight style" of each face, once, in order. */
const faceNames = (faces: readonly FontFace[]): string[] => [...new Set(faces.map((face) => `${face.family} ${face.weight} ${face.style}`))];

describe('the fonts Vitae ships', () => {
  const css = embeddedFontCss();
  const faces = fontFaces(css);

  it('are Vitae Sans (body, italic, headings), Vitae Serif and Vitae Mono', () => {
    assert.deepEqual(FONT_FAMILIES, { sans: 'Vitae Sans', serif: 'Vitae Serif', mono: 'Vitae Mono' });
    assert.deepEqual(faceNames(faces), [
      '"Vitae Sans" 400 normal',
      '"Vitae Sans" 400 italic',
      '"Vitae Sans" 600 normal',
      '"Vitae Sans" 700 normal',
      '"Vitae Serif" 400 normal',
      '"Vitae Serif" 400 italic',
      '"Vitae Serif" 600 normal',
      '"Vitae Mono" 400 normal',
    ]);
  });

  it('cover accented names (é, ü, ł, ő): every face is a latin and a latin-ext file', () => {
    for (const name of faceNames(faces)) {
      const ranges = faces.filter((face) => `${face.family} ${face.weight} ${face.style}` === name).map((face) => face.unicodeRange.split(',')[0]);
      assert.deepEqual(ranges, ['U+0100-02BA', 'U+0000-00FF'], name);
    }
  });

  it('travel inside an exported page: every src is a woff2 data: URI, nothing to fetch', () => {
    assert.equal(faces.length, 16);
    for (const face of faces) {
      const match = /^url\('data:font\/woff2;base64,([A-Za-z0-9+/=]+)'\) format\('woff2'\)$/.exec(face.src);
      assert.ok(match, `${face.family} ${face.weight} ${face.style}: ${face.src.slice(0, 80)}`);
      assert.equal(Buffer.from(match[1]!, 'base64').subarray(0, 4).toString('latin1'), 'wOF2');
    }
    assert.doesNotMatch(css, /url\((?!'data:)/);
  });

  it('are embedded only for the families asked for, so a page is not bloated', () => {
    const mono = embeddedFontCss(['mono']);
    assert.deepEqual(faceNames(fontFaces(mono)), ['"Vitae Mono" 400 normal']);
    assert.ok(mono.length < css.length / 5, `${mono.length} of ${css.length} characters`);
    assert.deepEqual(faceNames(fontFaces(embeddedFontCss(['sans', 'mono']))), faceNames(faces).filter((name) => !name.includes('Serif')));
  });

  it("go into an export of the built-in theme as its design names them (mono only for code), and never into a theme package's", () => {
    assert.deepEqual(fontFamiliesIn('body { font-family: "Vitae Serif", serif } code { font-family: "Vitae Mono" }'), ['serif', 'mono']);
    const embedded = (html: string, font?: 'serif'): string[] => faceNames(fontFaces(standaloneHtml({ html, title: 't', ...(font ? { design: mergeDesign({ font }) } : {}) })));
    assert.deepEqual(embedded('<main>x</main>'), faceNames(faces).filter((name) => name.includes('Sans')));
    assert.deepEqual(embedded('<main><code>x</code></main>'), faceNames(faces).filter((name) => !name.includes('Serif')));
    assert.deepEqual(embedded('<main>x</main>', 'serif'), faceNames(faces).filter((name) => name.includes('Serif')));
    assert.deepEqual(fontFaces(standaloneHtml({ html: '<main>x</main>', title: 't', theme: 'jsonresume-theme-even', styles: ['body{}'] })), []);
  });

  it('are read once: asking again gives the same string', () => {
    assert.equal(embeddedFontCss(), css);
  });

  it('missing from the package: the error names the file that is not there', () => {
    const media = mkdtempSync(join(tmpdir(), 'vitae-fonts-'));
    try {
      mkdirSync(join(media, 'preview'));
      copyFileSync(join(ROOT, 'media', 'preview', 'fonts.css'), join(media, 'preview', 'fonts.css'));
      const missing = join(media, 'fonts', 'source-code-pro-latin-ext-400-normal.woff2');
      assert.throws(() => embedFonts(media, ['mono']), (error: Error) => {
        assert.equal(error.message, `A font Vitae ships is missing from the package: ${missing}. Reinstall Vitae (in a source checkout: npm run fonts).`);
        return true;
      });
    } finally {
      rmSync(media, { recursive: true, force: true });
    }
  });

  it('are what `npm run fonts` copies from @fontsource, byte for byte, and no file more', function () {
    this.timeout(20_000);
    const output = execFileSync(process.execPath, [join(ROOT, 'scripts', 'fonts.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.match(output, /up to date/);
  });
});
