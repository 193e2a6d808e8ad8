import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { EXPORT_REQUEST, type ExportParams, type ExportResult } from '../../server/src/protocol';
import { readDocx } from '../helpers/docx';
import { SERVER, start, type Server } from './harness';

const example = join(__dirname, '..', '..', 'examples', 'resume.yaml');
const exampleText = readFileSync(example, 'utf8');

/** The page's headings of examples/resume.yaml, in the order its YAML has them. */
const HEADINGS = ['Experience', 'Volunteering', 'Education', 'Awards', 'Certificates', 'Skills', 'Languages', 'Interests', 'References', 'Projects'];

/** Every highlight (and course) of examples/resume.yaml, in source order: what the exports write as bullets. */
function bulletsOf(text: string): string[] {
  const root = parseDocument(text).contents;
  const out: string[] = [];
  if (!isMap(root)) return out;
  for (const section of root.items) {
    if (!isSeq(section.value)) continue;
    for (const entry of section.value.items) {
      for (const key of ['highlights', 'courses']) {
        const list = isMap(entry) ? entry.get(key) : undefined;
        if (isSeq(list)) out.push(...list.items.map(String));
      }
    }
  }
  return out;
}

const vitae = (...args: string[]) => {
  const result = spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('vitae render --format txt|md|docx, as a user runs it', function () {
  this.timeout(60_000);
  let dir: string;
  let resume: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'vitae-export-'));
    resume = join(dir, 'resume.yaml');
    copyFileSync(example, resume);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints plain text: the name first, the section headings in capitals in YAML order, every highlight a "- " bullet', () => {
    const { code, stdout, stderr } = vitae('render', resume, '--format', 'txt');
    assert.deepEqual({ code, stderr }, { code: 0, stderr: '' });
    const lines = stdout.split('\n');
    assert.deepEqual(lines.slice(0, 3), ['Maya Lindqvist', 'Senior Backend Engineer', 'Stockholm, SE | maya.lindqvist@example.com | +46 70 123 45 67 | https://maya.example.dev']);
    assert.deepEqual(
      lines.filter((line, index) => lines[index - 1] === '' && HEADINGS.map((heading) => heading.toUpperCase()).includes(line)),
      HEADINGS.map((heading) => heading.toUpperCase()),
    );
    assert.deepEqual(
      lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2)),
      bulletsOf(exampleText),
    );
    assert.ok(!existsSync(join(dir, 'resume.txt')), 'without -o, plain text goes to stdout only');
  });

  it('writes Markdown to the -o file, the format told by its extension', () => {
    const out = join(dir, 'cv.md');
    assert.deepEqual(vitae('render', resume, '-o', out), { code: 0, stdout: `Wrote ${out}\n`, stderr: '' });
    const md = readFileSync(out, 'utf8');
    assert.ok(md.startsWith('# Maya Lindqvist\n\n**Senior Backend Engineer**\n'));
    assert.deepEqual([...md.matchAll(/^## (.+)$/gm)].map((match) => match[1]), HEADINGS);
    assert.match(md, /^### Senior Backend Engineer, \[Klarbank\]\(https:\/\/klarbank\.example\.com\)$/m);
    assert.equal(vitae('render', resume, '--format', 'md').stdout, md);
  });

  it('writes a Word document beside the resume, which reads back with the name, every heading and highlight in order', async () => {
    const { code, stdout, stderr } = vitae('render', resume, '--format', 'docx');
    const out = join(dir, 'resume.docx');
    assert.deepEqual({ code, stdout, stderr }, { code: 0, stdout: `Wrote ${out}\n`, stderr: '' });
    const docx = await readDocx(readFileSync(out));
    assert.deepEqual(docx.paragraphs.slice(0, 2), ['Maya Lindqvist', 'Senior Backend Engineer']);
    assert.deepEqual(docx.headings, HEADINGS);
    assert.deepEqual(docx.bullets, bulletsOf(exampleText));
    assert.equal(docx.entries[0], 'Senior Backend Engineer, Klarbank');
    assert.deepEqual({ title: docx.title, creator: docx.creator }, { title: 'Maya Lindqvist', creator: 'Maya Lindqvist' });
    assert.ok(docx.links.includes('https://klarbank.example.com') && docx.links.includes('mailto:maya.lindqvist@example.com'), docx.links.join(' '));
    assert.match(docx.part('word/styles.xml') ?? '', /<w:rFonts w:ascii="Source Sans 3"[^>]*\/><w:sz w:val="21"\/>/);
    assert.match(docx.part('word/numbering.xml') ?? '', /<w:numFmt w:val="bullet"\/>/);
  });

  it('takes --pdf as --format pdf, and refuses a format it does not know or two that disagree', () => {
    assert.deepEqual(vitae('render', resume, '--format', 'rtf'), { code: 2, stdout: '', stderr: 'vitae: --format must be pdf, html, txt, md or docx, not "rtf"\n' });
    assert.deepEqual(vitae('render', resume, '--pdf', '--format', 'txt'), { code: 2, stdout: '', stderr: 'vitae: --pdf and --format txt ask for different formats; give one of them\n' });
    const html = vitae('render', resume, '--format', 'html');
    assert.match(html.stdout, /^<!DOCTYPE html>/);
    const text = join(dir, 'explicit.html');
    assert.equal(vitae('render', resume, '--format', 'txt', '-o', text).code, 0);
    assert.ok(readFileSync(text, 'utf8').startsWith('Maya Lindqvist\n'), '--format wins over the extension');
  });

  it('writes a French resume\'s Word document in French: its headings, and the language Word checks spelling in', async () => {
    const french = join(dir, 'cv-fr.yaml');
    copyFileSync(join(__dirname, '..', 'fixtures', 'languages', 'fr.yaml'), french);
    assert.equal(vitae('render', french, '--format', 'docx').code, 0);
    const docx = await readDocx(readFileSync(join(dir, 'cv-fr.docx')));
    assert.ok(docx.headings.includes('Expérience'), docx.headings.join(', '));
    assert.match(docx.part('word/styles.xml') ?? '', /<w:lang w:val="fr" w:eastAsia="fr"\/>/);
    // An English resume's document says no language of its own: Word's default is the reader's.
    assert.doesNotMatch((await readDocx(readFileSync(join(dir, 'resume.docx')))).part('word/styles.xml') ?? '', /<w:lang /);
  });

  it('gives broken YAML the same "fix the YAML first" answer as HTML, and an empty resume a minimal document', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'basics:\n  name: Ada\n  label: [oops\nwork: []\n');
    const html = vitae('render', broken);
    for (const format of ['txt', 'md', 'docx']) {
      const result = vitae('render', broken, '--format', format, '-o', join(dir, `broken.${format}`));
      assert.deepEqual(result, { ...html, stdout: '' }, format);
      assert.ok(!existsSync(join(dir, `broken.${format}`)));
    }
    assert.equal(html.code, 1);
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, '');
    assert.deepEqual(vitae('render', empty, '--format', 'txt'), { code: 0, stdout: '', stderr: '' });
    assert.deepEqual(vitae('render', empty, '--format', 'md'), { code: 0, stdout: '', stderr: '' });
    assert.equal(vitae('render', empty, '--format', 'docx').code, 0);
    const docx = await readDocx(readFileSync(join(dir, 'empty.docx')));
    assert.deepEqual({ paragraphs: docx.paragraphs, title: docx.title }, { paragraphs: [], title: 'Resume' });
  });

  it('lists the formats in --help', () => {
    const { stdout } = vitae('--help');
    assert.match(stdout, /--format FORMAT {8}html \(default\), pdf, txt, md or docx/);
    assert.match(stdout, /--pdf {18}The same as --format pdf\./);
  });

  it('keeps the docx package out of dist/vitae.js: the Word writer is dist/docx.js, loaded when asked for', () => {
    const dist = join(SERVER, '..');
    assert.doesNotMatch(readFileSync(join(dist, 'vitae.js'), 'utf8'), /word\/numbering\.xml/);
    assert.match(readFileSync(join(dist, 'docx.js'), 'utf8'), /word\/numbering\.xml/);
  });
});

describe('vitae/export over stdio', () => {
  let server: Server;
  beforeEach(async () => {
    server = await start();
  });
  afterEach(async () => {
    await server.stop();
  });

  const exportAs = (params: ExportParams): Promise<ExportResult | null> => server.connection.sendRequest(EXPORT_REQUEST, params);

  it('exports the open version as text, Markdown and base64 DOCX; the problem when the YAML breaks; null when not open', async () => {
    const uri = 'file:///home/dev/resume.yaml';
    await server.open(uri, exampleText, { version: 7 });
    const text = await exportAs({ uri, format: 'txt' });
    assert.equal(text?.version, 7);
    assert.ok(text?.text?.startsWith('Maya Lindqvist\nSenior Backend Engineer\n'));
    assert.equal(text?.base64, undefined);
    assert.ok((await exportAs({ uri, format: 'md' }))?.text?.startsWith('# Maya Lindqvist\n'));
    const word = await exportAs({ uri, format: 'docx' });
    const docx = await readDocx(Buffer.from(word!.base64!, 'base64'));
    assert.deepEqual(docx.headings, HEADINGS);

    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 8 },
      contentChanges: [{ range: { start: { line: 4, character: 8 }, end: { line: 4, character: 8 } }, text: '[' }],
    });
    const broken = await exportAs({ uri, format: 'docx' });
    assert.equal(broken?.version, 8);
    assert.equal(broken?.base64, undefined);
    assert.ok(broken?.problem && broken.problem.line >= 4, JSON.stringify(broken));
    assert.equal(await exportAs({ uri: 'file:///nowhere.yaml', format: 'txt' }), null);
  });
});
