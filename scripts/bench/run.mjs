// `npm run bench`: drives the bundled Vitae server and yaml-language-server over stdio on three resumes and prints
// latency, memory and the ratio between them. A report, not a test: it exits 0 whatever the figures are.
// `--json` prints the figures as JSON on stdout instead of tables; progress always goes to stderr.
// `--cpu-prof` runs the Vitae server under V8's profiler (slower!) and prints its hottest functions at the end.
import { existsSync, mkdtempSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exampleResume, generateResume } from './generate.mjs';
import { startSession } from './lspSession.mjs';
import { measureFile } from './measure.mjs';
import { measurePreview, printPreview } from './preview.mjs';
import { summariseProfiles } from './profileSummary.mjs';
import { CAVEATS, figures, printTable, startupFigures } from './report.mjs';
import { benchText, vitae, yamlLanguageServer } from './servers.mjs';

const json = process.argv.includes('--json');
const profileDir = process.argv.includes('--cpu-prof') ? mkdtempSync(join(tmpdir(), 'vitae-bench-prof-')) : undefined;
const progress = (message) => process.stderr.write(`bench: ${message}\n`);
const SERVERS = [
  profileDir ? { ...vitae, args: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, ...vitae.args] } : vitae,
  yamlLanguageServer,
];
const NAMES = ['vitae', 'yaml-ls'];
const URI_DIR = pathToFileURL(join(tmpdir(), 'vitae-bench')).href;
const STARTS = 5;

/** Sample counts per file size: many on small files, fewer where yaml-language-server takes half a second a change. */
function planFor(lines) {
  const budgetMs = 25_000;
  if (lines <= 200) return { opens: 9, warmup: 10, keystrokes: 80, fullTexts: 15, completions: 40, budgetMs };
  if (lines <= 1000) return { opens: 7, warmup: 20, keystrokes: 60, fullTexts: 10, completions: 30, budgetMs };
  return { opens: 3, warmup: 5, keystrokes: 25, fullTexts: 6, completions: 15, budgetMs };
}

const live = new Set();
async function start(server) {
  const session = await startSession(server);
  live.add(session);
  return session;
}
async function stop(session) {
  live.delete(session);
  await session.stop();
}
const killAll = () => live.forEach((session) => session.kill());
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** Proves each server validates against the schema: `fluency: 7` must be reported as a type error on its line. */
async function checkValidation(sessions) {
  const lines = ['# yaml-language-server: $schema=x', 'languages:', '  - language: English', '    fluency: 7', ''];
  const text = benchText(lines.join('\n'));
  const verdicts = [];
  for (const session of sessions) {
    const { diagnostics } = await session.open(`${URI_DIR}/scratch-type-mismatch.yaml`, text);
    const found = diagnostics.find((d) => d.range.start.line === 3);
    verdicts.push({ server: session.name, validates: Boolean(found), message: found?.message });
  }
  return verdicts;
}

async function main() {
  if (!existsSync('dist/vitae.js')) throw new Error('dist/vitae.js is missing: run `npm run build` first');
  const loadBefore = loadavg()[0];
  const example = exampleResume();
  const files = [
    { label: example.path, text: example.text, uriBase: `${URI_DIR}/example` },
    { label: 'generated (600 lines)', text: generateResume(example.text, 600), uriBase: `${URI_DIR}/gen600` },
    { label: 'generated (10,000 lines)', text: generateResume(example.text, 10_000), uriBase: `${URI_DIR}/gen10k` },
  ].map((file) => {
    const text = benchText(file.text);
    return { ...file, text, lines: text.split('\n').length };
  });

  // The first start of each server warms the disk cache and proves it validates; the timed starts follow.
  progress('warming up and checking that both servers validate against the JSON Resume schema');
  const network = [];
  const noteNetwork = (session) => network.push(...session.networkAttempts().map((line) => `${session.name}: ${line}`));
  const warm = [];
  for (const server of SERVERS) warm.push(await start(server));
  const validation = await checkValidation(warm);
  for (const session of warm) {
    noteNetwork(session);
    await stop(session);
  }

  progress(`starting each server ${STARTS} times`);
  const startup = { initializeMs: SERVERS.map(() => []), rssMiB: SERVERS.map(() => []) };
  for (let round = 0; round < STARTS; round++) {
    for (const [s, server] of SERVERS.entries()) {
      const session = await start(server);
      startup.initializeMs[s].push(session.initializeMs);
      startup.rssMiB[s].push(session.rssMiB());
      await stop(session);
    }
  }

  const tables = [startupFigures(startup)];
  for (const file of files) {
    progress(`${file.label}: ${file.lines} lines`);
    const sessions = [];
    for (const server of SERVERS) sessions.push(await start(server));
    const result = await measureFile(sessions, file, planFor(file.lines));
    for (const session of sessions) {
      session.rss = session.rssMiB();
      noteNetwork(session);
      await stop(session);
    }
    tables.push(figures(file, result, sessions));
  }

  progress('preview: keystroke → painted in headless Chromium');
  const preview = await measurePreview(progress);

  const machine = {
    node: process.version,
    cpus: availableParallelism(),
    load1: { before: +loadBefore.toFixed(2), after: +loadavg()[0].toFixed(2) },
  };
  if (json) {
    console.log(JSON.stringify({ machine, validation, network, tables, preview, caveats: CAVEATS }, null, 2));
    return;
  }
  console.log(`Vitae language server vs yaml-language-server — node ${machine.node}, ${machine.cpus} CPUs, ` +
    `1-min load average ${machine.load1.before} before, ${machine.load1.after} after\n`);
  for (const table of tables) printTable(table, NAMES);
  printPreview(preview);
  for (const v of validation) {
    const verdict = v.validates
      ? `reports \`fluency: 7\`: "${v.message}"`
      : 'DID NOT report `fluency: 7`: its figures do not include schema validation';
    console.log(`schema check: ${v.server} ${verdict}`);
  }
  const none = 'no server tried to reach the network (every connection and DNS lookup would have been refused)';
  console.log(`network: ${network.length ? network.join('; ') : none}`);
  console.log(`\nCaveats:\n${CAVEATS.map((c) => `- ${c}`).join('\n')}`);
  if (profileDir) console.log(`\n(Vitae ran under --cpu-prof: its figures above are inflated.)\n${summariseProfiles(profileDir)}`);
}

const started = performance.now();
try {
  await main();
} catch (error) {
  console.error(`bench: failed: ${error instanceof Error ? error.stack : error}`);
} finally {
  killAll();
  progress(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
