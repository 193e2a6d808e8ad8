import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli as vitae } from './harness';

const fixtures = join(__dirname, '..', 'fixtures');

describe('the vitae command line', () => {
  it('prints clang-style problems with the source line and a caret, and exits 1 on errors', () => {
    const { code, stdout } = vitae('lint', join(fixtures, 'messy.resume.yaml'));
    assert.equal(code, 1);
    const lines = stdout.split('\n');
    const at = lines.findIndex((line) => line.includes('[unknown-key]'));
    assert.match(lines[at]!, /messy\.resume\.yaml:12:5: warning: "postion" is not a JSON Resume key in "work", so no theme will show it\. Did you mean "position"\? \[unknown-key\]$/);
    assert.equal(lines[at + 1], '    postion: Backend Engineer          # EXPECT: unknown key, did you mean "position"?');
    assert.equal(lines[at + 2], '    ^~~~~~~');
  });

  it('exits 0 for a resume without errors', () => {
    assert.equal(vitae('lint', join(fixtures, 'ada.resume.yaml')).code, 0);
  });

  it('prints the very diagnostics the server publishes as JSON', () => {
    const { stdout } = vitae('lint', '--format', 'json', join(fixtures, 'messy.resume.yaml'));
    const [result] = JSON.parse(stdout) as Array<{ file: string; diagnostics: Array<{ code: string; source: string; range: unknown }> }>;
    assert.match(result!.file, /messy\.resume\.yaml$/);
    const typo = result!.diagnostics.find((d) => d.code === 'unknown-key');
    assert.deepEqual(typo?.range, { start: { line: 11, character: 4 }, end: { line: 11, character: 11 } });
    assert.equal(typo?.source, 'vitae');
  });

  it('writes SARIF 2.1.0 for code scanning', () => {
    const sarif = JSON.parse(vitae('lint', '--format', 'sarif', join(fixtures, 'messy.resume.yaml')).stdout);
    assert.equal(sarif.version, '2.1.0');
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'invalid-email');
    assert.equal(result.level, 'error');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 5, startColumn: 10, endLine: 5, endColumn: 28 });
    assert.ok(sarif.runs[0].tool.driver.rules.some((rule: { id: string }) => rule.id === 'invalid-email'));
  });

  it('searches directories for resume files', () => {
    const { stdout } = vitae('lint', '--format', 'json', fixtures);
    const files = (JSON.parse(stdout) as Array<{ file: string }>).map((r) => r.file.replace(fixtures, ''));
    assert.deepEqual(files, ['/ada.resume.yaml', '/messy.resume.yaml', '/shapes.resume.yaml', '/skills-groups.resume.yaml']);
  });

  it('fixes with --fix, in the file, what needs no choice, keeps every comment, and reports what is left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vitae-fix-'));
    try {
      const resume = join(dir, 'resume.yaml');
      const messy = readFileSync(join(fixtures, 'messy.resume.yaml'), 'utf8');
      writeFileSync(resume, messy);
      const first = vitae('lint', '--fix', resume);
      assert.equal(first.code, 1, 'the invalid email and dates need a person, so errors are left');
      assert.match(first.stdout, /1 file checked: 3 errors, 6 warnings; 6 problems fixed\n$/);
      assert.doesNotMatch(first.stdout, /\[invalid-url\]|\[network-spelling\]|\[type-mismatch\]/);
      assert.match(first.stdout, /\[unknown-key\]/);
      const fixed = readFileSync(resume, 'utf8');
      assert.deepEqual(
        fixed.split('\n').filter((line, index) => line !== messy.split('\n')[index]).map((line) => line.replace(/\s+#.*$/, '').trim()),
        ['url: https://www.samrivera.example', '- network: GitHub', '- JavaScript', '- TypeScript', 'startDate: 2015-06', 'fluency: "7"'],
      );
      assert.equal(fixed.match(/#/g)?.length, messy.match(/#/g)?.length, 'every comment kept');
      const again = vitae('lint', '--fix', '--format', 'json', resume);
      assert.deepEqual((JSON.parse(again.stdout) as Array<{ fixed: number }>).map((result) => result.fixed), [0]);
      assert.equal(readFileSync(resume, 'utf8'), fixed, 'nothing left to fix, the file is not rewritten');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with a clear message for an unreadable file or bad usage', () => {
    const missing = vitae('lint', 'no/such/resume.yaml');
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr.trim(), 'vitae: cannot read no/such/resume.yaml: no such file');
    assert.equal(vitae('lint', '--format', 'xml', 'x.yaml').code, 2);
    assert.equal(vitae('lint').code, 2);
    assert.equal(vitae('frobnicate').code, 2);
  });

  describe('a key indented differently from its siblings', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'vitae-cli-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    /** `vitae lint` on `lines`, as clang-style lines without the source excerpts and carets, and the summary. */
    function lintLines(name: string, lines: string[]): { problems: string[]; summary: string } {
      const file = join(dir, name);
      writeFileSync(file, lines.join('\n'));
      const { stdout } = vitae('lint', file);
      const all = stdout.split('\n');
      return {
        problems: all.filter((line) => line.startsWith(file)).map((line) => line.slice(dir.length + 1)).filter((line) => !line.includes('[resume-length]')),
        summary: all.find((line) => / checked: /.test(line)) ?? '',
      };
    }

    it('one space less: one error on that line, not a stray top-level key', () => {
      const { problems, summary } = lintLines('less.resume.yaml', ['basics:', '  name: Ada Okafor', ' label: Engineer', '  email: ada@example.com', '']);
      assert.deepEqual(problems, [
        'less.resume.yaml:3:1: error: This line is not indented like its neighbours. Line it up with the other keys of the same entry. [yaml-syntax]',
      ]);
      assert.equal(summary, '1 file checked: 1 error, 0 warnings');
    });

    it('one space more: one error in plain words, and no "must be text, not a group of fields"', () => {
      const { problems } = lintLines('more.resume.yaml', ['basics:', '  name: Ada Okafor', '   label: Engineer', '  email: ada@example.com', '']);
      assert.deepEqual(problems, [
        'more.resume.yaml:2:9: error: A key cannot run onto the next line. Is a ":" missing on this line, or is the next line indented too far? [yaml-syntax]',
      ]);
    });

    it('a problem elsewhere in the resume is still reported', () => {
      const { problems } = lintLines('elsewhere.resume.yaml', [
        'basics:',
        '  name: Ada Okafor',
        '  email: ada@example',
        'work:',
        '  - name: Northwind',
        '    position: Engineer',
        '     startDate: 2021-03',
        '',
      ]);
      assert.deepEqual(problems.map((line) => line.replace(/^[^:]+:(\d+:\d+): (\w+):.*\[([\w-]+)\]$/, '$1 $2 $3')), [
        '3:10 error invalid-email',
        '5:5 info entry-no-bullets',
        '6:15 error yaml-syntax',
      ]);
    });
  });

  it('answers --help and --version', () => {
    assert.match(vitae('--help').stdout, /vitae lint <file\|dir>/);
    assert.match(vitae('--version').stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
