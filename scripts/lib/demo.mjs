// The demo editor behind `npm start` and `npm run screenshots`: code-server with the packaged extension installed,
// as a user who installed the .vsix would have it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CACHE, CODE_SERVER_ENTRY, EDITOR_SETTINGS, NODE24, ROOT, freePort, killGroup, privateEnv, spawnGroup, waitForHttp,
  writeCodeServerConfig,
} from './editor.mjs';

const log = (message) => console.log(`[vitae] ${message}`);

function runScript(name) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', name)], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`scripts/${name} failed`);
}

/**
 * Provisions the editor, builds and packages the extension, and installs the .vsix into a fresh demo profile.
 * Returns what `startCodeServer` needs.
 */
export function prepareDemo(name = 'demo') {
  runScript('provision.mjs');
  runScript('package.mjs');
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const vsix = join(ROOT, `vitae-${version}.vsix`);

  const dir = join(CACHE, name);
  rmSync(dir, { recursive: true, force: true });
  const profile = { dir, env: privateEnv(dir), userData: join(dir, 'user-data'), extensions: join(dir, 'extensions') };
  mkdirSync(join(profile.userData, 'User'), { recursive: true });
  writeFileSync(join(profile.userData, 'User', 'settings.json'), JSON.stringify(EDITOR_SETTINGS, null, 2));

  log(`installing ${vsix} into the demo editor`);
  const install = spawnSync(NODE24, [CODE_SERVER_ENTRY, ...profileArgs(profile, 0), '--install-extension', vsix, '--force'], {
    env: profile.env, encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`installing the .vsix failed:\n${install.stdout}${install.stderr}`);
  return profile;
}

/**
 * A fresh copy of `source` (a folder of the clone, such as examples/) in the demo profile, for the editor to open:
 * what you type in the demo, and VS Code saves, lands in the copy, never in the clone. Each run starts from the
 * clone's files again (prepareDemo empties the profile).
 */
export function demoWorkspace(profile, source) {
  const folder = join(profile.dir, 'workspace');
  rmSync(folder, { recursive: true, force: true });
  cpSync(source, folder, { recursive: true });
  return folder;
}

function profileArgs(profile, port) {
  return ['--config', writeCodeServerConfig(profile.dir, port), '--user-data-dir', profile.userData,
    '--extensions-dir', profile.extensions];
}

/**
 * Starts code-server on 127.0.0.1 (port 8080 when free) opening `folder`. `openUrl(file)` gives the address that
 * also opens `file` in an editor. The caller must `stop()` it; `stop` kills its whole process group.
 */
export async function startCodeServer(profile, folder, { preferredPort = 8080 } = {}) {
  const port = await freePort(preferredPort);
  const child = spawnGroup(NODE24, [CODE_SERVER_ENTRY, ...profileArgs(profile, port), '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', folder], {
    env: profile.env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => { output = (output + chunk).slice(-20_000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  const url = `http://127.0.0.1:${port}/`;
  const stop = () => killGroup(child);
  try {
    await waitForHttp(`${url}healthz`, child);
  } catch (error) {
    stop();
    throw new Error(`${error.message}\ncode-server said:\n${output}`);
  }
  const openUrl = (file) => {
    const payload = JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${port}${file}`]]);
    return `${url}?${new URLSearchParams({ folder, payload })}`;
  };
  return { url, port, child, stop, openUrl, output: () => output };
}
