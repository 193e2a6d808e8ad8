import fc from 'fast-check';
import { sequenceArbitrary, startArbitrary } from '../fuzz/edits';
import { newFigures, runSequence } from '../fuzz/property';

/**
 * The invariant of issue 10, checked on random editing: after any sequence of edits, the server's answers equal those
 * for the same text opened fresh, and every answer is valid LSP. A fixed seed keeps `npm test` repeatable; a failure
 * prints fast-check's seed and path, and `VITAE_FUZZ_SEED=<seed> VITAE_FUZZ_PATH=<path>` replays it here.
 * `npm run fuzz -- --edits 100000` explores with fresh seeds.
 */
const SEED = Number(process.env['VITAE_FUZZ_SEED'] ?? 20261130);
const PATH = process.env['VITAE_FUZZ_PATH'];

describe('random editing gives the answers of a fresh open', () => {
  it('holds for a few thousand edits of the fixtures, the example and the texts of past defects', function () {
    this.timeout(120_000);
    const figures = newFigures();
    fc.assert(
      fc.property(startArbitrary, sequenceArbitrary(12), (start, steps) => runSequence(start, steps, figures)),
      { seed: SEED, numRuns: 150, ...(PATH ? { path: PATH, endOnFailure: true } : {}) },
    );
    console.log(`      ${figures.edits} edits checked, ${figures.fastPath} of them on the incremental fast path`);
  });
});
