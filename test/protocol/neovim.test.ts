import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER } from './harness';

const NEOVIM = '/usr/bin/nvim';

/** The server speaks plain LSP, not just what vscode-languageclient tolerates: Neovim's own client shows its problems. */
describe('the language server in Neovim', () => {
  it('publishes the same diagnostics to an editor it was not written with', function () {
    this.timeout(30_000);
    const dir = mkdtempSync(join(tmpdir(), 'vitae-nvim-'));
    try {
      const file = join(dir, 'messy.resume.yaml');
      copyFileSync(join(__dirname, '..', 'fixtures', 'messy.resume.yaml'), file);
      const out = join(dir, 'diagnostics.json');
      const run = spawnSync(NEOVIM, ['--headless', '--clean', '-c', `luafile ${join(__dirname, 'neovim', 'collect.lua')}`], {
        env: { ...process.env, HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, VITAE_FILE: file, VITAE_OUT: out, VITAE_SERVER: SERVER, VITAE_NODE: process.execPath },
        encoding: 'utf8',
        timeout: 25_000,
      });
      assert.equal(run.error, undefined, `Neovim must be installed (npm run provision installs it): ${String(run.error)}`);
      const result = JSON.parse(readFileSync(out, 'utf8')) as { arrived: boolean; filetype: string; diagnostics: Array<{ line: number; code: string; source: string }> };
      assert.equal(result.arrived, true, 'diagnostics arrived');
      assert.equal(result.filetype, 'yaml', 'Neovim sends it as plain YAML');
      const found = new Set(result.diagnostics.map((d) => `${d.line}:${d.code}`));
      for (const expected of ['4:invalid-email', '5:invalid-url', '11:unknown-key', '12:invalid-date', '13:date-order', '38:type-mismatch']) {
        assert.ok(found.has(expected), `${expected} in ${[...found].join(' ')}`);
      }
      assert.ok(result.diagnostics.every((d) => d.source === 'vitae'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
