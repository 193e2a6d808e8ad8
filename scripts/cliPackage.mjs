#!/usr/bin/env node
// The CLI's npm package, `vitae-resume` (packages/cli). Its package.json and README.md are sources; every other file
// in it is copied from this repository by `stageCliPackage()`: the files its `files` list names, at the same paths
// as here (dist/vitae.js, media/fonts/*.woff2, docs/rules/*.md, …), so the bundle finds media/ and docs/ beside
// dist/ exactly as it does in a clone and in the .vsix. One build, one set of sources.
//
//   node scripts/cliPackage.mjs               stage packages/cli from the current build (npm run build first)
//   node scripts/cliPackage.mjs --pack DIR    stage, then `npm pack` into DIR and print the tarball's path and size
//                                  (--json: path, size and file list as JSON)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(ROOT, 'packages', 'cli');
/** What npm adds to every package whatever `files` says; LICENSE is copied, README.md is the package's own. */
const ALWAYS = ['LICENSE'];
/** Staged entries, removed before each staging so nothing stale is packed. */
const STAGED_TOP = ['dist', 'media', 'docs', 'LICENSE', 'THIRD_PARTY_NOTICES'];

export function cliManifest() {
  return JSON.parse(readFileSync(join(CLI_DIR, 'package.json'), 'utf8'));
}

/** The repository files the package carries, from its `files` list (a `*` only in the last segment). */
export function cliFiles() {
  const files = [];
  for (const pattern of [...cliManifest().files, ...ALWAYS]) {
    const dir = dirname(pattern);
    const name = pattern.slice(dir === '.' ? 0 : dir.length + 1);
    if (!name.includes('*')) {
      files.push(pattern);
      continue;
    }
    const matcher = new RegExp(`^${name.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
    const found = existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).filter((entry) => matcher.test(entry)) : [];
    if (found.length === 0) throw new Error(`packages/cli: nothing in ${dir}/ matches ${pattern}`);
    files.push(...found.sort().map((entry) => `${dir}/${entry}`));
  }
  return files;
}

/** Copies the build and the shipped files into packages/cli. Throws when the versions differ or a file is missing. */
export function stageCliPackage() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const manifest = cliManifest();
  if (manifest.version !== version) {
    throw new Error(`packages/cli/package.json is version ${manifest.version}, the extension ${version}: \`vitae --version\` would lie. Make them equal.`);
  }
  for (const entry of STAGED_TOP) rmSync(join(CLI_DIR, entry), { recursive: true, force: true });
  const files = cliFiles();
  const missing = files.filter((file) => !existsSync(join(ROOT, file)));
  if (missing.length) throw new Error(`packages/cli: missing ${missing.join(', ')} (run npm run build first)`);
  for (const file of files) {
    mkdirSync(dirname(join(CLI_DIR, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(CLI_DIR, file));
  }
  return files;
}

/** Stages, then packs into `destination`: the tarball's path, its size in bytes and the files npm put in it. */
export function packCliPackage(destination) {
  stageCliPackage();
  mkdirSync(destination, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['pack', '--json', '--pack-destination', destination], { cwd: CLI_DIR, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm pack failed (${result.status}):\n${result.stderr}`);
  const [packed] = JSON.parse(result.stdout);
  const tarball = join(destination, packed.filename);
  return { tarball, size: packed.size, unpackedSize: packed.unpackedSize, files: packed.files.map((file) => file.path).sort() };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--pack');
  if (at === -1) {
    const files = stageCliPackage();
    console.log(`[cli] staged ${files.length} files into ${relative(ROOT, CLI_DIR)}/`);
  } else {
    const packed = packCliPackage(resolve(process.argv[at + 1] ?? ROOT));
    if (process.argv.includes('--json')) console.log(JSON.stringify(packed));
    else console.log(`[cli] ${relative(process.cwd(), packed.tarball)}: ${packed.size} bytes (${(packed.size / 1024).toFixed(0)} KB)`);
  }
}
