import { strict as assert } from 'node:assert';
import { agreement, JUDGED_CODES, judgedAdvice, judgedTable, score, scoreReadTwice, setsReadTwice, setsWithVerdicts, table } from './judged';
import { JUDGED_SETS, type JudgedSet } from './judgedSets';

// Precision and recall of the technology advice on resumes the team did not write, judged by hand
// (test/fixtures/judged/). Prints the table docs/rules/false-alarms.md shows; VITAE_JUDGED=list prints every
// finding judged wrong and every one missed. Run alone:
//   npx mocha -r tsx/cjs --extension ts test/unit/technologies/judged.test.ts

describe('technology advice on resumes the team did not write', () => {
  // VITAE_JUDGED_SETS="first set,second set" prints only those (keep the held-out set out of sight while tuning).
  const chosen = process.env['VITAE_JUDGED_SETS']?.split(',');
  const sets = [...Object.keys(JUDGED_SETS), 'all'].filter((set) => !chosen || chosen.includes(set)) as Array<JudgedSet | 'all'>;
  for (const set of sets) {
    it(`prints precision and recall per code: ${set}`, function () {
      // All the judged resumes, whose number grows with each judged set.
      this.timeout(120_000);
      const scores = score(set === 'all' ? undefined : set);
      console.log(table(scores).replace(/^/gm, '      '));
      if (process.env['VITAE_JUDGED'] === 'list' && set !== 'all') {
        for (const code of JUDGED_CODES) {
          for (const line of scores[code].wrong) console.log(`      wrong  ${code}  ${line}`);
          for (const line of scores[code].missed) console.log(`      missed ${code}  ${line}`);
        }
      }
      assert.ok(Object.values(scores).some((s) => s.given > 0));
    });
  }

  // The ceiling: two careful readers do not agree on everything either. The second reader's lines scored against the
  // first's, set by set and over all, and the engine's advice on the same resumes beside them.
  const readTwice = setsReadTwice().filter((set) => !chosen || chosen.includes(set));
  for (const set of [...readTwice.map((one) => [one]), readTwice]) {
    if (set.length === 0) continue;
    it(`prints how often a second reader agrees with the first: ${set.length === 1 ? set[0] : 'all sets read twice'}`, function () {
      this.timeout(120_000);
      const scores = agreement(set);
      console.log(table(scores).replace(/^/gm, '      '));
      if (set.length > 1) console.log(`      the engine on the same resumes:\n${table(scoreReadTwice(set)).replace(/^/gm, '      ')}`);
      assert.ok(scores['skill-no-evidence'].given > 0);
    });
  }

  // The advice as a reader judges it when shown it (test/fixtures/judged/verdicts/), as the issue measured it.
  const judgedSets = setsWithVerdicts().filter((set) => !chosen || chosen.includes(set));
  for (const set of [...judgedSets.map((one) => [one]), judgedSets]) {
    if (set.length === 0) continue;
    it(`prints the advice as a reader judged it when shown: ${set.length === 1 ? set[0] : 'all judged sets'}`, function () {
      this.timeout(120_000);
      const judged = judgedAdvice(set);
      console.log(judgedTable(judged).replace(/^/gm, '      '));
      if (process.env['VITAE_JUDGED'] === 'list' && set.length === 1) for (const code of JUDGED_CODES) for (const line of judged[code].disagreements) console.log(`      disagreed  ${code}  ${line}`);
      assert.ok(JUDGED_CODES.some((code) => judged[code].agreed + judged[code].disagreed > 0));
    });
  }
});
