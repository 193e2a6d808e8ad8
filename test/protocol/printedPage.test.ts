// The PDF a person sends, printed by `vitae render --pdf` as a user runs it and read back with poppler, as a
// recruiter's viewer and an applicant-tracking system read it: pages, text in reading order, properties, links,
// fonts — and the design options from the command line and .vitaerc.yaml.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SERVER } from './harness';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env['VITAE_CHROMIUM'] ?? '/usr/bin/chromium';

describe('the printed page (vitae render --pdf)', function () {
  this.timeout(120_000);
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'vitae-printed-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const vitae = (...args: string[]) => spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const pdfText = (file: string): string[] => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  const pdfInfo = (file: string): Record<string, string> =>
    Object.fromEntries(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n').map((line) => /^([^:]+):\s+(.*)$/.exec(line)).filter((m) => m !== null).map((m) => [m[1]!, m[2]!]));
  const flat = (text: string): string => text.replace(/\s+/g, ' ');

  it('prints the example on one page (its .vitaerc.yaml fits it), every bullet in the order of the YAML', () => {
    copyFileSync(join(ROOT, 'examples', 'resume.yaml'), join(folder, 'resume.yaml'));
    copyFileSync(join(ROOT, 'examples', '.vitaerc.yaml'), join(folder, '.vitaerc.yaml'));
    const result = vitae('render', join(folder, 'resume.yaml'), '--pdf', '--browser', CHROMIUM);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout.trim(), /^Wrote .*resume\.pdf \(1 page\)$/);
    assert.match(result.stderr, /Fitted to 1 page/);
    const pages = pdfText(join(folder, 'resume.pdf'));
    assert.equal(pages.length, 1);
    const resume = parse(readFileSync(join(ROOT, 'examples', 'resume.yaml'), 'utf8')) as Record<string, Array<{ highlights?: string[] }>>;
    const bullets = Object.values(resume).filter(Array.isArray).flatMap((entries) => entries.flatMap((entry) => entry.highlights ?? []));
    const text = flat(pages.join(' '));
    let at = -1;
    for (const bullet of bullets) {
      const found = text.indexOf(flat(bullet), at + 1);
      assert.ok(found > at, `"${bullet}" is in the PDF's text after the bullets before it`);
      at = found;
    }
  });

  it('pulls a few lines back from a second page without being asked: the example on Letter, no .vitaerc.yaml', () => {
    copyFileSync(join(ROOT, 'examples', 'resume.yaml'), join(folder, 'resume.yaml'));
    const result = vitae('render', join(folder, 'resume.yaml'), '--pdf', '--paper', 'Letter', '--browser', CHROMIUM);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout.trim(), /^Wrote .*resume\.pdf \(1 page\)$/);
    // Never below what reads well on paper: a point less text at most (10 pt → 9 pt), and 10 mm margins.
    assert.match(result.stderr, /Fitted to 1 page: spacing \d+%, 1\d mm margins, 9(\.5)? pt text\./);
    assert.equal(pdfInfo(join(folder, 'resume.pdf'))['Pages'], '1');
  });

  it('carries the person in its properties, links that click, and only the fonts Vitae ships', () => {
    copyFileSync(join(ROOT, 'test', 'fixtures', 'ada.resume.yaml'), join(folder, 'ada.resume.yaml'));
    assert.equal(vitae('render', join(folder, 'ada.resume.yaml'), '--pdf', '--browser', CHROMIUM).status, 0);
    const pdf = join(folder, 'ada.pdf');
    const info = pdfInfo(pdf);
    assert.equal(info['Title'], 'Ada Okafor');
    assert.equal(info['Author'], 'Ada Okafor');
    assert.equal(info['Subject'], 'Staff Platform Engineer');
    assert.equal(info['Creator'], 'Vitae');
    assert.match(readFileSync(pdf, 'latin1'), /\/URI \(mailto:ada\.okafor@example\.com\)/);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    assert.ok(fonts.length > 0 && fonts.every((font) => /^Source(Sans|Serif|Code)/.test(font)), fonts.join(', '));
  });

  it('takes the design from flags over .vitaerc.yaml: serif on Letter, sections in the order asked', () => {
    copyFileSync(join(ROOT, 'test', 'fixtures', 'ada.resume.yaml'), join(folder, 'ada.resume.yaml'));
    writeFileSync(join(folder, '.vitaerc.yaml'), 'design:\n  font: serif\n  paper: A4\n');
    const result = vitae('render', join(folder, 'ada.resume.yaml'), '--pdf', '--browser', CHROMIUM, '--paper', 'letter', '--section-order', 'skills,education');
    assert.equal(result.status, 0, result.stderr);
    const pdf = join(folder, 'ada.pdf');
    assert.match(pdfInfo(pdf)['Page size']!, /^612 x 792 pts/);
    assert.match(execFileSync('pdffonts', [pdf], { encoding: 'utf8' }), /SourceSerif4/);
    const text = flat(pdfText(pdf).join(' '));
    assert.ok(text.indexOf('SKILLS') < text.indexOf('EDUCATION') && text.indexOf('EDUCATION') < text.indexOf('EXPERIENCE'), text.slice(0, 300));
  });

  it('says clearly what it cannot do: a bad flag, and a 3,000-word resume asked onto one page', () => {
    const bad = vitae('render', join(ROOT, 'test', 'fixtures', 'ada.resume.yaml'), '--font-size', '4');
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr.trim(), 'vitae: --font-size: use a number of points from 9 to 12');

    const bullets = Array.from({ length: 200 }, (_, i) => `      - Cut the build time of service ${i + 1} from ${30 + i} minutes to ${i % 9 + 2} minutes by caching dependencies.`);
    writeFileSync(join(folder, 'long.resume.yaml'), ['basics:', '  name: Long Resume', 'work:', '  - name: Acme', '    position: Engineer', '    startDate: 2020-01', '    highlights:', ...bullets, ''].join('\n'));
    const started = Date.now();
    const long = vitae('render', join(folder, 'long.resume.yaml'), '--pdf', '--browser', CHROMIUM, '--fit', '1');
    assert.equal(long.status, 0, long.stderr);
    assert.match(long.stderr, /It does not fit on 1 page even with 9 pt text and 10 mm margins: it needs \d+ pages as designed\./);
    assert.ok(Date.now() - started < 60_000, 'printed within a minute');
    assert.ok(pdfText(join(folder, 'long.pdf')).length >= 3);
  });
});
