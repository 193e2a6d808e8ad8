// Prints how long linting test/fixtures/ada.resume.yaml with every rule takes, median of many runs after warm-up.
// A figure to read, not a test: run it with `npx tsx test/unit/writing/lintTiming.ts`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseResume } from '../../../server/src/core/document';
import { lintFindings } from '../../../server/src/core/lint';
import { isTaggerLoaded } from '../../../server/src/core/writing/tagger';

const text = readFileSync(join(__dirname, '../../fixtures/ada.resume.yaml'), 'utf8');
const today = new Date('2025-06-01');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(label: string, edit: (run: number) => string, runs = 300): void {
  const parseAndLint: number[] = [];
  const lintOnly: number[] = [];
  for (let run = 0; run < runs; run++) {
    const source = edit(run);
    const start = performance.now();
    const doc = parseResume('file:///ada.resume.yaml', run, source);
    const parsed = performance.now();
    lintFindings(doc, { today });
    const end = performance.now();
    if (run >= 20) {
      parseAndLint.push(end - start);
      lintOnly.push(end - parsed);
    }
  }
  console.log(`${label}: parse + lint median ${median(parseAndLint).toFixed(2)} ms, lint alone ${median(lintOnly).toFixed(2)} ms`);
}

const cold = performance.now();
lintFindings(parseResume('file:///ada.resume.yaml', 0, text), { today });
console.log(`first lint (cold): ${(performance.now() - cold).toFixed(1)} ms; tagger loaded: ${isTaggerLoaded()}`);
time('unchanged text', () => text);
// Every run changes one bullet, as typing does, so the per-bullet caches miss once per run.
time('one bullet edited per run', (run) => text.replace('Worked on the fraud rules engine.', `Worked on the fraud rules engine ${run}.`));
time('one noun-phrase bullet edited per run (tagger)', (run) => text.replace('Worked on the fraud rules engine.', `Fraud rules engine rewrite number ${run}.`));
