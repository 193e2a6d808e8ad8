import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface InstalledCli {
  /** The tarball `npm pack` wrote, its size and the files in it. */
  readonly tarball: string;
  readonly size: number;
  readonly files: readonly string[];
  /** An empty folder outside the repository into which only the tarball was installed. */
  readonly dir: string;
  /** The `vitae` command the install put in node_modules/.bin. */
  readonly bin: string;
}

/** The environment of a user's shell: none of the npm_* variables that `npm test` sets for this repository. */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, NO_COLOR: '1', ...extra };
}

let installed: InstalledCli | undefined;

/**
 * Packs packages/cli from the current build (`npm run build`) with the script `npm run package` uses, and installs
 * the tarball into a new temporary folder, as a user would, without the registry (the package has no
 * dependencies). Done once per test run; the folder is removed when the process exits.
 */
export function installedCli(): InstalledCli {
  if (installed) return installed;
  const packs = mkdtempSync(join(tmpdir(), 'vitae-pack-'));
  const dir = mkdtempSync(join(tmpdir(), 'vitae-user-'));
  process.once('exit', () => {
    rmSync(packs, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });
  const pack = must(spawnSync(process.execPath, [join(ROOT, 'scripts', 'cliPackage.mjs'), '--pack', packs, '--json'], { encoding: 'utf8', env: userEnv() }), 'packing');
  const { tarball, size, files } = JSON.parse(pack.stdout) as { tarball: string; size: number; files: string[] };
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  must(spawnSync(npm, ['install', tarball, '--offline', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', env: userEnv() }), 'npm install');
  installed = { tarball, size, files, dir, bin: join(dir, 'node_modules', '.bin', 'vitae') };
  return installed;
}

function must(result: SpawnSyncReturns<string>, what: string): SpawnSyncReturns<string> {
  if (result.status !== 0) throw new Error(`${what} failed (${String(result.status)}): ${result.stderr}${result.error ? String(result.error) : ''}`);
  return result;
}
