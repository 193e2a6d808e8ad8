// Builds the benchmark inputs: the example resume as it is, and larger resumes made by inserting generated work
// entries after `work:`. A seeded generator keeps every run's text identical, so figures compare across runs.
import { existsSync, readFileSync } from 'node:fs';

const COMPANIES = ['Northwind', 'Globex', 'Initech', 'Umbrella Freight', 'Hooli', 'Vandelay Imports', 'Stark Logistics',
  'Wayne Analytics', 'Acme Payments', 'Soylent Health', 'Cyberdyne Cloud', 'Tyrell Data', 'Wonka Retail', 'Gringotts Bank'];
const POSITIONS = ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Backend Engineer',
  'Platform Engineer', 'Site Reliability Engineer', 'Engineering Manager', 'Data Engineer', 'Tech Lead'];
const VERBS = ['Cut', 'Reduced', 'Built', 'Designed', 'Led', 'Migrated', 'Automated', 'Rewrote', 'Introduced', 'Scaled'];
const OBJECTS = ['the billing pipeline', 'the search index', 'deploy tooling', 'the on-call rotation',
  'the payments API', 'the data warehouse', 'the mobile release train', 'CI for 40 services', 'the fraud model',
  'customer onboarding', 'the metrics stack', 'the event bus'];
const RESULTS = ['cutting p95 latency by {n}%', 'saving ${n}K a year', 'halving incident count',
  'serving {n} million requests a day', 'in {n} weeks', 'for {n} engineers', 'raising test coverage to {n}%'];
const TOOLS = ['Kubernetes', 'Terraform', 'Go', 'TypeScript', 'PostgreSQL', 'Kafka', 'Rust', 'Python', 'gRPC', 'Redis'];

/** Small seeded PRNG (mulberry32): deterministic and fast enough for a few thousand picks. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function workEntry(next, index) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const number = () => String(5 + Math.floor(next() * 90));
  // Entries run backwards in time from 2024 so dates stay in the past and in order.
  const endYear = 2024 - (index % 40);
  const startYear = endYear - 1 - Math.floor(next() * 3);
  const month = () => String(1 + Math.floor(next() * 12)).padStart(2, '0');
  const name = `${pick(COMPANIES)} ${index}`;
  const lines = [
    `  - name: ${name}`,
    `    position: ${pick(POSITIONS)}`,
    `    url: https://${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example.com`,
    `    startDate: ${startYear}-${month()}`,
    `    endDate: ${endYear}-${month()}`,
    `    summary: Worked on ${pick(OBJECTS)} with ${pick(TOOLS)} and ${pick(TOOLS)}.`,
    '    highlights:',
  ];
  const bullets = 4 + Math.floor(next() * 4);
  for (let i = 0; i < bullets; i++) {
    lines.push(`      - ${pick(VERBS)} ${pick(OBJECTS)} using ${pick(TOOLS)}, ${pick(RESULTS).replace('{n}', number())}.`);
  }
  return lines;
}

/** The example resume: examples/resume.yaml when the project has one, else the ada test fixture. */
export function exampleResume() {
  const path = existsSync('examples/resume.yaml') ? 'examples/resume.yaml' : 'test/fixtures/ada.resume.yaml';
  return { path, text: readFileSync(path, 'utf8') };
}

/** The example resume grown to about `targetLines` lines by inserting generated work entries after `work:`. */
export function generateResume(baseText, targetLines, seed = 42) {
  const base = baseText.split('\n');
  const at = base.findIndex((line) => line === 'work:');
  if (at < 0) throw new Error('the base resume has no top-level `work:` key');
  const next = random(seed);
  const entries = [];
  for (let index = 1; base.length + entries.length < targetLines; index++) entries.push(...workEntry(next, index));
  return [...base.slice(0, at + 1), ...entries, ...base.slice(at + 1)].join('\n');
}

// `node scripts/bench/generate.mjs 600` prints a generated resume, handy for looking at what is measured.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(generateResume(exampleResume().text, Number(process.argv[2] ?? 600)));
}
