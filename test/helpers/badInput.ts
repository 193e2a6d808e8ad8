// Two resumes no one should write, for the technology checks' bad-input tests (test/unit/technologies/
// badInput.test.ts) and for the benchmark that times linting them (scripts/bench/badInput.mjs): a bullet that names
// 200 technologies, some written wrongly, and a summary of 50,000 words.
import { ORDINARY_WORDS, TECHNOLOGIES } from '../../server/src/core/technologies/data';

/** A name as the resume writes it: `at` is its offset in the whole text. */
export interface Written {
  readonly written: string;
  readonly name: string;
  readonly at: number;
}

export interface BadResume {
  readonly text: string;
  /** Every technology the bullet or summary names, where it is written. */
  readonly named: readonly Written[];
  /** The names written other than their project writes them, where they are. */
  readonly misspelt: readonly Written[];
}

// Sites, ways of working and companies are not skills; names with slashes or brackets are not list items.
const NOT_LISTED = new Set(['network', 'methodology', 'company']);

/**
 * The 200 most used technologies of the vocabulary, comma-separated in one bullet. Every tenth is lower-cased when
 * that misspells it: a name of one word, longer than three letters, that is no English word ("mongodb", "ansible").
 */
export function manyTechnologies(): BadResume {
  const names = TECHNOLOGIES.filter((tech) => !NOT_LISTED.has(tech.category) && /^[\p{L}\p{N} .+#-]+$/u.test(tech.name) && !ORDINARY_WORDS.has(tech.name.toLowerCase()))
    .slice(0, 200)
    .map((tech) => tech.name);
  const misspells = (name: string, i: number): boolean => i % 5 === 3 && !/\s/.test(name) && name.length > 3 && name !== name.toLowerCase();
  const head = ['work:', '  - name: Northwind', '    position: Platform Engineer', '    highlights:', '      - Shipped a platform built on '].join('\n');
  const named: Written[] = [];
  let text = head;
  names.forEach((name, i) => {
    const written = misspells(name, i) ? name.toLowerCase() : name;
    if (i > 0) text += ', ';
    named.push({ written, name, at: text.length });
    text += written;
  });
  // Each named twice, as one's own technologies are: a name said once among many is a detail tech-not-in-skills leaves.
  text += ['.', `      - Kept it running on ${names.join(', ')}.`, 'skills:', '  - name: Communication', '    keywords: [Public speaking]', ''].join('\n');
  return { text, named, misspelt: named.filter((one) => one.written !== one.name) };
}

/** Small seeded generator (mulberry32), so every run reads the same summary. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENINGS = ['In my second year', 'Over the next months', 'After a long outage', 'With two new hires', 'Before the audit', 'During the migration'];
const ACTS = ['I moved the billing service to', 'we rebuilt the reporting jobs on', 'I wrote the first tests for the code on', 'the team retired an old batch server for', 'I taught the support staff to read dashboards in'];
const TOOLS = ['Kubernetes', 'Terraform', 'TypeScript', 'PostgreSQL', 'Redis', 'Apache Kafka', 'Airflow', 'Grafana', 'Python'];
const RESULTS = ['and deploys went from an hour to ten minutes', 'and the pager stayed quiet for a quarter', 'which customers in twelve countries noticed', 'so that new people could ship on their first day', 'and the support queue halved within a year'];
const ASIDES = ['I care about clear writing, careful reviews and rotations that let people sleep.', 'Most of that work was unglamorous, and most of it still runs.', 'We wrote down every decision, which saved us more than once.'];

/** Where the summary names a technology written wrongly: its first lines, its middle, its very end. */
const MISSPELT = [
  { at: 0.001, sentence: 'Later I wrote a small javascript library for form validation that three teams adopted.', written: 'javascript', name: 'JavaScript' },
  { at: 0.5, sentence: 'Half of the reports read straight from Postgresql replicas.', written: 'Postgresql', name: 'PostgreSQL' },
  { at: 1, sentence: 'The admin tools ran on NodeJS until the end.', written: 'NodeJS', name: 'Node.js' },
];

/** The skills of the long-summary resume. Rust is named once, in the summary's last sentence. */
export const LONG_SUMMARY_SKILLS = ['Kubernetes', 'Terraform', 'Rust'];

/**
 * A summary of 50,000 words of ordinary prose that names technologies as it goes (TOOLS), with three names written
 * wrongly (MISSPELT) and Rust named only in its last sentence.
 */
export function longSummary(): BadResume {
  const next = random(14);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentences: string[] = [];
  let words = 0;
  while (words < 50_000) {
    const sentence = next() < 0.2 ? pick(ASIDES) : `${pick(OPENINGS)} ${pick(ACTS)} ${pick(TOOLS)}, ${pick(RESULTS)}.`;
    sentences.push(sentence);
    words += sentence.split(' ').length;
  }
  for (const { at, sentence } of [...MISSPELT].reverse()) sentences.splice(Math.round(at * sentences.length), 0, sentence);
  sentences.push('At the very end I rewrote the parser in Rust.');
  const head = ['basics:', '  name: Ada Lovelace', '  summary: '].join('\n');
  const summary = sentences.join(' ');
  const text = [`${head}${summary}`, 'work:', '  - name: Northwind', '    highlights:', '      - Cut the cloud bill by 30% in one quarter.', 'skills:', '  - name: Infrastructure', `    keywords: [${LONG_SUMMARY_SKILLS.join(', ')}]`, ''].join('\n');
  const named = (written: string): Written[] => [...summary.matchAll(new RegExp(`\\b${written.replace(/\./g, '\\.')}\\b`, 'g'))].map((match) => ({ written, name: written, at: head.length + match.index }));
  const misspelt = MISSPELT.map(({ written, name }) => ({ written, name, at: head.length + summary.indexOf(written) }));
  return { text, named: [...TOOLS, 'Rust'].flatMap(named), misspelt };
}
