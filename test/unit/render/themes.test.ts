import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../../../server/src/core/service';
import { standaloneHtml } from '../../../server/src/node/export';
import { renderPage } from '../../../server/src/node/renderPage';
import { resolveTheme, splitThemePage, themePackageName } from '../../../server/src/node/themes';
import type { RenderParams } from '../../../server/src/protocol';

const FOLDER = join(__dirname, '..', '..', 'fixtures', 'themes');
const FILE = join(FOLDER, 'themed.yaml');
const URI = pathToFileURL(FILE).href;
const TEXT = readFileSync(FILE, 'utf8');

let version = 0;
function render(params: Partial<RenderParams>, text = TEXT) {
  const service = createLanguageService();
  return renderPage(service, { uri: params.uri ?? URI, version: ++version, getText: () => text }, { uri: URI, themesAllowed: true, ...params });
}

describe('JSON Resume theme packages', function () {
  this.timeout(20_000);

  it('names a theme as resume-cli does: "even" is jsonresume-theme-even; full and scoped names stay', () => {
    assert.deepEqual(['even', 'jsonresume-theme-even', '@me/resume-theme'].map(themePackageName), ['jsonresume-theme-even', 'jsonresume-theme-even', '@me/resume-theme']);
  });

  it('finds a theme in node_modules folders up from the resume, as import would pick its entry', () => {
    assert.equal(resolveTheme('slowpoke', FOLDER), join(FOLDER, 'node_modules', 'jsonresume-theme-slowpoke', 'index.js'));
    assert.match(resolveTheme('even', FOLDER) ?? '', /node_modules\/jsonresume-theme-even\/dist\/index\.js$/);
    assert.equal(resolveTheme('no-such-theme', FOLDER), undefined);
  });

  it('renders with a real theme package (jsonresume-theme-even): its styles and its body, no scripts', async () => {
    const result = await render({ theme: 'even' });
    assert.equal(result.theme, 'even');
    assert.equal(result.themeMessage, undefined);
    assert.match(result.html!, /Ada Okafor/);
    assert.match(result.html!, /Parcelwise/);
    assert.doesNotMatch(result.html!, /<script|<link|<meta|<body/i);
    assert.ok(result.styles!.length > 0 && result.styles!.join('').length > 1000, 'the theme CSS comes along');
  });

  it("uses the resume's meta.theme when no theme is asked for; an async ES module theme works", async () => {
    const result = await render({});
    assert.deepEqual({ theme: result.theme, html: result.html, styles: result.styles }, { theme: 'slowpoke', html: '<h1>Ada Okafor</h1>', styles: ['h1 { color: rebeccapurple }'] });
  });

  it('the setting wins over meta.theme, and "vitae" means the built-in theme', async () => {
    const result = await render({ theme: 'vitae' });
    assert.equal(result.theme, 'vitae');
    assert.match(result.html!, /^<main class="vitae-resume" data-src=/);
    assert.equal(result.styles, undefined);
  });

  it('runs no theme code when the workspace is not trusted, and says so', async () => {
    const result = await render({ theme: 'broken', themesAllowed: false });
    assert.equal(result.theme, 'vitae');
    assert.equal(result.themeMessage, 'The theme "broken" was not run: theme packages run code, and this workspace is not trusted. Showing the built-in theme.');
    assert.match(result.html!, /class="vitae-resume"/);
  });

  it('falls back to the built-in theme with a clear sentence when a theme is missing or throws', async () => {
    const missing = await render({ theme: 'elegant' });
    assert.equal(missing.theme, 'vitae');
    assert.equal(missing.themeMessage, 'The theme "elegant" is not installed: run npm install jsonresume-theme-elegant next to the resume. Showing the built-in theme.');
    const broken = await render({ theme: 'broken' });
    assert.equal(broken.theme, 'vitae');
    assert.match(broken.themeMessage!, /^The theme "broken" failed: Cannot read properties of undefined \(reading 'toUpperCase'\)\. Showing the built-in theme\.$/);
    assert.match(broken.html!, /class="vitae-resume"/);
  });

  it('strips scripts, handlers, frames, links and javascript: URLs from a theme page', async () => {
    const result = await render({ theme: 'scripted' });
    assert.equal(result.theme, 'scripted');
    assert.deepEqual(result.styles, ['.name { font-weight: bold }']);
    assert.equal(result.html, '<h1 class="name">Ada Okafor</h1>\n<a href="#">x</a>');
  });

  it('splits a page without <body> too', () => {
    assert.deepEqual(splitThemePage('<style>a{}</style><p>hi</p><script>x()</script>'), { html: '<p>hi</p>', styles: ['a{}'] });
  });

  it("keeps what a theme's CSS may need of its <html> and <body> (class, id, style, lang, dir, data-*), never a handler", () => {
    const page = `<html lang="fr" class='no-js' onclick="x()"><head></head><body class="cv &amp; more" style="margin:0" onload=run() data-mode=print id=page hidden><p>hi</p></body></html>`;
    const split = splitThemePage(page);
    const attributes = { html: { lang: 'fr', class: 'no-js' }, body: { class: 'cv & more', style: 'margin:0', 'data-mode': 'print', id: 'page' } };
    assert.deepEqual(split, { html: '<p>hi</p>', styles: [], attributes });
    const exported = standaloneHtml({ html: split.html, title: 't', theme: 'even', themeAttributes: attributes });
    assert.match(exported, /<html lang="fr" class="no-js">/);
    assert.match(exported, /<body class="vitae-standalone cv &amp; more" style="margin:0" data-mode="print" id="page">/);
    assert.doesNotMatch(exported, /onload|onclick/);
  });

  it('broken YAML: no theme runs, the problem comes back with its line', async () => {
    const result = await render({ theme: 'slowpoke' }, 'basics:\n  name: [Ada\n');
    assert.equal(result.html, undefined);
    assert.equal(result.theme, 'vitae');
    assert.ok(result.problem && result.problem.line >= 1 && result.problem.message.length > 0);
  });
});
