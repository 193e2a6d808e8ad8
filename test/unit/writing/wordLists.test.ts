import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

describe('the writing word lists', () => {
  it('are what `npm run words` makes of server/data/writing/*.yaml, byte for byte', () => {
    const root = join(__dirname, '..', '..', '..');
    const output = execFileSync(process.execPath, [join(root, 'scripts', 'words', 'build.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
    assert.match(output, /up to date/);
  });
});
