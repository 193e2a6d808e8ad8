#!/usr/bin/env node
// A stand-in for the VS Code executable, for `@vscode/test-electron`'s `runTests({ vscodeExecutablePath })` on
// machines that cannot download VS Code desktop. It takes the same flags, runs the same extension tests in a real
// VS Code (the VS Code server shipped inside code-server, shown in headless Chromium) and exits with the code the
// workbench reports. Whatever happens, it kills the server's process group and the browser before exiting.
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import {
  CACHE, EDITOR_SETTINGS, NODE24, SERVER_MAIN, freePort, killGroup, onExit, privateEnv, requireProvisioned,
  spawnGroup, startChromium, waitForHttp,
} from './lib/editor.mjs';

const TIMEOUT_MS = Number(process.env.VITAE_E2E_TIMEOUT_MS ?? 5 * 60_000);
const log = (message) => console.error(`[vscode-standin] ${message}`);

function parseArgs(argv) {
  const options = { extensionDevelopmentPaths: [], extensionTestsPath: undefined, extensionsDir: undefined, folder: undefined };
  for (const arg of argv) {
    const [flag, ...rest] = arg.split('=');
    const value = rest.join('=');
    if (flag === '--extensionDevelopmentPath') options.extensionDevelopmentPaths.push(resolve(value));
    else if (flag === '--extensionTestsPath') options.extensionTestsPath = resolve(value);
    else if (flag === '--extensions-dir') options.extensionsDir = resolve(value);
    else if (!arg.startsWith('-')) options.folder = resolve(arg);
    // Other flags (--no-sandbox, --skip-welcome, --user-data-dir, …) concern desktop VS Code only.
  }
  return options;
}

function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

// The workbench logs through the same channel as the tests; these lines are its offline chatter.
const WORKBENCH_NOISE = new RegExp([
  /^(Resolving|Resolved) connection token/, /^Creating a socket/, /^Updating additional builtin extensions cache/,
  /^\[(reconnection-grace-time|AgentHost[^\]]*|AccountPolicyGate|ChatModelSelection|Service Worker)\]/,
  /ENOTFOUND open-vsx\.org/, /authentication provider 'github'/,
].map((pattern) => pattern.source).join('|'));

/** Forwards what the extension host's tests print; `codeAutomationLog` gets a log level and console arguments. */
function forwardLog(level, args) {
  const text = format(...(Array.isArray(args) ? args : [args]));
  if (!process.env.VITAE_E2E_VERBOSE && WORKBENCH_NOISE.test(text)) return;
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${text}\n`);
}

async function main() {
  requireProvisioned();
  const options = parseArgs(process.argv.slice(2));
  if (!options.extensionTestsPath) {
    log('usage: vscode-standin --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [--extensions-dir=DIR] [FOLDER]');
    return 2;
  }
  mkdirSync(join(CACHE, 'runs'), { recursive: true });
  const runDir = mkdtempSync(join(CACHE, 'runs', 'e2e-'));
  const env = privateEnv(runDir);
  const serverLog = join(runDir, 'server.log');
  const port = await freePort();
  const children = [];
  let browserConnection;
  const cleanup = onExit(() => {
    for (const child of children) killGroup(child);
    if (!process.env.VITAE_KEEP_RUN_DIR) rmSync(runDir, { recursive: true, force: true });
  });

  // Quiet, offline-friendly defaults: no chat, no gallery, no welcome page.
  mkdirSync(join(runDir, 'user-data', 'User'), { recursive: true });
  writeFileSync(join(runDir, 'user-data', 'User', 'settings.json'), JSON.stringify(EDITOR_SETTINGS, null, 2));
  const logFd = openSync(serverLog, 'a');
  const server = spawnGroup(NODE24, [SERVER_MAIN, '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
    '--disable-telemetry', '--disable-workspace-trust',
    '--user-data-dir', join(runDir, 'user-data'), '--server-data-dir', join(runDir, 'server-data'),
    '--extensions-dir', options.extensionsDir ?? join(runDir, 'extensions')], { env, stdio: ['ignore', logFd, logFd] });
  children.push(server);

  const timeout = new Promise((_, fail) => setTimeout(() => fail(new Error(`no result within ${TIMEOUT_MS / 1000} s (VITAE_E2E_TIMEOUT_MS)`)), TIMEOUT_MS).unref());
  const serverGone = new Promise((_, fail) => server.once('exit', (code, signal) => fail(new Error(`the VS Code server exited (${code ?? signal})`))));
  // Either may settle before the race below starts; it still sees them, and Node must not call them unhandled.
  timeout.catch(() => {});
  serverGone.catch(() => {});
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/version`, server);
    const endpoint = await startChromium(join(runDir, 'chromium'), env, (browser) => children.push(browser));
    browserConnection = await chromium.connectOverCDP(endpoint);
    const context = browserConnection.contexts()[0] ?? await browserConnection.newContext();
    const page = context.pages()[0] ?? await context.newPage();

    let reportExit;
    const exited = new Promise((done) => { reportExit = done; });
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number.isInteger(code) ? code : 1));
    await page.exposeFunction('codeAutomationLog', forwardLog);
    const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
    const payload = [
      ...options.extensionDevelopmentPaths.map((path) => ['extensionDevelopmentPath', remote(path)]),
      ['extensionTestsPath', remote(options.extensionTestsPath)],
    ];
    const query = new URLSearchParams({ payload: JSON.stringify(payload) });
    if (options.folder) query.set('folder', options.folder);
    log(`VS Code server on ${base}, Chromium headless; running ${options.extensionTestsPath}`);
    await page.goto(`${base}/?${query}`);

    const code = await Promise.race([exited, timeout, serverGone]);
    if (code !== 0) log(`the tests failed (exit code ${code})`);
    return code;
  } catch (error) {
    log(`${error instanceof Error ? error.message : error}\nthe VS Code server's log ends with:\n${tail(serverLog)}`);
    return 1;
  } finally {
    await Promise.race([browserConnection?.close().catch(() => {}), new Promise((done) => setTimeout(done, 2000))]);
    cleanup();
  }
}

process.exit(await main());
