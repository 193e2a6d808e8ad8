// `npm run bench:bad-input` (part of `npm run bench`): linting the bad input of issue 14 in the
// core, the time the unit tests never assert (test/unit/technologies/badInput.test.ts checks what is reported). Two
// resumes from test/helpers/badInput.ts: a bullet that names 200 technologies and a summary of 50,000 words. For
// each: the first lint in a fresh service, then keystrokes typed into that bullet or summary (the long text read
// again), then keystrokes typed into another line (the long text's reading is kept). Prints medians and p95.
import { createLanguageService } from '../../server/src/core/service.ts';
import { longSummary, manyTechnologies } from '../../test/helpers/badInput.ts';

const KEYSTROKES = 30;
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const ms = (value) => `${value.toFixed(value >= 100 ? 0 : 1)} ms`;

/** Lints the text as typed at `at`, one letter more each time; ms per lint. */
function typing(service, uri, text, at, version) {
  const times = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const typed = text.slice(0, at) + 'abcdefghij'.repeat(4).slice(0, i + 1) + text.slice(at);
    const started = performance.now();
    service.lint({ uri, version: version + i, getText: () => typed });
    times.push(performance.now() - started);
  }
  return times;
}

const cases = [
  { label: 'a bullet naming 200 technologies', resume: manyTechnologies(), into: 'Shipped a platform', elsewhere: 'Platform Engineer' },
  { label: 'a summary of 50,000 words', resume: longSummary(), into: 'Later I wrote', elsewhere: 'Cut the cloud bill' },
];

console.log('\nBad input (issue 14): lint → diagnostics in the core, no exception; first lint, then a keystroke in the long text or elsewhere:');
for (const { label, resume, into, elsewhere } of cases) {
  const { text } = resume;
  const service = createLanguageService();
  const uri = 'file:///bench/bad-input.yaml';
  const started = performance.now();
  const diagnostics = service.lint({ uri, version: 1, getText: () => text }).length;
  const first = performance.now() - started;
  const inside = typing(service, uri, text, text.indexOf(into), 2);
  const outside = typing(service, uri, text, text.indexOf(elsewhere), 2 + KEYSTROKES);
  const size = `${text.split(/\s+/).length.toLocaleString('en')} words, ${diagnostics} diagnostics`;
  console.log(`  ${label} (${size})`);
  console.log(`    first lint ${ms(first)}   typing in it  median ${ms(quantile(inside, 0.5))}  p95 ${ms(quantile(inside, 0.95))}   typing elsewhere  median ${ms(quantile(outside, 0.5))}  p95 ${ms(quantile(outside, 0.95))}`);
}
