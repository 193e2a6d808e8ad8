// Runs the end-to-end suites (out/e2e, built by scripts/build.mjs) inside a real VS Code via @vscode/test-electron.
// VITAE_VSCODE=desktop downloads VS Code desktop as test-electron usually does; by default the suites run in the
// offline stand-in (scripts/vscode-standin.mjs), which this machine and CI can run without a download.
import { runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// VITAE_E2E_SUITE=bench runs the editor benchmark (test/e2e/bench, `npm run bench:editor`) instead of the tests.
const extensionTestsPath = join(root, 'out', process.env.VITAE_E2E_SUITE === 'bench' ? 'e2e-bench' : 'e2e', 'index.js');
const desktop = process.env.VITAE_VSCODE === 'desktop';

for (const built of [join(root, 'dist', 'client.js'), join(root, 'dist', 'vitae.js'), extensionTestsPath]) {
  if (!existsSync(built)) {
    console.error(`${built} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

let vscodeExecutablePath;
if (!desktop) {
  const provision = spawnSync(process.execPath, [join(root, 'scripts', 'provision.mjs')], { stdio: 'inherit' });
  if (provision.status !== 0) process.exit(provision.status ?? 1);
  vscodeExecutablePath = join(root, 'scripts', 'vscode-standin.mjs');
}

// A fresh profile each run, so no state leaks from one run (or a developer's own VS Code) into the next.
const profile = join(root, '.vscode-test', 'e2e-profile');
rmSync(profile, { recursive: true, force: true });
mkdirSync(join(profile, 'extensions'), { recursive: true });

const started = Date.now();
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath,
    launchArgs: [
      join(root, 'test', 'fixtures'),
      `--user-data-dir=${join(profile, 'user-data')}`,
      `--extensions-dir=${join(profile, 'extensions')}`,
      '--disable-extensions',
    ],
  });
  console.log(`end-to-end tests passed in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (error) {
  console.error(`end-to-end tests failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
