// The advice the engine gives on a judged set, as a sheet a reader judges item by item (agree or disagree):
//   node --import tsx scripts/judged/sheet.ts "twenty-eighth set" > /tmp/sheet.md
// With --unjudged, only the advice no verdict covers yet (the engine came to give it after the set was judged), for
// a later reader's verdicts in test/fixtures/judged/verdicts/later/.
// Each item shows where the Problems panel puts it, the line of the resume, the message and the quick fixes, and
// the comparable line a verdict file (test/fixtures/judged/verdicts/) lists it by.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adviceWithVerdicts, JUDGED, judgedFiles, labels, placedAdviceOn, type PlacedAdvice } from '../../test/unit/technologies/judged';
import { JUDGED_SETS, type JudgedSet } from '../../test/unit/technologies/judgedSets';

const set = process.argv[2] as JudgedSet;
if (!(set in JUDGED_SETS)) {
  console.error(`usage: sheet.ts "<set>" [--unjudged], one of: ${Object.keys(JUDGED_SETS).join(', ')}`);
  process.exit(2);
}
const unjudged = process.argv.includes('--unjudged');
const labelled = labels(set);
const files = judgedFiles().filter((file) => file in labelled);
const shown = (file: string): PlacedAdvice[] => (unjudged ? adviceWithVerdicts(set).filter((item) => item.file === file && !item.verdict).map((item) => item.advice) : placedAdviceOn(file));
for (const file of files) {
  const items = shown(file);
  if (unjudged && items.length === 0) continue;
  const rows = readFileSync(join(JUDGED, file), 'utf8').split('\n');
  console.log(`## ${file}\n`);
  items.forEach((advice, i) => {
    const fixes = advice.fixes.length ? advice.fixes.join(' / ') : 'none';
    console.log(`${i + 1}. \`${advice.code}\` at line ${advice.row + 1}: ${advice.message}`);
    console.log(`   - line: \`${rows[advice.row]!.trim().slice(0, 300)}\``);
    console.log(`   - quick fix: ${fixes}`);
    console.log(`   - verdict line: \`${advice.line}\``);
  });
  console.log('');
}
