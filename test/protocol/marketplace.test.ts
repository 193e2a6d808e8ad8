import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & {
  version: string;
  contributes: { commands: Array<{ command: string }> };
};
const filesIn = (dir: string, suffix: string) => readdirSync(join(ROOT, dir)).filter((name) => name.endsWith(suffix)).map((name) => `${dir}/${name}`);

/** The packages of the bundles that ship (from esbuild's `// node_modules/<package>/…` comments in the dev build). */
function bundledPackages(): Array<{ name: string; version: string; bundle: string }> {
  const found = new Map<string, { name: string; version: string; bundle: string }>();
  for (const bundle of ['client', 'vitae', 'pdf', 'docx', 'page', 'preview']) {
    const text = readFileSync(join(ROOT, 'dist', `${bundle}.js`), 'utf8');
    for (const match of text.matchAll(/^\s*\/\/ (node_modules\/(?:(?:@[^/\n]+\/)?[^/\n]+\/node_modules\/)*(?:@[^/\n]+\/)?[^/\n]+)\//gm)) {
      const dir = match[1]!;
      if (found.has(dir)) continue;
      const { name, version } = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { name: string; version: string };
      found.set(dir, { name, version, bundle });
    }
  }
  return [...found.values()];
}

describe('the extension, ready for the Marketplace and Open VSX', function () {
  this.timeout(120_000);

  it('packs exactly what it runs and what users read: vsce ls', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const listed = result.stdout.split('\n').filter(Boolean).sort();
    const expected = [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'THIRD_PARTY_NOTICES',
      'package.json',
      'language-configuration.json',
      ...['client', 'docx', 'page', 'pdf', 'preview', 'vitae'].map((bundle) => `dist/${bundle}.js`),
      ...filesIn('docs/rules', '.md'),
      'media/icon.png',
      ...filesIn('media/fonts', '.woff2'),
      ...filesIn('media/preview', '.css'),
      ...filesIn('snippets', '.json'),
      ...filesIn('syntaxes', '.json'),
    ].sort();
    assert.deepEqual(listed, expected);
  });

  it('describes itself for the gallery: name, description, categories, keywords, icon, banner', () => {
    assert.match(String(manifest['displayName']), /^Vitae\b/);
    const description = String(manifest['description']);
    assert.ok(description.length > 60 && description.length <= 300, description);
    const categories = manifest['categories'] as string[];
    const known = ['Programming Languages', 'Snippets', 'Linters', 'Themes', 'Debuggers', 'Formatters', 'Keymaps', 'SCM Providers', 'Other', 'Extension Packs', 'Language Packs', 'Data Science', 'Machine Learning', 'Visualization', 'Notebooks', 'Education', 'Testing'];
    assert.ok(categories.length > 0 && categories.every((category) => known.includes(category)), categories.join());
    const keywords = manifest['keywords'] as string[];
    assert.ok(keywords.length >= 5 && keywords.length <= 30 && new Set(keywords).size === keywords.length, 'at most 30 distinct keywords');
    const icon = readFileSync(join(ROOT, String(manifest['icon'])));
    assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
    assert.ok(icon.readUInt32BE(16) >= 128 && icon.readUInt32BE(20) >= 128, 'an icon of at least 128×128 pixels');
    assert.deepEqual(manifest['galleryBanner'], { color: '#0f5257', theme: 'dark' });
    assert.equal(manifest['license'], 'MIT');
    assert.ok(manifest['publisher']);
  });

  it('has a CHANGELOG with an entry for this version', () => {
    assert.match(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## ${manifest.version.replace(/\./g, '\\.')}\\b`, 'm'));
  });

  it("says how to install it on the README's first screen, before how to develop it", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const firstScreen = readme.split('\n').slice(0, 40).join('\n');
    for (const path of ['Visual Studio Marketplace', 'Open VSX', '.vsix', 'npx vitae-resume lint resume.yaml']) assert.ok(firstScreen.includes(path), path);
    assert.ok(readme.indexOf('## Install') < readme.indexOf('## Develop'));
    assert.doesNotMatch(readme, /npx vitae (lint|render|server)|'npx', 'vitae'/, 'npx vitae runs an unrelated package');
  });

  it('contributes every command it runs from a link or a quick fix', () => {
    const commands = manifest.contributes.commands.map((command) => command.command);
    assert.ok(commands.includes('vitae.showRuleDoc'));
  });
});

describe('THIRD_PARTY_NOTICES', () => {
  it('names every package the shipped bundles carry, at the bundled version', function () {
    if (!existsSync(join(ROOT, 'dist', 'client.js'))) this.skip();
    const notices = readFileSync(join(ROOT, 'THIRD_PARTY_NOTICES'), 'utf8');
    const packages = bundledPackages();
    assert.ok(packages.length > 20, `${packages.length} packages: the dev build (npm run build) has the comments`);
    assert.deepEqual(
      packages.filter(({ name, version }) => !notices.includes(`${name} ${version}`)).map(({ name, version, bundle }) => `${name} ${version} (dist/${bundle}.js)`),
      [],
    );
  });
});
