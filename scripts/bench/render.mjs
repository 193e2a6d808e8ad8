// `node --import tsx scripts/bench/render.mjs`: the renderer alone, on the core's cached parse, per keystroke typed
// into a bullet (incremental re-parse + render), for the example resume and a generated 600-line one. Medians and
// p95 of 300 keystrokes each; the full preview path (stdio, message, patch, paint) is in `npm run bench`.
import { createLanguageService } from '../../server/src/core/service.ts';
import { exampleResume, generateResume } from './generate.mjs';

const example = exampleResume().text;
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

for (const [label, text] of [[`example (${example.split('\n').length} lines)`, example], ['generated (600 lines)', generateResume(example, 600)]]) {
  const service = createLanguageService();
  const uri = 'file:///bench/resume.yaml';
  let version = 1;
  service.render({ uri, version, getText: () => text });
  const bullet = text.indexOf('\n', text.indexOf('highlights:\n') + 'highlights:\n'.length);
  let current = text;
  const times = [];
  for (let i = 0; i < 300; i++) {
    current = current.slice(0, bullet) + 'x' + current.slice(bullet);
    const snapshot = current;
    const start = performance.now();
    const outcome = service.render({ uri, version: ++version, getText: () => snapshot });
    times.push(performance.now() - start);
    if (!outcome.ok) throw new Error(`${label}: did not render: ${outcome.problem.message}`);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: keystroke → HTML ${quantile(times, 0.5).toFixed(2)} ms median, ${quantile(times, 0.95).toFixed(2)} ms p95`);
}
