import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM } from '../helpers/chromium';
import { installedCli, ROOT, userEnv, type InstalledCli } from './installedCli';
import { Server } from './harness';

const fixtures = join(__dirname, '..', 'fixtures');
const rootManifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const cliManifest = JSON.parse(readFileSync(join(ROOT, 'packages', 'cli', 'package.json'), 'utf8')) as Record<string, unknown>;

// The CLI as a user outside this repository gets it: `npm pack` of packages/cli, installed into an empty folder.
describe('the vitae-resume npm package, installed from its tarball', function () {
  this.timeout(120_000);
  let cli: InstalledCli;
  const run = (...args: string[]) => {
    const result = spawnSync(cli.bin, args, { cwd: cli.dir, encoding: 'utf8', env: userEnv() });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  before(() => {
    cli = installedCli();
    for (const name of ['messy.resume.yaml', 'ada.resume.yaml']) copyFileSync(join(fixtures, name), join(cli.dir, name));
  });

  it('is publishable: a free name, the vitae command, no dependencies, engines, a license and the notices', () => {
    assert.equal(cliManifest['name'], 'vitae-resume');
    assert.equal(cliManifest['version'], rootManifest.version);
    assert.deepEqual(cliManifest['bin'], { vitae: 'dist/vitae.js' });
    assert.equal(cliManifest['license'], 'MIT');
    assert.deepEqual(cliManifest['engines'], { node: '>=20' });
    assert.equal(cliManifest['private'], undefined);
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'scripts']) assert.equal(cliManifest[field], undefined, field);
    // What a user's install holds: our package and nothing it pulled in.
    assert.deepEqual(readdirSync(join(cli.dir, 'node_modules')).filter((name) => !name.startsWith('.')), ['vitae-resume']);
  });

  it('carries exactly the bundles, the media the renderer reads, the rule pages and the legal files', () => {
    const ruleDocs = readdirSync(join(ROOT, 'docs', 'rules')).filter((name) => name.endsWith('.md')).map((name) => `docs/rules/${name}`);
    const fonts = readdirSync(join(ROOT, 'media', 'fonts')).filter((name) => name.endsWith('.woff2')).map((name) => `media/fonts/${name}`);
    const expected = [
      'LICENSE',
      'README.md',
      'THIRD_PARTY_NOTICES',
      'dist/docx.js',
      'dist/page.js',
      'dist/pdf.js',
      'dist/vitae.js',
      ...ruleDocs,
      ...fonts,
      'media/preview/fonts.css',
      'media/preview/vitae.css',
      'package.json',
    ].sort();
    assert.deepEqual([...cli.files].sort(), expected);
    assert.ok(cli.size > 100_000 && cli.size < 3_000_000, `tarball of ${cli.size} bytes`);
  });

  it('answers --version with the extension version', () => {
    assert.deepEqual(run('--version'), { code: 0, stdout: `${rootManifest.version}\n`, stderr: '' });
  });

  it('lints: problems and exit 1 for a resume with errors, exit 0 for a clean one', () => {
    const messy = run('lint', 'messy.resume.yaml');
    assert.equal(messy.code, 1);
    assert.match(messy.stdout, /^messy\.resume\.yaml:5:10: error: .* \[invalid-email\]$/m);
    assert.equal(run('lint', 'ada.resume.yaml').code, 0);
  });

  it('runs as the README says: npx vitae-resume lint resume.yaml', () => {
    const result = spawnSync('npx', ['--offline', 'vitae-resume', 'lint', 'messy.resume.yaml'], { cwd: cli.dir, encoding: 'utf8', env: userEnv() });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /\[invalid-email\]/);
  });

  it('writes SARIF whose rules carry their pages from the package', () => {
    const sarif = JSON.parse(run('lint', '--format', 'sarif', 'messy.resume.yaml').stdout);
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'invalid-email');
    assert.match(rule.help.markdown, /^# `invalid-email`/);
    assert.ok(rule.fullDescription.text.length > 20);
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'messy.resume.yaml');
  });

  it('renders HTML with the fonts and styles the package ships', () => {
    assert.deepEqual(run('render', 'ada.resume.yaml', '-o', 'ada.html'), { code: 0, stdout: 'Wrote ada.html\n', stderr: '' });
    const page = readFileSync(join(cli.dir, 'ada.html'), 'utf8');
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(page, /src: url\('data:font\/woff2;base64,d09GMg/, 'fonts inlined from media/fonts');
    assert.match(page, /\.vitae-entry-title/, 'the built-in theme from media/preview/vitae.css');
  });

  it('writes plain text and a Word document (the lazily loaded dist/docx.js)', () => {
    const text = run('render', 'ada.resume.yaml', '--format', 'txt');
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^Ada Okafor/);
    assert.equal(run('render', 'ada.resume.yaml', '--format', 'docx', '-o', 'ada.docx').code, 0);
    assert.equal(readFileSync(join(cli.dir, 'ada.docx')).subarray(0, 2).toString('latin1'), 'PK');
  });

  it('prints a PDF with the Chromium on this machine (dist/pdf.js and the paginator dist/page.js)', function () {
    if (!existsSync(CHROMIUM)) this.skip();
    const result = run('render', 'ada.resume.yaml', '--pdf', '--browser', CHROMIUM, '-o', 'ada.pdf');
    assert.equal(result.code, 0, result.stderr);
    const pdf = readFileSync(join(cli.dir, 'ada.pdf'));
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(statSync(join(cli.dir, 'ada.pdf')).size > 10_000);
  });

  it('serves LSP on stdio: diagnostics arrive, each linked to its page inside the installed package', async () => {
    const server = new Server({}, [cli.bin]);
    try {
      const result = await server.initialize({
        capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true } } },
      });
      assert.equal(result.serverInfo?.name, 'vitae');
      const uri = pathToFileURL(join(cli.dir, 'messy.resume.yaml')).href;
      const text = readFileSync(join(cli.dir, 'messy.resume.yaml'), 'utf8');
      const arrived = server.diagnostics(uri, 1, 20_000);
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      const diagnostics = await arrived;
      const email = diagnostics.find((d) => d.code === 'invalid-email');
      assert.ok(email, JSON.stringify(diagnostics.map((d) => d.code)));
      const page = fileURLToPath(email.codeDescription!.href);
      assert.equal(page, join(cli.dir, 'node_modules', 'vitae-resume', 'docs', 'rules', 'invalid-email.md'));
      assert.ok(existsSync(page));
    } finally {
      await server.stop();
    }
  });
});
