import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { joinLines } from '../helpers/text';
import { cli as vitae } from './harness';

const fixtures = join(__dirname, '..', 'fixtures');
const ADA = join(fixtures, 'ada.resume.yaml');
const MESSY = join(fixtures, 'messy.resume.yaml');

interface LintResult {
  file: string;
  diagnostics: Array<{ code: string; severity: number; range: { start: { line: number } } }>;
  summary?: { bullets: number; quantified: number; weakOpeners: number; words: number };
}

const lintJson = (...args: string[]) => JSON.parse(vitae('lint', '--format', 'json', ...args).stdout) as LintResult[];

/** `code:severity@line` (1-based) for the diagnostics with `code`, e.g. `bullet-no-metric:3@31`. */
const where = (result: LintResult, code: string) =>
  result.diagnostics.filter((d) => d.code === code).map((d) => `${d.code}:${d.severity}@${d.range.start.line + 1}`);

// ada.resume.yaml has five bullets without a number (lines 31, 32, 40, 41, 48) and no errors: it exits 0.
const ADA_NO_METRIC = [31, 32, 40, 41, 48];

describe('vitae lint --summary', () => {
  it('prints one line of writing figures per resume, after its problems and before the total', () => {
    const { code, stdout } = vitae('lint', '--summary', ADA, MESSY);
    assert.equal(code, 1, 'messy.resume.yaml still has errors');
    const lines = stdout.trimEnd().split('\n');
    assert.deepEqual(lines.slice(-3), [
      `${ADA}: 12 bullets, 7 quantified (58%), 3 weak openers, 226 words`,
      `${MESSY}: 4 bullets, 1 quantified (25%), 2 weak openers, 32 words`,
      '2 files checked: 6 errors, 10 warnings',
    ]);
    assert.ok(lines.findIndex((line) => line.includes('[bullet-no-metric]')) < lines.length - 3, 'the problems come first');
  });

  it('adds a summary object to each result in JSON, and only when asked', () => {
    const [ada] = lintJson('--summary', ADA);
    assert.deepEqual(ada!.summary, { bullets: 12, quantified: 7, weakOpeners: 3, words: 226 });
    assert.equal('summary' in lintJson(ADA)[0]!, false);
  });

  it('counts exactly the bullets the diagnostics call unquantified or weak', () => {
    for (const result of lintJson('--summary', ADA, MESSY)) {
      const { bullets, quantified, weakOpeners } = result.summary!;
      assert.equal(bullets - quantified, where(result, 'bullet-no-metric').length, `${result.file}: unquantified bullets`);
      assert.equal(weakOpeners, where(result, 'bullet-weak-opener').length, `${result.file}: weak openers`);
    }
  });

  it('leaves a bullet whose bullet-no-metric is silenced by a comment out of the figures', () => {
    const folder = mkdtempSync(join(tmpdir(), 'vitae-summary-'));
    try {
      const resume = join(folder, 'resume.yaml');
      const lines = readFileSync(ADA, 'utf8').split('\n');
      lines.splice(30, 0, '      # vitae-disable-next-line bullet-no-metric   (a platform built, not measured)');
      writeFileSync(resume, lines.join('\n'));
      const [result] = lintJson('--summary', resume);
      assert.deepEqual(result!.summary, { bullets: 11, quantified: 7, weakOpeners: 3, words: 226 });
      assert.equal(result!.summary!.bullets - result!.summary!.quantified, where(result!, 'bullet-no-metric').length);
      assert.equal(vitae('lint', '--summary', resume).stdout.trimEnd().split('\n').at(-2), `${resume}: 11 bullets, 7 quantified (64%), 3 weak openers, 226 words`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('writes one bullet and one weak opener in the singular, as it does "1 file checked"', () => {
    const folder = mkdtempSync(join(tmpdir(), 'vitae-summary-'));
    try {
      const resume = join(folder, 'resume.yaml');
      writeFileSync(resume, joinLines('work:', '  - name: Northwind', '    highlights:', '      - Helped build the billing service for the web shop.', ''));
      const { stdout } = vitae('lint', '--summary', resume);
      const words = lintJson('--summary', resume)[0]!.summary!.words;
      assert.equal(stdout.trimEnd().split('\n').at(-2), `${resume}: 1 bullet, 0 quantified (0%), 1 weak opener, ${words} words`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('vitae lint on a resume written in French', () => {
  const FRENCH = join(fixtures, 'languages', 'fr.yaml');

  it('asks for numbers, and says nothing about English openers, passives or fillers, nor reads French words as technologies', () => {
    const [result] = lintJson('--summary', FRENCH);
    const codes = [...new Set(result!.diagnostics.map((d) => d.code))].sort();
    assert.deepEqual(codes, ['bullet-no-metric', 'entry-bullet-count', 'resume-length']);
    assert.deepEqual(where(result!, 'bullet-no-metric'), ['bullet-no-metric:3@13', 'bullet-no-metric:3@14', 'bullet-no-metric:3@16', 'bullet-no-metric:3@23']);
    assert.deepEqual(result!.summary, { bullets: 6, quantified: 2, weakOpeners: 0, words: 125, language: 'fra' });
  });

  it('says the resume is written in French in the summary line, where an English one counts its weak openers', () => {
    const { stdout } = vitae('lint', '--summary', FRENCH);
    assert.match(stdout, /fr\.yaml: 6 bullets, 2 quantified \(33%\), written in French, 125 words/);
  });
});

describe('vitae lint with a .vitaerc.yaml', () => {
  const roots: string[] = [];
  after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  /**
   * A throw-away repository (its root has a `.git` folder, where the config search stops) holding ada.resume.yaml
   * as `resumePath` and each of `files` with its text. Returns the resume's path.
   */
  function repository(files: Record<string, string>, resumePath = 'resume.yaml'): string {
    const root = mkdtempSync(join(tmpdir(), 'vitae-config-'));
    roots.push(root);
    mkdirSync(join(root, '.git'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const resume = join(root, resumePath);
    mkdirSync(dirname(resume), { recursive: true });
    copyFileSync(ADA, resume);
    return resume;
  }

  it('reports bullet-no-metric as an error when the config says so, and exits 1', () => {
    const resume = repository({ '.vitaerc.yaml': joinLines('rules:', '  bullet-no-metric: error', '') });
    const { code, stdout, stderr } = vitae('lint', resume);
    assert.equal(code, 1);
    assert.equal(stderr, '');
    const errors = stdout.split('\n').filter((line) => line.includes(': error: '));
    assert.deepEqual(errors, ADA_NO_METRIC.map((line) => `${resume}:${line}:9: error: No metric: add the impact as a number — how much, how many, how fast? [bullet-no-metric]`));
    assert.match(stdout, /1 file checked: 5 errors, 3 warnings\n$/);
  });

  it('turns a rule off, leaving the others as they were', () => {
    const resume = repository({ '.vitaerc.yaml': joinLines('rules:', '  bullet-no-metric: off', '') });
    const [result] = lintJson(resume);
    assert.deepEqual(where(result!, 'bullet-no-metric'), []);
    assert.deepEqual(where(result!, 'bullet-weak-opener'), ['bullet-weak-opener:2@32', 'bullet-weak-opener:2@40', 'bullet-weak-opener:2@48']);
  });

  it('applies the writing thresholds', () => {
    const resume = repository({
      '.vitaerc.yaml': joinLines('writing:', '  bulletsPerEntry: { min: 2, max: 6 }', '  resumeWords: { min: 200 }', ''),
    });
    const [result] = lintJson(resume);
    assert.deepEqual(where(result!, 'entry-bullet-count'), [], 'Bright Labs has 2 bullets, which is now enough');
    assert.deepEqual(where(result!, 'resume-length'), [], '226 words is now enough');
    assert.deepEqual(where(lintJson(ADA)[0]!, 'entry-bullet-count'), ['entry-bullet-count:3@47'], 'without the config it is reported');
  });

  it('finds the config in a parent folder, but not above the repository root', () => {
    const nested = repository({ '.vitaerc.yml': joinLines('rules:', '  bullet-no-metric: error', '') }, 'cv/2024/resume.yaml');
    assert.equal(vitae('lint', nested).code, 1);

    const outside = repository({ '.vitaerc.yaml': joinLines('rules:', '  bullet-no-metric: error', '') }, 'inner/resume.yaml');
    mkdirSync(join(dirname(outside), '.git'));
    assert.equal(vitae('lint', outside).code, 0, 'inner/ is a repository of its own, so the outer config does not apply');
  });

  it('reads .vitaerc.json too', () => {
    const resume = repository({ '.vitaerc.json': JSON.stringify({ rules: { 'bullet-weak-opener': 'hint' } }) });
    assert.deepEqual(where(lintJson(resume)[0]!, 'bullet-weak-opener'), ['bullet-weak-opener:4@32', 'bullet-weak-opener:4@40', 'bullet-weak-opener:4@48']);
  });

  it('warns on stderr about a bad severity, and still applies the rest', () => {
    const resume = repository({ '.vitaerc.yaml': joinLines('rules:', '  bullet-no-metric: loud', '  bullet-weak-opener: error', '') });
    const { code, stdout, stderr } = vitae('lint', '--format', 'json', resume);
    assert.equal(stderr, `vitae: ${join(dirname(resume), '.vitaerc.yaml')}: rules.bullet-no-metric: use off, hint, information, warning or error\n`);
    assert.equal(code, 1, 'bullet-weak-opener: error still counts');
    const [result] = JSON.parse(stdout) as LintResult[];
    assert.deepEqual(where(result!, 'bullet-no-metric'), ADA_NO_METRIC.map((line) => `bullet-no-metric:3@${line}`), 'the bad entry falls back to the default');
    assert.deepEqual(where(result!, 'bullet-weak-opener'), ['bullet-weak-opener:1@32', 'bullet-weak-opener:1@40', 'bullet-weak-opener:1@48']);
  });

  it('warns about a config that is not YAML, and lints with the defaults', () => {
    const resume = repository({ '.vitaerc.yaml': joinLines('rules:', '  bullet-no-metric: [error', '') });
    const { code, stdout, stderr } = vitae('lint', resume);
    assert.match(stderr, new RegExp(`^vitae: ${escape(join(dirname(resume), '.vitaerc.yaml'))}: not valid YAML: .+\\n$`));
    assert.equal(code, 0);
    assert.match(stdout, /1 file checked: 0 errors, 3 warnings\n$/);
  });

  // A misspelt code is the likeliest mistake in a config file; ignoring it silently leaves the user wondering why the
  // rule still fires.
  it('warns about a rule code that does not exist', () => {
    const resume = repository({ '.vitaerc.yaml': joinLines('rules:', '  bullet-no-metrics: off', '') });
    const { code, stderr } = vitae('lint', resume);
    assert.equal(code, 0);
    assert.match(stderr, /rules\.bullet-no-metrics: .*(unknown|not a|no such).*\n$/i, `stderr was ${JSON.stringify(stderr)}`);
  });

  it('warns about writing thresholds that are not numbers', () => {
    const resume = repository({ '.vitaerc.yaml': joinLines('writing:', '  bulletsPerEntry: { min: two }', '  resumeWords: 400', '') });
    const { stderr } = vitae('lint', resume);
    assert.match(stderr, /writing\.bulletsPerEntry\.min/, `stderr was ${JSON.stringify(stderr)}`);
    assert.match(stderr, /writing\.resumeWords/, `stderr was ${JSON.stringify(stderr)}`);
  });

  it('honours suppression comments as the editor does', () => {
    const resume = repository({});
    writeFileSync(resume, joinLines('# vitae-disable bullet-weak-opener', readFileSync(ADA, 'utf8')));
    const [result] = lintJson(resume);
    assert.deepEqual(where(result!, 'bullet-weak-opener'), []);
    assert.equal(where(result!, 'bullet-no-metric').length, ADA_NO_METRIC.length);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
