// Turns raw samples into figures (median, p95, ratio, target verdict) and prints them as text tables.
import { median, percentile } from './measure.mjs';

/** yaml-language-server's fixed wait before it validates (`validationDelayMs` in its yamlSettings.js). */
export const YAML_LS_DELAY_MS = 200;

/** Issue 2's performance targets, keyed by the size of the file they apply to. */
function didChangeTarget(lines) {
  if (lines <= 200) return 5;
  if (lines <= 1000) return 15;
  return 100;
}

function row(label, samples, pick, target, unit = 'ms') {
  const [ours, theirs] = samples.map((s) => pick(s));
  return {
    label,
    n: Math.min(...samples.map((s) => s.length)),
    ours,
    theirs,
    ratio: ours > 0 && theirs !== undefined ? theirs / ours : undefined,
    ...(target !== undefined ? { target, pass: ours <= target } : {}),
    unit,
  };
}

/** Start-up figures: `initializeMs` and `rssMiB` hold one list of samples per server. */
export function startupFigures({ initializeMs, rssMiB }) {
  return {
    file: 'start-up (no document open)',
    rows: [
      row('initialize (spawn → result), median', initializeMs, median, 200),
      row('initialize, slowest', initializeMs, (s) => Math.max(...s)),
      row('server RSS after initialize, median', rssMiB, median, undefined, 'MiB'),
    ],
  };
}

/** One file's figures: rows of { label, n, ours, theirs, ratio, target, pass, unit }. */
export function figures(file, result, sessions) {
  const { rows, counts } = result;
  const lessDelay = (s) => s.map((ms) => ms - YAML_LS_DELAY_MS);
  const out = [
    row('didOpen → diagnostics, first (cold)', rows.didOpenCold, median),
    row('didOpen → diagnostics, median (warm)', rows.didOpen, median),
    row('didChange → diagnostics, median', rows.keystroke, median, didChangeTarget(file.lines)),
    row('didChange → diagnostics, p95', rows.keystroke, (s) => percentile(s, 95)),
    row(`  same, yaml-ls less its ${YAML_LS_DELAY_MS} ms wait`, [rows.keystroke[0], lessDelay(rows.keystroke[1])], median),
    row('didChange (full text) → diag., median', rows.fullText, median),
    row('completion, median', rows.completion, median, 3),
    ...(rows.techCompletion
      ? [row('technology completion ("Kube"), median', rows.techCompletion, median), row('technology completion, p95', rows.techCompletion, (s) => percentile(s, 95), 3)]
      : []),
    row('server RSS after the runs', sessions.map((s) => [s.rss]), median, undefined, 'MiB'),
  ];
  return {
    file: file.label,
    lines: file.lines,
    // 1-based, as an editor shows them.
    typingAt: { line: result.at.bullet + 1 },
    completionAt: { line: result.at.completion.line + 1, column: result.at.completion.character + 1 },
    rows: out,
    diagnostics: counts.diagnostics,
    completionItems: counts.completionItems,
  };
}

const fmt = (value, unit) => (value === undefined ? '–' : `${value.toFixed(value >= 100 ? 0 : 1)} ${unit}`);

export function printTable(table, names) {
  const widths = [40, 7, 13, 13, 8, 16];
  const cells = (values) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' ');
  const where = table.lines === undefined ? '' : ` — ${table.lines} lines (typing at line ${table.typingAt.line}, ` +
    `completion at ${table.completionAt.line}:${table.completionAt.column})`;
  const lines = [table.file + where, cells(['', 'n', names[0], names[1], 'ratio', 'target (vitae)'])];
  for (const r of table.rows) {
    const verdict = r.target === undefined ? '' : `≤ ${r.target} ${r.unit} ${r.pass ? 'PASS' : 'MISS'}`;
    const ratio = r.ratio === undefined ? '–' : `${r.ratio.toFixed(r.ratio >= 10 ? 0 : 1)}×`;
    lines.push(cells([r.label, String(r.n), fmt(r.ours, r.unit), fmt(r.theirs, r.unit), ratio, verdict]));
  }
  if (table.diagnostics) {
    lines.push(cells(['diagnostics on the unedited file', '', ...table.diagnostics.map(String), '', '']));
    lines.push(cells(['completion items offered', '', ...table.completionItems.map(String), '', '']));
  }
  console.log(`${lines.join('\n')}\n`);
}

export const CAVEATS = [
  'ratio = yaml-ls / vitae: above 1× Vitae is faster (or smaller). Targets are the issue\'s goals for Vitae.',
  `yaml-language-server waits a fixed ${YAML_LS_DELAY_MS} ms (validationDelayMs, not a setting) after every open and ` +
    'change before it validates; its didOpen/didChange figures include that wait, as its users feel it. The ' +
    '"less its wait" row subtracts it to approximate its validation work alone.',
  'yaml-language-server also asks the client for its `[yaml]` settings before each validation; this client answers ' +
    'at once, so that round trip is in its figures as it would be in an editor.',
  'Vitae publishes diagnostics with the document version and each wait matches it; yaml-language-server omits the ' +
    'version, so its wait takes the next diagnostics for the URI (one change is in flight at a time).',
  'Completion is timed on a settled document version (diagnostics already published), at an empty key line ' +
    'inside a work entry; didChange is one character typed at the end of a bullet, incremental sync.',
  'Both servers run side by side and samples alternate between them; figures are medians from one run on a ' +
    'shared machine, so compare ratios more than absolute numbers.',
];
