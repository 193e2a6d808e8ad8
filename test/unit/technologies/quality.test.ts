import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readKeyword } from '../../../server/src/core/technologies/keywordReading';
import { yamlValue } from '../../../server/src/core/technologies/resume';
import { techIndex } from '../../../server/src/core/technologies/vocabulary';
import { createLanguageService } from '../../../server/src/core/service';
import { TechCodes } from '../../../server/src/core/technologies/codes';
import type { DiagnosticData } from '../../../server/src/core/lint';
import { VENDOR_PREFIX } from '../../../server/src/core/technologies/policy';
import type { Position } from 'vscode-languageserver-types';
import { parseDocument, isMap, isScalar, isSeq } from 'yaml';
import { joinLines, source, withCursor } from '../../helpers/text';

// How well the vocabulary serves resumes no one wrote for it: every skills keyword, project keyword and skill name
// of the repository's resumes and the samples published with @jsonresume/schema, labelled with the names a careful
// reader accepts (null: not a technology, so nothing may be said about it). Prints two figures:
//   (a) completion: typing the first four letters offers an accepted name among the first ten suggestions;
//   (b) naming: tech-name suggests an accepted name, or says nothing when the keyword is already right.
// Run alone: npx mocha --require tsx/cjs --extension ts test/unit/technologies/quality.test.ts

const root = join(__dirname, '..', '..', '..');
const ACCEPTED: Readonly<Record<string, readonly string[] | null>> = {
  Kubernetes: ['Kubernetes'], 'Argo CD': ['Argo CD'], Terraform: ['Terraform'], 'GitHub Actions': ['GitHub Actions'],
  Prometheus: ['Prometheus'], Go: ['Go'], TypeScript: ['TypeScript'], Python: ['Python'], SQL: ['SQL'],
  PostgreSQL: ['PostgreSQL'], Redis: ['Redis'], 'Apache Kafka': ['Apache Kafka'], Javascript: ['JavaScript'],
  typescript: ['TypeScript'], k8s: ['Kubernetes'], Kafka: ['Apache Kafka', 'Kafka'], Elasticsearch: ['Elasticsearch'],
  'Incident response': null, 'API design': null, Observability: null, HTML: ['HTML'], CSS: ['CSS'], Mpeg: ['MPEG'],
  MP4: ['MP4'], GIF: ['GIF'], GoogleMaps: ['Google Maps'], 'Chrome Extension': null, pandas: ['pandas'], dbt: ['dbt'],
  Excel: ['Microsoft Excel', 'Excel'], Tableau: ['Tableau'], 'Looker Studio': ['Looker Studio'], Matplotlib: ['Matplotlib'],
  'P&L management': null, Scheduling: null, 'Team training': null, 'Vendor negotiation': null, Java: ['Java'], React: ['React'],
  'Next.js': ['Next.js'], 'Node.js': ['Node.js'], 'REST APIs': ['REST', 'REST APIs'], Docker: ['Docker'], Git: ['Git'],
  AWS: ['Amazon Web Services', 'AWS'], Prisma: ['Prisma'], Vercel: ['Vercel'], WebGL: ['WebGL'], JavaScript: ['JavaScript'],
  'Machine Learning': ['Machine learning', 'Machine Learning'], Consensus: null, Replication: null, 'Erasure coding': null,
  'Consistency models': null, Rust: ['Rust'], 'C++': ['C++'], S3: ['Amazon S3', 'S3'], Raft: ['Raft'],
  Platform: null, Languages: null, Data: null, Infrastructure: null, Practices: null, 'Web Development': null,
  Compression: null, 'Data Analysis': null, 'Data Visualization': null, 'Operations & Leadership': null,
  'Programming Languages': null, 'Data & Infrastructure': null, 'Distributed Systems': null,
  Bash: ['Bash'], Cassandra: ['Apache Cassandra', 'Cassandra'], 'Amazon Web Services': ['Amazon Web Services'],
  'Google Cloud': ['Google Cloud'], Mentoring: null, 'Incident command': null, 'Data stores': null, Cloud: null,
  Hardware: null, Leadership: null,
};

const service = createLanguageService();

function writtenKeywords(): string[] {
  const files = [
    ...readdirSync(join(root, 'test/fixtures')).filter((name) => /\.ya?ml$/.test(name)).map((name) => join('test/fixtures', name)),
    ...readdirSync(join(root, 'examples')).filter((name) => /\.ya?ml$/.test(name)).map((name) => join('examples', name)),
    'node_modules/@jsonresume/schema/sample.resume.json',
    ...readdirSync(join(root, 'node_modules/@jsonresume/schema/examples')).map((name) => join('node_modules/@jsonresume/schema/examples', name)),
  ];
  const found = new Set<string>();
  for (const file of files) {
    const data = parse(readFileSync(join(root, file), 'utf8')) as { skills?: Array<{ name?: unknown; keywords?: unknown[] }>; projects?: Array<{ keywords?: unknown[] }> };
    for (const group of [...(data.skills ?? []), ...(data.projects ?? [])]) for (const keyword of group.keywords ?? []) if (typeof keyword === 'string') found.add(keyword);
    for (const group of data.skills ?? []) if (typeof group.name === 'string') found.add(group.name);
  }
  return [...found];
}

/**
 * Reachable as the issue asks: from the keyword's first four letters (of the name, before a note in parentheses or after a label), or,
 * behind a vendor's prefix ("AWS CDK", "Azure Functions"), from the first four letters of its distinctive word. The technology is what must be reached: a
 * reader's "Nginx" is reached by nginx (how it is styled is what naming judges).
 */
function completes(keyword: string, accepted: readonly string[], typedIn: (typed: string) => { text: string; position: Position } = inBareList): boolean {
  return typedForms(keyword).some(({ before, name }) => {
    const { text, position } = typedIn(before + name.slice(0, 4));
    return service.complete(source(text), position).items.slice(0, 10).some((item) => accepted.some((name) => name.toLowerCase() === item.label.toLowerCase()));
  });
}

/**
 * What an author types for a keyword: its name, its distinctive word behind a vendor's prefix, the name after a label,
 * the name inside the parentheses after a label ("Containers (Docker)": typed as "Containers (Dock").
 */
function typedForms(keyword: string): Array<{ before: string; name: string }> {
  // "Go (medium)", "C (experienced)": the name is typed, then the note after it.
  const written = keyword.replace(/\s*\([^()]*\)$/, '') || keyword;
  const distinctive = written.replace(VENDOR_PREFIX, '');
  // "Compilers: gcc", "Geo-spatial analysis - ArcGIS": a label, then the name typed after it.
  const labelled = /^[^:,;()]{1,40}?(?:\s*:|\s+[-–])\s+([^,;]+)$/.exec(written)?.[1];
  const inside = /^([^()]+\(\s*)([^(),;/]+)\)$/.exec(keyword);
  const names = [written, ...(distinctive !== written ? [distinctive] : []), ...(labelled ? [labelled] : [])];
  return [...names.map((name) => ({ before: '', name })), ...(inside ? [{ before: inside[1]!, name: inside[2]! }] : [])];
}

const inBareList = (typed: string): { text: string; position: Position } => withCursor(joinLines('skills:', '  - name: Tools', '    keywords:', `      - ${typed}$|$`));

function namedRight(written: string, accepted: readonly string[] | null): boolean {
  const text = joinLines('skills:', '  - name: Tools', '    keywords:', `      - ${JSON.stringify(written)}`);
  const finding = service.lint(source(text)).find((d) => d.code === TechCodes.techName);
  const canonical = (finding?.data as { canonical?: string } | undefined)?.canonical;
  if (!accepted) return !finding;
  return finding ? accepted.includes(canonical!) : accepted.includes(written);
}

describe('technology quality on resumes not written for it', () => {
  const keywords = writtenKeywords();

  it('has a label for every keyword and skill name in those resumes', () => {
    assert.deepEqual(keywords.filter((keyword) => !(keyword in ACCEPTED)), []);
  });

  it('completes from four letters and names right at least 90% of them (prints both figures)', () => {
    const technologies = keywords.filter((keyword) => ACCEPTED[keyword]);
    const completed = technologies.filter((keyword) => completes(keyword, ACCEPTED[keyword]!));
    const right = keywords.filter((keyword) => namedRight(keyword, ACCEPTED[keyword] ?? null));
    const share = (part: number, whole: number): string => `${part}/${whole} = ${((100 * part) / whole).toFixed(1)}%`;
    console.log(`      (a) complete from four letters to an accepted name: ${share(completed.length, technologies.length)}`);
    for (const miss of technologies.filter((keyword) => !completed.includes(keyword))) console.log(`          not offered: ${miss}`);
    console.log(`      (b) right canonical name, or no complaint when right: ${share(right.length, keywords.length)}`);
    for (const miss of keywords.filter((keyword) => !right.includes(keyword))) console.log(`          wrong: ${miss}`);
    assert.ok(completed.length >= 0.9 * technologies.length);
    assert.ok(right.length >= 0.9 * keywords.length);
  });
});

// The same two figures over the technologies the judged resumes name (test/fixtures/judged/names*.yaml, one file a
// judged set): resumes by people who never saw Vitae. Naming counts as right when the technology the keyword is
// read as has an accepted name ("PostgresSQL" → PostgreSQL), or when the name tech-name's fix writes is accepted
// ("Playstation 2" → PlayStation 2: the console, written right, though read as the PlayStation family).
/** The names a keyword is given, written as an author would in a skills list: the one it is read as, and tech-name's fix. */
function namesGiven(keyword: string): string[] {
  const value = yamlValue(keyword, false);
  const text = joinLines('skills:', '  - name: Tools', '    keywords:', `      - ${value}`);
  // A finding on a name in the keyword's parentheses ("Java (JEE, JSP)") is about that name, not the keyword's own.
  const inParentheses = (column: number): boolean => /\([^()]*$/.test(value.slice(0, column - '      - '.length));
  const finding = service.lint(source(text)).find((d) => d.code === TechCodes.techName && !inParentheses(d.range.start.character));
  const data = finding?.data as DiagnosticData | undefined;
  const fixed = data?.fixes?.[0]?.title.replace(/^Change to /, '');
  const read = data?.canonical ?? readKeyword(techIndex(), keyword)?.tech.name;
  return [read, fixed].filter((name): name is string => name !== undefined);
}

describe('technology completion and naming on the judged resumes', () => {
  const folder = join(root, 'test/fixtures/judged');
  const sets = readdirSync(folder).filter((name) => /^names.*\.yaml$/.test(name)).sort();
  const all: Record<string, string[]> = {};
  // A keyword two sets list ("ES6") accepts what either reader accepts.
  for (const file of sets) {
    for (const [keyword, names] of Object.entries(parse(readFileSync(join(folder, file), 'utf8')) as Record<string, string[]>)) all[keyword] = [...new Set([...(all[keyword] ?? []), ...names])];
  }

  const share = (part: number, whole: number): string => `${part}/${whole} = ${((100 * part) / whole).toFixed(1)}%`;
  const measure = (names: Record<string, string[]>): { keywords: string[]; completed: string[]; named: string[] } => {
    const keywords = Object.keys(names);
    const completed = keywords.filter((keyword) => completes(keyword, names[keyword]!));
    const named = keywords.filter((keyword) => namesGiven(keyword).some((name) => names[keyword]!.includes(name)));
    return { keywords, completed, named };
  };

  for (const file of sets) {
    it(`prints both figures for ${file}`, () => {
      const { keywords, completed, named } = measure(parse(readFileSync(join(folder, file), 'utf8')) as Record<string, string[]>);
      console.log(`      (a) complete from four letters to an accepted name: ${share(completed.length, keywords.length)}`);
      for (const miss of keywords.filter((keyword) => !completed.includes(keyword))) console.log(`          not offered: ${miss}`);
      console.log(`      (b) read as an accepted name: ${share(named.length, keywords.length)}`);
      for (const miss of keywords.filter((keyword) => !named.includes(keyword))) console.log(`          not named: ${miss}`);
      assert.ok(keywords.length > 0);
    });
  }

  // As an author meets it: each keyword, where it is written in its own resume (block or flow list), replaced by its
  // first four letters, with the rest of the resume around it: the list's other keywords are not offered again, and
  // what the bullets name ranks first. Counted per keyword written, so a name many resumes list counts as often.
  it('prints how often a keyword typed in its own resume completes from four letters', function () {
    // Eight thousand completions, each in a whole resume.
    this.timeout(300_000);
    let written = 0;
    const missed: string[] = [];
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.judged.yaml'))) {
      const text = readFileSync(join(folder, file), 'utf8');
      const skills = parseDocument(text).get('skills');
      for (const group of isSeq(skills) ? skills.items : []) {
        const keywords = isMap(group) ? group.get('keywords') : undefined;
        for (const keyword of isSeq(keywords) ? keywords.items : []) {
          if (!isScalar(keyword) || typeof keyword.value !== 'string' || !all[keyword.value]) continue;
          const [start, , end] = keyword.range!;
          const inPlace = (typed: string): { text: string; position: Position } => withCursor(text.slice(0, start) + typed + '$|$' + text.slice(end));
          written++;
          if (!completes(keyword.value, all[keyword.value]!, inPlace)) missed.push(`${file}: ${keyword.value}`);
        }
      }
    }
    console.log(`      typed in place: (a) ${share(written - missed.length, written)}`);
    assert.ok(written - missed.length >= 0.9 * written);
  });

  // The goal is 95% on resumes no one tuned the vocabulary to (each set's first figures are in the folder's
  // README); the first set, long tuned to, must stay there, and all sets together must not fall under 90%.
  it('completes and names at least 95% of the first set\'s technologies, and 90% of all sets\'', () => {
    const first = measure(parse(readFileSync(join(folder, 'names.yaml'), 'utf8')) as Record<string, string[]>);
    const { keywords, completed, named } = measure(all);
    console.log(`      all sets: (a) ${share(completed.length, keywords.length)}, (b) ${share(named.length, keywords.length)}`);
    assert.ok(first.completed.length >= 0.95 * first.keywords.length && first.named.length >= 0.95 * first.keywords.length);
    assert.ok(completed.length >= 0.9 * keywords.length && named.length >= 0.9 * keywords.length);
  });
});
