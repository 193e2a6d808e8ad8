// `npm start` edits a copy: what the demo editor saves never lands in the clone's examples/.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const examples = join(ROOT, 'examples');

describe('npm start’s demo workspace', () => {
  let profile: string;
  before(() => {
    profile = mkdtempSync(join(tmpdir(), 'vitae-demo-'));
  });
  after(() => rmSync(profile, { recursive: true, force: true }));

  it('is a fresh copy of examples/ each run: edits land in the copy, never in the clone', async () => {
    const { demoWorkspace } = (await import(join(ROOT, 'scripts', 'lib', 'demo.mjs'))) as { demoWorkspace(profile: { dir: string }, source: string): string };
    const original = readFileSync(join(examples, 'resume.yaml'), 'utf8');

    const folder = demoWorkspace({ dir: profile }, examples);
    assert.ok(!folder.startsWith(examples), `${folder} is outside examples/`);
    assert.equal(readFileSync(join(folder, 'resume.yaml'), 'utf8'), original);

    writeFileSync(join(folder, 'resume.yaml'), `${original}# typed in the demo\n`); // what auto-save would write
    assert.equal(readFileSync(join(examples, 'resume.yaml'), 'utf8'), original);

    assert.equal(demoWorkspace({ dir: profile }, examples), folder);
    assert.equal(readFileSync(join(folder, 'resume.yaml'), 'utf8'), original, 'the next run starts from the clone again');
  });
});
