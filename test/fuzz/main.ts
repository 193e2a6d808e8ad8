/**
 * `npm run fuzz -- --edits 100000 [--seed N]`: the property of test/unit/fuzz.test.ts for as long as you like, with
 * fresh seeds, printing figures as it goes and every failure with the seed and path that replay it:
 * `VITAE_FUZZ_SEED=<seed> VITAE_FUZZ_PATH=<path> npx mocha -r tsx/cjs --extension ts test/unit/fuzz.test.ts`.
 */
import fc from 'fast-check';
import { loadavg } from 'node:os';
import { sequenceArbitrary, startArbitrary } from './edits';
import { newFigures, runSequence } from './property';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

const target = option('edits', 10_000);
const firstSeed = option('seed', Date.now() % 2_147_483_647);
let seed = firstSeed;
const figures = newFigures();
const failures: string[] = [];
const began = performance.now();
let reported = 0;

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function line(): string {
  const seconds = (performance.now() - began) / 1000;
  const sorted = [...figures.latencies].sort((a, b) => a - b);
  return (
    `${figures.edits} edits in ${seconds.toFixed(1)} s (${Math.round(figures.edits / seconds)} edits/s, each checked against a fresh open); ` +
    `edit → diagnostics p50 ${quantile(sorted, 0.5).toFixed(2)} ms, p95 ${quantile(sorted, 0.95).toFixed(2)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms; ` +
    `${Math.round((100 * figures.fastPath) / Math.max(1, figures.edits))}% took the incremental fast path; ` +
    `${failures.length} failure${failures.length === 1 ? '' : 's'}`
  );
}

while (figures.edits < target) {
  const result = fc.check(
    fc.property(startArbitrary, sequenceArbitrary(16), (start, steps) => runSequence(start, steps, figures)),
    { seed, numRuns: Math.min(100, Math.ceil((target - figures.edits) / 15)) },
  );
  if (result.failed) {
    const cause = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    const report = `${fc.defaultReportMessage(result) ?? 'failed'}\nCaused by: ${cause}`;
    failures.push(report);
    console.log(`\nFAILURE ${failures.length} (seed ${seed}):\n${report.slice(0, 6000)}\n`);
  }
  seed = (seed + 1) % 2_147_483_647;
  if (figures.edits - reported >= 10_000 && figures.edits < target) {
    reported = figures.edits;
    console.log(line());
  }
}
console.log(`\n${line()}\n(Node ${process.version}, load average ${loadavg()[0]!.toFixed(2)}; seeds ${firstSeed}–${seed - 1})`);
process.exitCode = failures.length > 0 ? 1 : 0;
