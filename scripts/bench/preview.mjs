// Keystroke → preview painted, as the Vitae preview does it: a didChange to the bundled server over stdio, the
// `vitae/render` request, the message into the webview page (the real page and script, in headless Chromium),
// the morphdom patch, and the paint (the page reports two animation frames after the patch).
// `node scripts/bench/preview.mjs` runs it alone; `npm run bench` prints it after the language-server tables.
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exampleResume, generateResume } from './generate.mjs';
import { startSession } from './lspSession.mjs';
import { median, percentile } from './measure.mjs';
import { vitae } from './servers.mjs';

const PHRASE = ' and then shipped it to production on time';
const URI_DIR = pathToFileURL(join(tmpdir(), 'vitae-bench-preview')).href;
/** Issue 8's targets: median and p95 in ms, by file size. */
const TARGETS = { 130: [16, 50], 600: [50, 100], paper: [50, 100] };

/** The test harness (test/helpers/previewPage.ts: page, webview script, Chromium) bundled for plain Node. */
async function loadHarness() {
  mkdirSync('out/bench', { recursive: true });
  const outfile = 'out/bench/previewHarness.cjs';
  // The harness, and what paper mode needs from a design (the page's paginator comes with the webview script).
  writeFileSync('out/bench/previewHarness.ts', "export * from '../../test/helpers/previewPage';\nexport { paperLayout } from '../../server/src/core/design';\n");
  await esbuild.build({ entryPoints: ['out/bench/previewHarness.ts'], bundle: true, platform: 'node', format: 'cjs', packages: 'external', outfile, logLevel: 'warning' });
  return createRequire(import.meta.url)(join(process.cwd(), outfile));
}

/** The bullet line nearest the middle, where the keystrokes go (as measure.mjs types). */
function bulletLine(lines) {
  const middle = Math.floor(lines.length / 2);
  let best = -1;
  lines.forEach((line, index) => {
    if (/^ {6}- \S.*\.$/.test(line) && (best < 0 || Math.abs(index - middle) < Math.abs(best - middle))) best = index;
  });
  return best;
}

async function measureFile(harness, browser, session, file, plan) {
  const uri = `${URI_DIR}/${file.key}.yaml`;
  const { diagnostics } = await session.open(uri, file.text);
  // The preview underlines the resume's problems (vitae.preview.showProblems is on by default): measure with them.
  const lineStarts = [0];
  for (let i = 0; i < file.text.length; i++) if (file.text[i] === '\n') lineStarts.push(i + 1);
  const offset = ({ line, character }) => lineStarts[line] + character;
  const problems = diagnostics.map((d) => ({ start: offset(d.range.start), end: offset(d.range.end), message: d.message, severity: 'warning' }));
  const render = (expected) => session.request('vitae/render', { uri, themesAllowed: false }).then((result) => {
    if (!result?.html || result.version !== expected) throw new Error(`render of v${expected} came back as ${JSON.stringify(result && { version: result.version, problem: result.problem })}`);
    return result;
  });
  const first = await render(1);
  // Paper mode: the design's CSS in the page, the sheets laid out by the paginator after every patch.
  const paper = file.paper ? { inlineStyles: [first.designCss], bodyClasses: ['vitae-paper'] } : {};
  const preview = await harness.openPreview(browser, {
    body: first.html,
    state: { version: 1, problems, persisted: { uri, locked: false }, ...(file.paper ? { paper: harness.paperLayout(first.design) } : {}) },
    viewport: { width: 900, height: 1000 },
    ...paper,
  });
  await preview.painted(1);

  const lines = file.text.split('\n');
  const line = bulletLine(lines);
  const column = lines[line].length - 1; // before the final full stop
  // Keep the bullet being typed on screen, as the editor's cursor sync does.
  await preview.send({ type: 'reveal', offset: lines.slice(0, line).join('\n').length + 10 });
  await preview.painted(1);

  const total = [];
  const server = [];
  const webview = [];
  let typed = 0;
  for (let i = 0; i < plan.warmup + plan.samples; i++) {
    if (typed === PHRASE.length) {
      // Delete the phrase again so the document does not grow without end (not timed).
      const start = { line, character: column };
      const version = await session.changeNow(uri, [{ range: { start, end: { line, character: column + typed } }, text: '' }]);
      const result = await render(version);
      await preview.send({ type: 'update', version, html: result.html });
      await preview.painted(version);
      typed = 0;
    }
    const at = { line, character: column + typed };
    const t0 = performance.now();
    const version = await session.changeNow(uri, [{ range: { start: at, end: at }, text: PHRASE[typed] }]);
    const result = await render(version);
    const t1 = performance.now();
    const painted = preview.painted(version);
    await preview.send({ type: 'update', version, html: result.html });
    // The page stamps the paint itself, so the report's own trip back (with the page text) is not counted.
    const t2 = (await painted).paintedAt - performance.timeOrigin;
    typed++;
    if (i < plan.warmup) continue;
    total.push(t2 - t0);
    server.push(t1 - t0);
    webview.push(t2 - t1);
  }
  await preview.close();
  await session.close(uri);
  return { total, server, webview, htmlKiB: first.html.length / 1024, problems: problems.length };
}

/** Runs the preview latency benchmark and returns its figures (one row per file). */
export async function measurePreview(progress = () => {}) {
  const harness = await loadHarness();
  const browser = await harness.launchChromium();
  const session = await startSession(vitae);
  const example = exampleResume();
  const files = [
    { key: 'example', label: example.path, target: TARGETS[130], text: example.text },
    { key: 'gen600', label: 'generated (600 lines)', target: TARGETS[600], text: generateResume(example.text, 600) },
    { key: 'paper', label: `${example.path}, paper mode`, target: TARGETS.paper, text: example.text, paper: true },
  ];
  const rows = [];
  try {
    for (const file of files) {
      const lines = file.text.split('\n').length;
      progress(`preview: ${file.label}, ${lines} lines`);
      const result = await measureFile(harness, browser, session, file, { warmup: 15, samples: 80 });
      rows.push({
        file: file.label,
        lines,
        n: result.total.length,
        htmlKiB: +result.htmlKiB.toFixed(1),
        problems: result.problems,
        medianMs: median(result.total),
        p95Ms: percentile(result.total, 95),
        serverMedianMs: median(result.server),
        webviewMedianMs: median(result.webview),
        target: { medianMs: file.target[0], p95Ms: file.target[1] },
      });
    }
  } finally {
    await session.stop();
    await browser.close();
  }
  return rows;
}

export function printPreview(rows) {
  const f = (ms) => `${ms.toFixed(1)} ms`;
  console.log('\n## Preview: keystroke → preview painted (didChange + vitae/render over stdio + message + morphdom patch + paint)\n');
  console.log('| file | lines (problems underlined) | median | p95 | server render, median | message + patch + paint, median | target (median / p95) | verdict |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const pass = row.medianMs <= row.target.medianMs && row.p95Ms <= row.target.p95Ms;
    console.log(`| ${row.file} | ${row.lines} (${row.problems}) | ${f(row.medianMs)} | ${f(row.p95Ms)} | ${f(row.serverMedianMs)} | ${f(row.webviewMedianMs)} | ≤ ${row.target.medianMs} / ${row.target.p95Ms} ms | ${pass ? 'meets' : 'MISSES'} |`);
  }
  console.log("(VS Code's Markdown preview waits 300 ms after a change before it even starts to render.)");
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await measurePreview((message) => process.stderr.write(`bench: ${message}\n`));
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else printPreview(rows);
}
