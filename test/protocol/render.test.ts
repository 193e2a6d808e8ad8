import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RENDER_REQUEST, type RenderParams } from '../../server/src/protocol';
import { cli as vitae, start, type Server } from './harness';

const fixtures = join(__dirname, '..', 'fixtures');
const ada = readFileSync(join(fixtures, 'ada.resume.yaml'), 'utf8');

describe('vitae/render over stdio', () => {
  let server: Server;
  beforeEach(async () => {
    server = await start();
  });
  afterEach(async () => {
    await server.stop();
  });

  const render = (params: RenderParams) => server.connection.sendRequest(RENDER_REQUEST, params);

  it('renders the open version with source offsets, then the problem when the YAML breaks, then the fix', async () => {
    const uri = 'file:///home/dev/ada.resume.yaml';
    await server.open(uri, ada, { version: 3 });
    const first = await render({ uri, themesAllowed: false });
    assert.equal(first?.version, 3);
    assert.equal(first?.theme, 'vitae');
    assert.equal(first?.title, 'Ada Okafor');
    const [, start, end] = /<h1 class="vitae-name" dir="auto" data-src="(\d+)-(\d+)">Ada Okafor<\/h1>/.exec(first!.html!)!;
    assert.equal(ada.slice(Number(start), Number(end)), 'Ada Okafor');

    const brokenAt = ada.indexOf('  label: Staff Platform Engineer');
    const line = ada.slice(0, brokenAt).split('\n').length - 1;
    await server.change(uri, 4, [{ range: { start: { line, character: 9 }, end: { line, character: 9 } }, text: '[' }]);
    const broken = await render({ uri, themesAllowed: false });
    assert.equal(broken?.version, 4);
    assert.equal(broken?.html, undefined);
    assert.ok(broken?.problem && broken.problem.line >= line, JSON.stringify(broken?.problem));

    await server.change(uri, 5, [{ range: { start: { line, character: 9 }, end: { line, character: 10 } }, text: '' }]);
    const fixed = await render({ uri, themesAllowed: false });
    assert.equal(fixed?.version, 5);
    assert.match(fixed!.html!, /Staff Platform Engineer/);
  });

  it('answers null for a document it does not have open', async () => {
    assert.equal(await render({ uri: 'file:///nowhere.yaml', themesAllowed: true }), null);
  });

  it('runs a theme package only when the client says the workspace is trusted', async () => {
    const file = join(fixtures, 'themes', 'themed.yaml');
    const uri = pathToFileURL(file).href;
    await server.open(uri, readFileSync(file, 'utf8'));
    const trusted = await render({ uri, themesAllowed: true, theme: 'even' });
    assert.equal(trusted?.theme, 'even');
    assert.match(trusted!.html!, /Ada Okafor/);
    assert.ok(trusted!.styles!.length > 0);
    const untrusted = await render({ uri, themesAllowed: false });
    assert.equal(untrusted?.theme, 'vitae');
    assert.match(untrusted!.themeMessage!, /^The theme "slowpoke" was not run: theme packages run code, and this workspace is not trusted\./);
  });
});

describe('vitae render, as a user runs it', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'vitae-render-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a standalone HTML page: CSP, fonts and CSS inlined, no scripts', () => {
    const out = join(dir, 'resume.html');
    const { code, stdout, stderr } = vitae('render', join(fixtures, 'ada.resume.yaml'), '-o', out);
    assert.deepEqual({ code, stdout, stderr }, { code: 0, stdout: `Wrote ${out}\n`, stderr: '' });
    const page = readFileSync(out, 'utf8');
    assert.match(page, /^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; font-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;">/);
    assert.match(page, /<title>Ada Okafor<\/title>/);
    assert.match(page, /<style>@font-face \{\n  font-family: "Vitae Sans";\n[^]*\n\/\*\n \* Vitae's built-in resume theme/);
    assert.match(page, /src: url\('data:font\/woff2;base64,d09GMg/);
    assert.doesNotMatch(page, /url\('\.\.\/fonts/);
    assert.doesNotMatch(page, /<script|data-src/i);
  });

  it('prints the page to stdout without -o', () => {
    const { code, stdout } = vitae('render', join(fixtures, 'ada.resume.yaml'));
    assert.equal(code, 0);
    assert.match(stdout, /^<!DOCTYPE html>/);
    assert.match(stdout, /Cut p95 deploy time/);
  });

  it('prints a PDF with the Chromium on this machine, and says how many pages it has', () => {
    const out = join(dir, 'ada.pdf');
    const { code, stdout, stderr } = vitae('render', join(fixtures, 'ada.resume.yaml'), '--pdf', '-o', out);
    assert.deepEqual({ code, stdout, stderr }, { code: 0, stdout: `Wrote ${out} (1 page)\n`, stderr: '' });
    const pdf = readFileSync(out);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(pdf.length > 10_000, `${pdf.length} bytes`);
    assert.match(pdf.toString('latin1'), /\/Title \(Ada Okafor\)|\/Title <FEFF/);
    assert.match(pdf.toString('latin1'), /\/MediaBox \[\s*0 0 59[45]\.9\d* 841\.9\d*\s*\]/, 'A4 by default');
  });

  it('prints US Letter with --paper letter', () => {
    const out = join(dir, 'letter.pdf');
    assert.equal(vitae('render', join(fixtures, 'ada.resume.yaml'), '--pdf', '--paper', 'letter', '-o', out).code, 0);
    assert.match(readFileSync(out).toString('latin1'), /\/MediaBox \[\s*0 0 612 792\s*\]/);
  });

  it('uses a theme package with --theme, and refuses one that is not installed', () => {
    const out = join(dir, 'even.html');
    assert.equal(vitae('render', join(fixtures, 'ada.resume.yaml'), '--theme', 'even', '-o', out).code, 0);
    assert.doesNotMatch(readFileSync(out, 'utf8'), /<script|Vitae's built-in resume theme/);
    const missing = vitae('render', join(fixtures, 'ada.resume.yaml'), '--theme', 'nope', '-o', join(dir, 'nope.html'));
    assert.deepEqual(missing, { code: 2, stdout: '', stderr: 'vitae: The theme "nope" is not installed: run npm install jsonresume-theme-nope next to the resume.\n' });
  });

  it("warns and uses the built-in theme when the resume's own meta.theme is not installed", () => {
    const file = join(dir, 'meta-theme.yaml');
    writeFileSync(file, 'meta:\n  theme: nope\nbasics:\n  name: Ada\n');
    const result = vitae('render', file, '-o', join(dir, 'meta-theme.html'));
    assert.deepEqual(result, {
      code: 0,
      stdout: `Wrote ${join(dir, 'meta-theme.html')}\n`,
      stderr: 'vitae: The theme "nope" is not installed: run npm install jsonresume-theme-nope next to the resume. Showing the built-in theme.\n',
    });
    assert.match(readFileSync(join(dir, 'meta-theme.html'), 'utf8'), /<h1 class="vitae-name" dir="auto">Ada<\/h1>/);
  });

  it('exits 1 with the line of the first YAML error, 2 for a missing file or browser', () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'basics:\n  name: Ada\n  label: [oops\nwork: []\n');
    const result = vitae('render', broken, '-o', join(dir, 'broken.html'));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /broken\.yaml:\d+: .+\nvitae: not rendered: fix the YAML first \(vitae lint .*broken\.yaml\)\.\n$/);
    assert.deepEqual(vitae('render', join(dir, 'none.yaml')), { code: 2, stdout: '', stderr: `vitae: cannot read ${join(dir, 'none.yaml')}: no such file\n` });
    const noBrowser = vitae('render', join(fixtures, 'ada.resume.yaml'), '--pdf', '--browser', join(dir, 'no-chrome'), '-o', join(dir, 'x.pdf'));
    assert.equal(noBrowser.code, 2);
    assert.match(noBrowser.stderr, /^vitae: The browser path .*no-chrome does not exist or cannot be run\. Fix vitae\.pdf\.browserPath \(or --browser\)\.\n$/);
  });

  it('explains itself with --help', () => {
    const { code, stdout } = vitae('render', '--help');
    assert.equal(code, 0);
    assert.match(stdout, /vitae render <file> \[--format html\|pdf\|txt\|md\|docx\] \[-o FILE\] \[--theme NAME\] \[design options\]/);
    assert.equal(vitae('render').code, 2);
  });
});
