// Prints how long linting takes, median of many runs after warm-up. A figure to read, not a test:
// `npx tsx test/unit/writing/lintTiming.ts`; `… --writing [--per-rule] [--incremental]` times only the writing rules
// on the example resume and generated 600- and 10,000-line ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Caches } from '../../../server/src/core/caches';
import { parseResume, type ResumeDocument } from '../../../server/src/core/document';
import { reparse } from '../../../server/src/core/incremental';
import { lintFindings } from '../../../server/src/core/lint';
import { BULLET_RULES } from '../../../server/src/core/rules/bullets';
import type { Rule } from '../../../server/src/core/rules/rule';
import { isTaggerLoaded } from '../../../server/src/core/writing/tagger';

const today = new Date('2025-06-01');
// Kept from one lint to the next, as the language service keeps them.
const caches = new Caches();

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
    lintFindings(doc, { today }, undefined, caches);
    const end = performance.now();
    if (run >= 20) {
      parseAndLint.push(end - start);
      lintOnly.push(end - parsed);
    }
  }
  console.log(`${label}: parse + lint median ${median(parseAndLint).toFixed(2)} ms, lint alone ${median(lintOnly).toFixed(2)} ms`);
}

function allRules(): void {
  const text = readFileSync(join(__dirname, '../../fixtures/ada.resume.yaml'), 'utf8');
  const cold = performance.now();
  lintFindings(parseResume('file:///ada.resume.yaml', 0, text), { today }, undefined, caches);
  console.log(`first lint (cold): ${(performance.now() - cold).toFixed(1)} ms; tagger loaded: ${isTaggerLoaded()}`);
  time('unchanged text', () => text);
  // Every run changes one bullet, as typing does, so the per-bullet caches miss once per run.
  time('one bullet edited per run', (run) => text.replace('Worked on the fraud rules engine.', `Worked on the fraud rules engine ${run}.`));
  time('one noun-phrase bullet edited per run (tagger)', (run) => text.replace('Worked on the fraud rules engine.', `Fraud rules engine rewrite number ${run}.`));
}

// Offsets of the text of every highlight line ("      - text"), so each run can type into a different one.
function bulletStarts(text: string): number[] {
  const out: number[] = [];
  const pattern = /^ {6}- (?=\S)/gm;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) out.push(match.index + match[0].length);
  return out;
}

/** The writing rules alone, on the example resume and generated 600/10,000-line ones, one bullet typed into per run. */
async function writingRules(): Promise<void> {
  // A variable specifier keeps the type checker out of the untyped bench script.
  const generator = pathToFileURL(join(__dirname, '../../../scripts/bench/generate.mjs')).href;
  const { exampleResume, generateResume } = (await import(generator)) as {
    exampleResume(): { path: string; text: string };
    generateResume(base: string, lines: number): string;
  };
  const base = exampleResume().text;
  const runs = 15;
  // Enough lints for the JIT to settle: before that, background compilation shows up as spikes in small resumes.
  const warmUp = 30;
  const incremental = process.argv.includes('--incremental');
  // Generated when measured, so that building the large ones leaves no garbage behind in the small ones' runs.
  for (const [label, lines] of [['130', 0], ['600', 600], ['10000', 10_000]] as const) {
    const original = lines ? generateResume(base, lines) : base;
    let text = original;
    let run = 0;
    let previous: ResumeDocument | undefined;
    // Typing: one more character in the middle of a different bullet each time, then a fresh parse (or, with
    // --incremental, the patched previous tree the editor gets).
    const typed = (): ResumeDocument => {
      const starts = bulletStarts(text);
      const at = starts[(run * 7919) % starts.length]!;
      const middle = at + Math.floor((text.indexOf('\n', at) - at) / 2);
      text = `${text.slice(0, middle)}s${text.slice(middle)}`;
      const patched = incremental && previous ? reparse(previous, 'file:///resume.yaml', run, text) : undefined;
      previous = patched ?? parseResume('file:///resume.yaml', run, text);
      run++;
      return previous;
    };
    // Wall time, and the process's CPU time (GC threads included): CPU well below wall means the machine was busy.
    const measure = (rules: readonly Rule[]): [number, number] => {
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < runs + warmUp; i++) {
        const doc = typed();
        const start = performance.now();
        const used = process.cpuUsage();
        lintFindings(doc, { today }, rules, caches);
        const { user, system } = process.cpuUsage(used);
        if (i < warmUp) continue;
        wall.push(performance.now() - start);
        cpu.push((user + system) / 1000);
      }
      return [median(wall), median(cpu)];
    };
    const [wall, cpu] = measure(BULLET_RULES);
    console.log(`${label} (${original.split('\n').length} lines): all writing rules ${wall.toFixed(2)} ms (CPU ${cpu.toFixed(2)} ms), median of ${runs}`);
    if (process.argv.includes('--per-rule')) console.log(`  each rule alone (collection included): ${BULLET_RULES.map((rule) => `${rule.id} ${measure([rule])[0].toFixed(2)}`).join(', ')}`);
  }
}

if (process.argv.includes('--writing')) void writingRules();
else allRules();
