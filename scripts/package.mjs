#!/usr/bin/env node
// `npm run package`: a minified build, then vitae-<version>.vsix with @vscode/vsce and the CLI's npm package
// vitae-resume-<version>.tgz (scripts/cliPackage.mjs), and both sizes. Everything either runs is bundled into dist/,
// so neither carries node_modules (--no-dependencies; the npm package has no dependencies).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packCliPackage } from './cliPackage.mjs';
import { ROOT } from './lib/editor.mjs';

// The extension must stay small to install: 1.5 MB, the budget of the issue that added the fonts (media/fonts,
// about 330 KB of woff2 that zip cannot shrink); before them it was 1 MB (issue 7, the vocabulary).
const LIMIT_BYTES = 1.5 * 1024 * 1024;
const LIMIT = `${LIMIT_BYTES / 1024 / 1024} MB`;
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const vsix = `vitae-${version}.vsix`;

function run(command, args) {
  console.log(`[package] $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--production']);
run(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', vsix]);

console.log('[package] $ npm pack packages/cli');
const cli = packCliPackage(ROOT);

const size = statSync(join(ROOT, vsix)).size;
const verdict = size <= LIMIT_BYTES ? `within the ${LIMIT} budget` : `OVER the ${LIMIT} budget`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(`[package] ${vsix}: ${size} bytes (${kb(size)}), ${verdict}`);
console.log(`[package] ${basename(cli.tarball)}: ${cli.size} bytes (${kb(cli.size)}; ${kb(cli.unpackedSize)} installed, ${cli.files.length} files)`);
if (size > LIMIT_BYTES) process.exit(1);
