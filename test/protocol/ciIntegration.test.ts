import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { installedCli, ROOT, userEnv, type InstalledCli } from './installedCli';

const version = (JSON.parse(readFileSync(join(ROOT, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string }).version;

/** SARIF 2.1.0's own schema (test/fixtures/sarif), compiled once. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  // The schema's `language` pattern is not valid with the u flag, which ajv uses by default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

interface ActionStep {
  readonly id?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly shell?: string;
  readonly with?: Record<string, string>;
  readonly env?: Record<string, string>;
}

describe('CI integration: the GitHub Action and the pre-commit hook', function () {
  this.timeout(120_000);
  let cli: InstalledCli;
  let scratch: string;
  /** A stand-in `npx` that records its arguments and runs the installed package's `vitae` with the rest. */
  let fakeBin: string;

  before(() => {
    cli = installedCli();
    scratch = mkdtempSync(join(tmpdir(), 'vitae-ci-'));
    fakeBin = join(scratch, 'bin');
    mkdirSync(fakeBin);
    const npx = join(fakeBin, 'npx');
    writeFileSync(npx, ['#!/bin/sh', 'echo "$@" >> "$NPX_LOG"', 'shift 2', 'exec "$VITAE_BIN" "$@"', ''].join('\n'));
    chmodSync(npx, 0o755);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  const withFakeNpx = (extra: Record<string, string>) =>
    userEnv({ PATH: `${fakeBin}${delimiter}${process.env['PATH'] ?? ''}`, NPX_LOG: join(scratch, 'npx.log'), VITAE_BIN: cli.bin, ...extra });

  describe('action.yml', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, { value: string }>;
      runs: { using: string; steps: ActionStep[] };
    };

    it('is a composite action: lint with the script, upload the SARIF for code scanning, then fail on errors', () => {
      assert.equal(action.runs.using, 'composite');
      const [lint, upload, fail] = action.runs.steps;
      assert.equal(lint!.id, 'lint');
      assert.equal(lint!.run, 'bash "$GITHUB_ACTION_PATH/scripts/action/lint.sh"');
      assert.ok(existsSync(join(ROOT, 'scripts', 'action', 'lint.sh')));
      assert.deepEqual(Object.keys(lint!.env!).sort(), ['VITAE_ANNOTATIONS', 'VITAE_FILES', 'VITAE_SARIF', 'VITAE_VERSION']);
      assert.match(upload!.uses!, /^github\/codeql-action\/upload-sarif@v\d+$/);
      assert.equal(upload!.with!['sarif_file'], '${{ steps.lint.outputs.sarif-file }}');
      assert.match(upload!.if!, /always\(\)/, 'the SARIF is uploaded also when the lint found errors');
      assert.match(fail!.run!, /exit 1/);
      assert.equal(action.outputs['exit-code']!.value, '${{ steps.lint.outputs.exit-code }}');
    });

    it('runs the released package: its default version is this version', () => {
      assert.equal(action.inputs['version']!.default, version);
    });

    it("runs its script against the fixtures: annotations, outputs and SARIF that validates against SARIF 2.1.0's schema", () => {
      const output = join(scratch, 'github-output');
      writeFileSync(output, '');
      writeFileSync(join(scratch, 'npx.log'), '');
      const sarifFile = join(scratch, 'vitae.sarif');
      const env = withFakeNpx({ VITAE_FILES: 'test/fixtures', VITAE_VERSION: version, VITAE_SARIF: sarifFile, VITAE_ANNOTATIONS: 'true', GITHUB_OUTPUT: output });
      const result = spawnSync('bash', [join(ROOT, 'scripts', 'action', 'lint.sh')], { cwd: ROOT, encoding: 'utf8', env });
      assert.equal(result.status, 0, result.stderr);

      // The command the action runs, as a user's workflow runs it: the pinned npm package, twice.
      assert.deepEqual(readFileSync(join(scratch, 'npx.log'), 'utf8').trim().split('\n'), [
        `--yes vitae-resume@${version} lint --format github test/fixtures`,
        `--yes vitae-resume@${version} lint --format sarif test/fixtures`,
      ]);
      const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
      assert.ok(
        annotations.includes(
          '::error file=test/fixtures/messy.resume.yaml,line=5,endLine=5,col=10,endColumn=28,title=vitae invalid-email::sam.rivera@example is not a valid email address. Check the part after "@": it needs a domain such as example.com.',
        ),
        annotations.join('\n'),
      );
      assert.ok(annotations.every((line) => /^::(error|warning|notice) file=test\/fixtures\/[\w.-]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=vitae [a-z-]+::\S/.test(line)), annotations.join('\n'));
      assert.deepEqual(readFileSync(output, 'utf8').trim().split('\n'), ['exit-code=1', `sarif-file=${sarifFile}`]);

      const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as {
        runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { text: string; markdown: string }; helpUri?: string } > } }; results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
      };
      const validate = sarifValidator();
      assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
      const [run] = sarif.runs;
      // Code scanning resolves each location against the checkout: every one is a file of this repository.
      const uris = new Set(run!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
      assert.deepEqual([...uris].sort(), ['test/fixtures/ada.resume.yaml', 'test/fixtures/messy.resume.yaml', 'test/fixtures/shapes.resume.yaml', 'test/fixtures/skills-groups.resume.yaml']);
      for (const uri of uris) assert.ok(existsSync(join(ROOT, uri)), uri);
      for (const rule of run!.tool.driver.rules) {
        assert.ok(rule.help.markdown.startsWith(`# \`${rule.id}\``), rule.id);
        assert.equal(rule.helpUri, undefined, 'no link: the help is inline');
      }
    });

    it('reports a file it cannot check as exit code 2, without a SARIF file to upload', () => {
      const output = join(scratch, 'github-output-missing');
      writeFileSync(output, '');
      const env = withFakeNpx({ VITAE_FILES: 'no/such/resume.yaml', VITAE_VERSION: version, VITAE_SARIF: join(scratch, 'missing.sarif'), GITHUB_OUTPUT: output });
      const result = spawnSync('bash', [join(ROOT, 'scripts', 'action', 'lint.sh')], { cwd: scratch, encoding: 'utf8', env });
      assert.equal(result.status, 0);
      assert.deepEqual(readFileSync(output, 'utf8').trim().split('\n'), ['exit-code=2']);
      assert.match(result.stdout, /^::error title=vitae lint::vitae lint could not check no\/such\/resume\.yaml \(exit status 2\)/m);
    });
  });

  describe('.pre-commit-hooks.yaml', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; name: string; description: string; entry: string; files: string; language: string; pass_filenames: boolean }>;
    const [hook] = hooks;
    // pre-commit matches `files` with Python's re; `(?i)` there is the i flag here.
    const files = new RegExp(hook!.files.replace(/^\(\?i\)/, ''), hook!.files.startsWith('(?i)') ? 'i' : '');

    it('runs the pinned release of the package on the staged resumes', () => {
      assert.equal(hook!.id, 'vitae-lint');
      assert.equal(hook!.entry, `npx --yes vitae-resume@${version} lint`);
      assert.equal(hook!.pass_filenames, true);
    });

    it('picks the files vitae lint searches folders for, and no others', () => {
      for (const path of ['resume.yaml', 'cv.yml', 'docs/CV.YAML', 'me/jane.resume.yml', 'a/b/resume.yaml']) assert.ok(files.test(path), path);
      for (const path of ['resume.json', 'config.yaml', 'myresume.yaml', '.resume.yaml', 'resume.yaml.bak', 'resume/other.yaml']) assert.ok(!files.test(path), path);
    });

    it('fails the commit on a resume with errors and lets a clean one through', () => {
      const [command, ...args] = hook!.entry.split(' ');
      const run = (file: string) => spawnSync(command!, [...args, file], { cwd: join(ROOT, 'test', 'fixtures'), encoding: 'utf8', env: withFakeNpx({}) });
      assert.equal(run('messy.resume.yaml').status, 1);
      assert.equal(run('ada.resume.yaml').status, 0);
    });

    it('offers a second hook that fixes, in the staged files, what needs no choice, on the same files', () => {
      const fixing = hooks.find((other) => other.id === 'vitae-fix');
      assert.equal(fixing?.entry, `npx --yes vitae-resume@${version} lint --fix`);
      assert.deepEqual({ ...fixing, id: hook!.id, entry: hook!.entry, name: hook!.name, description: hook!.description }, hook);
      const dir = mkdtempSync(join(tmpdir(), 'vitae-hook-'));
      try {
        writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  url: www.example.com # home\n');
        const [command, ...args] = fixing!.entry.split(' ');
        const result = spawnSync(command!, [...args, 'resume.yaml'], { cwd: dir, encoding: 'utf8', env: withFakeNpx({}) });
        assert.equal(result.status, 0, result.stderr);
        assert.equal(readFileSync(join(dir, 'resume.yaml'), 'utf8'), 'basics:\n  url: https://www.example.com # home\n');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
