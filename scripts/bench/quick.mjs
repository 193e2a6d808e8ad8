// `node scripts/bench/quick.mjs [lines]`: only Vitae, only one generated size — for iterating on keystroke cost.
// The figures to quote come from `npm run bench`, which runs yaml-language-server beside it.
import { pathToFileURL } from 'node:url';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { exampleResume, generateResume } from './generate.mjs';
import { startSession } from './lspSession.mjs';
import { measureFile, median, percentile } from './measure.mjs';
import { benchText, vitae } from './servers.mjs';

const lines = Number(process.argv[2] ?? 10_000);
const text = benchText(generateResume(exampleResume().text, lines));
const session = await startSession(vitae);
try {
  const file = { label: `generated (${lines} lines)`, text, uriBase: `${pathToFileURL(join(tmpdir(), 'vitae-bench')).href}/quick${lines}` };
  const { rows } = await measureFile([session], file, { opens: 2, warmup: 5, keystrokes: 30, fullTexts: 2, completions: 10, budgetMs: 60_000 });
  const keys = rows.keystroke[0];
  console.log(`${lines} lines, load ${loadavg()[0].toFixed(2)}: didChange → diagnostics median ${median(keys).toFixed(1)} ms, p95 ${percentile(keys, 95).toFixed(1)} ms (n=${keys.length})`);
} finally {
  await session.stop();
}
