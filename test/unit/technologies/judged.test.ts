import { strict as assert } from 'node:assert';
import { JUDGED_CODES, score, table } from './judged';

// Precision and recall of the technology advice on resumes the team did not write, judged by hand
// (test/fixtures/judged/). Prints the table docs/rules/false-alarms.md shows; VITAE_JUDGED=list prints every
// finding judged wrong and every one missed. Run alone:
//   npx mocha -r tsx/cjs --extension ts test/unit/technologies/judged.test.ts

describe('technology advice on resumes the team did not write', () => {
  it('prints precision and recall per code', () => {
    const scores = score();
    console.log(table(scores).replace(/^/gm, '      '));
    if (process.env['VITAE_JUDGED'] === 'list') {
      for (const code of JUDGED_CODES) {
        for (const line of scores[code].wrong) console.log(`      wrong  ${code}  ${line}`);
        for (const line of scores[code].missed) console.log(`      missed ${code}  ${line}`);
      }
    }
    assert.ok(Object.values(scores).some((s) => s.given > 0));
  });
});
