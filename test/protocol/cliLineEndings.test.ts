import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './harness';

/** Issue 10, defect 1: with Windows line endings the CLI's positions stay inside their lines, as the editor's do. */
describe('the command line on a file with Windows line endings', () => {
  let dir: string;
  let file: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'vitae-crlf-'));
    file = join(dir, 'resume.yaml');
    writeFileSync(file, 'basics:\r\n  name: "Ada\r\n  Lovelace"\r\nwork:\r\nwork:\r\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const lint = (format: string): string => cli('lint', '--format', format, file).stdout;

  it('prints JSON positions at most at the end of the line', () => {
    const [result] = JSON.parse(lint('json')) as Array<{ diagnostics: Array<{ code: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }> }>;
    const lengths = [7, 12, 11, 5, 5, 0];
    for (const { range } of result!.diagnostics) {
      for (const end of [range.start, range.end]) assert.ok(end.character <= lengths[end.line]!, JSON.stringify(range));
    }
    const ranges = result!.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
    assert.ok(ranges.includes('yaml-syntax 1:12-1:12'), ranges.join(', '));
    assert.ok(ranges.includes('duplicate-key 4:0-4:4'), ranges.join(', '));
  });

  it('prints SARIF columns at most one past the end of the line', () => {
    const sarif = JSON.parse(lint('sarif')) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: Record<string, number> } }> }> }> };
    const regions = sarif.runs[0]!.results.map((r): Record<string, number | string> => ({ ruleId: r.ruleId, ...r.locations[0]!.physicalLocation.region }));
    assert.ok(regions.some((r) => r.ruleId === 'yaml-syntax' && r.startLine === 2 && r.startColumn === 13 && r.endColumn === 13), JSON.stringify(regions));
    assert.ok(regions.some((r) => r.ruleId === 'duplicate-key' && r.startLine === 5 && r.startColumn === 1 && r.endColumn === 5), JSON.stringify(regions));
  });
});
