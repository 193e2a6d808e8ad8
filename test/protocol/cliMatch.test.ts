import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { cli as vitae } from './harness';

const root = join(__dirname, '..', '..');
const resume = join(root, 'examples', 'resume.yaml');
const job = join(root, 'test', 'fixtures', 'jobs', '07-sre-events-platform.job.txt');

describe('vitae match', () => {
  it('prints each technology, covered, listed or missing, with the score and why', () => {
    const { code, stdout } = vitae('match', resume, job);
    assert.equal(code, 0);
    assert.match(stdout, /^Score \d+ — resume\.yaml against 07-sre-events-platform\.job\.txt$/m);
    assert.match(stdout, /✓ Terraform\s+required\s+listed|~ Terraform\s+required\s+listed/);
    assert.match(stdout, /✗ Ansible\s+required\s+missing/);
    assert.match(stdout, /^Why:$/m);
  });

  it('writes the JSON the issue specifies', () => {
    const { code, stdout } = vitae('match', resume, job, '--format', 'json');
    assert.equal(code, 0);
    const json = JSON.parse(stdout) as { score: number; terms: Array<Record<string, unknown>>; requirements: unknown[] };
    assert.ok(json.score >= 0 && json.score <= 100);
    const go = json.terms.find((term) => term['canonical'] === 'Go')!;
    assert.deepEqual(Object.keys(go), ['text', 'canonical', 'need', 'group', 'covered', 'evidence']);
    assert.equal(go['covered'], true);
    assert.deepEqual((go['evidence'] as Array<{ path: string; line: number }>)[0], { path: 'basics.summary', line: 12 });
  });

  it('writes SARIF with the missing terms at their place in the posting', () => {
    const sarif = JSON.parse(vitae('match', resume, job, '--format', 'sarif').stdout);
    assert.equal(sarif.version, '2.1.0');
    const ansible = sarif.runs[0].results.find((result: { message: { text: string } }) => /Ansible/.test(result.message.text));
    assert.equal(ansible.ruleId, 'job-term-missing');
    assert.equal(ansible.locations[0].physicalLocation.region.startLine, 6);
  });

  it('exits 1 below --min-score and 2 on usage or I/O problems', () => {
    assert.equal(vitae('match', resume, job, '--min-score', '100').code, 1);
    assert.equal(vitae('match', resume, job, '--min-score', 'lots').code, 2);
    assert.equal(vitae('match', resume).code, 2);
    const missing = vitae('match', resume, join(root, 'no-such.job.txt'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*no-such\.job\.txt: no such file/);
  });
});
