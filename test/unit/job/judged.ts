import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createLanguageService } from '../../../server/src/core/service';
import { jobFormatOf, type Need } from '../../../server/src/core/job/types';
import { techIndex } from '../../../server/src/core/technologies/vocabulary';

// Scores job match on the judged set (test/fixtures/jobs/labels.yaml) and a baseline on the same set: a whole-word
// lookup of the vocabulary (every word and run of up to three words that names a technology, always required).

const ROOT = join(__dirname, '../../..');
const JOBS = join(ROOT, 'test/fixtures/jobs');

interface Posting {
  readonly file: string;
  readonly source: string;
  readonly required?: string[];
  readonly preferred?: string[];
  readonly groups?: string[][];
}

interface Labels {
  readonly postings: Posting[];
  readonly resumes: Record<string, string[]>;
}

export const LABELS = parse(readFileSync(join(JOBS, 'labels.yaml'), 'utf8')) as Labels;

/** A labelled name as the vocabulary names it (the name itself when the vocabulary does not know it). */
export function canonical(name: string): string {
  return techIndex().resolve(name)?.tech.name ?? name;
}

export interface Reading {
  /** Canonical name → need (required when any mention requires it). */
  readonly needs: Map<string, Need>;
  /** Canonical names the reading says each resume shows or lists, per resume path. */
  readonly covered: Map<string, Set<string>>;
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly need: number;
  readonly covered: number;
  readonly counts: { truePositives: number; predicted: number; labelled: number; needRight: number; coverageRight: number; coverageJudged: number };
  readonly wrong: string[];
  readonly missed: string[];
}

export function score(read: (posting: Posting, text: string) => Reading): Scores {
  let truePositives = 0, predicted = 0, labelled = 0, needRight = 0, coverageRight = 0, coverageJudged = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  const resumes = Object.fromEntries(Object.entries(LABELS.resumes).map(([path, names]) => [path, new Set(names.map(canonical))]));
  for (const posting of LABELS.postings) {
    const text = readFileSync(join(JOBS, posting.file), 'utf8');
    const truth = new Map<string, Need>();
    for (const name of posting.preferred ?? []) truth.set(canonical(name), 'preferred');
    for (const name of posting.required ?? []) truth.set(canonical(name), 'required');
    const reading = read(posting, text);
    predicted += reading.needs.size;
    labelled += truth.size;
    for (const [name, need] of reading.needs) {
      const expected = truth.get(name);
      if (!expected) {
        wrong.push(`${posting.file}: ${name}`);
        continue;
      }
      truePositives++;
      if (expected === need) needRight++;
      else wrong.push(`${posting.file}: ${name} read as ${need}, labelled ${expected}`);
      for (const [path, shows] of Object.entries(resumes)) {
        coverageJudged++;
        const said = reading.covered.get(path)?.has(name) ?? false;
        if (said === shows.has(name)) coverageRight++;
        else wrong.push(`${posting.file}: ${name} ${said ? 'covered' : 'missing'} in ${path}`);
      }
    }
    for (const name of truth.keys()) if (!reading.needs.has(name)) missed.push(`${posting.file}: ${name}`);
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    precision: ratio(truePositives, predicted),
    recall: ratio(truePositives, labelled),
    need: ratio(needRight, truePositives),
    covered: ratio(coverageRight, coverageJudged),
    counts: { truePositives, predicted, labelled, needRight, coverageRight, coverageJudged },
    wrong,
    missed,
  };
}

const resumeTexts = (): Array<[string, string]> => Object.keys(LABELS.resumes).map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]);

/** Vitae's job match, through the service as the editor and the CLI call it. */
export function vitae(posting: Posting, text: string): Reading {
  const service = createLanguageService();
  const job = { uri: `file:///${posting.file}`, version: 1, getText: () => text };
  const format = jobFormatOf(posting.file)!;
  const needs = new Map<string, Need>();
  for (const term of service.readJob(job, format).terms) if (needs.get(term.canonical) !== 'required') needs.set(term.canonical, term.need);
  const covered = new Map<string, Set<string>>();
  for (const [path, resume] of resumeTexts()) {
    const match = service.matchJob({ uri: `file:///${path}`, version: 1, getText: () => resume }, job, format);
    covered.set(path, new Set(match.terms.filter((term) => term.coverage !== 'missing').map((term) => term.canonical)));
  }
  return { needs, covered };
}

/** The baseline: every word, and every run of up to three words, that the vocabulary knows; all required. */
export function wholeWord(_posting: Posting, text: string): Reading {
  const lookup = (source: string): Set<string> => {
    const found = new Set<string>();
    const words = [...source.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.+#\-/]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu)].map((match) => match[0]);
    for (let i = 0; i < words.length; i++) {
      for (let n = 3; n >= 1; n--) {
        if (i + n > words.length) continue;
        const resolution = techIndex().resolve(words.slice(i, i + n).join(' '));
        if (resolution) {
          found.add(resolution.tech.name);
          break;
        }
      }
    }
    return found;
  };
  const needs = new Map<string, Need>([...lookup(text)].map((name) => [name, 'required']));
  const covered = new Map(resumeTexts().map(([path, resume]) => [path, lookup(resume)]));
  return { needs, covered };
}

export function table(rows: Array<[string, Scores]>): string {
  const head = '                         extraction P  extraction R  required/preferred  covered-or-not';
  const line = ([name, s]: [string, Scores]): string =>
    `${name.padEnd(25)}${s.precision.toFixed(2).padStart(12)}  ${s.recall.toFixed(2).padStart(12)}  ${s.need.toFixed(2).padStart(18)}  ${s.covered.toFixed(2).padStart(14)}`;
  return [head, ...rows.map(line)].join('\n');
}
