// Measures the writing rules against judgements made by hand: real resumes whose lines carry `# judged: <codes>`
// (test/fixtures/judged-writing, see its README) and the shared corpus's writing-advice.tsv. Used by judged.test.ts,
// which prints the tables (`npm run bench:writing`, and `npm run test:unit`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFindings } from '../../../server/src/core/lint';
import { WritingCodes } from '../../../server/src/core/writing/codes';
import { resumeOf } from '../../helpers/text';
import { marks } from './helpers';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** The day the judged resumes were read on: "ended 10 years ago" and "ongoing" are judged as of then. */
export const JUDGED_TODAY = new Date('2026-01-15T00:00:00Z');

/** Every writing code but `resume-length`: the judged files are excerpts, not whole resumes. */
export const JUDGED_CODES: readonly string[] = Object.values(WritingCodes).filter((code) => code !== WritingCodes.resumeLength);

export interface Disagreement {
  readonly code: string;
  readonly kind: 'wrong' | 'missed';
  readonly where: string;
  readonly text: string;
}

export interface Score {
  readonly code: string;
  /** Lines the rule speaks on. */
  readonly given: number;
  /** Of those, lines a person labelled with the code. */
  readonly right: number;
  /** Lines a person labelled with the code. */
  readonly expected: number;
}

export const precision = (score: Score): number => (score.given ? score.right / score.given : 1);
export const recall = (score: Score): number => (score.expected ? score.right / score.expected : 1);

export interface Measure {
  readonly scores: readonly Score[];
  readonly disagreements: readonly Disagreement[];
  readonly files: number;
  readonly lines: number;
}

interface Judged {
  readonly name: string;
  readonly text: string;
}

export function judgedResumes(): Judged[] {
  const folder = join(FIXTURES, 'judged-writing');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.judged.yaml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

const LABEL = /#\s*judged:\s*(.*)$/;

/** Lints each judged resume and compares, line by line and code by code, what Vitae says with the labels. */
export function measureJudged(resumes = judgedResumes()): Measure {
  const given = new Map<string, number>();
  const right = new Map<string, number>();
  const expected = new Map<string, number>();
  const disagreements: Disagreement[] = [];
  let lines = 0;
  const bump = (map: Map<string, number>, code: string): void => void map.set(code, (map.get(code) ?? 0) + 1);
  for (const { name, text } of resumes) {
    const rows = text.split('\n');
    const labelled = new Set<string>();
    rows.forEach((row, index) => {
      const codes = LABEL.exec(row)?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
      for (const code of codes) {
        if (!JUDGED_CODES.includes(code)) throw new Error(`${name}:${index + 1}: unknown code ${code}`);
        labelled.add(`${index}\t${code}`);
        bump(expected, code);
      }
      if (/^\s*- /.test(row) || /^\s+summary:/.test(row)) lines++;
    });
    const found = new Set<string>();
    for (const finding of lintFindings(resumeOf(text), { today: JUDGED_TODAY })) {
      if (!JUDGED_CODES.includes(finding.code)) continue;
      found.add(`${text.slice(0, finding.start).split('\n').length - 1}\t${finding.code}`);
    }
    const where = (key: string): { code: string; where: string; text: string } => {
      const [index, code] = key.split('\t') as [string, string];
      const row = rows[Number(index)]!;
      return { code, where: `${name}:${Number(index) + 1}`, text: row.replace(LABEL, '').trim().slice(0, 110) };
    };
    for (const key of found) {
      const { code } = where(key);
      bump(given, code);
      if (labelled.has(key)) bump(right, code);
      else disagreements.push({ ...where(key), kind: 'wrong' });
    }
    for (const key of labelled) if (!found.has(key)) disagreements.push({ ...where(key), kind: 'missed' });
  }
  const scores = JUDGED_CODES.map((code) => ({ code, given: given.get(code) ?? 0, right: right.get(code) ?? 0, expected: expected.get(code) ?? 0 }));
  return { scores, disagreements, files: resumes.length, lines };
}

export interface AdviceRow {
  readonly text: string;
  readonly code: string;
  readonly expect: 'flag' | 'none' | 'fix-grammatical';
  readonly note: string;
}

export function adviceRows(): AdviceRow[] {
  return readFileSync(join(FIXTURES, 'writing-advice.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const [text, code, expect, note] = line.split('\t') as [string, string, AdviceRow['expect'], string];
      return { text, code, expect, note };
    });
}

/** What a rule says of one bullet in a role that has ended, with each fix applied to the line. */
export function adviceOn(row: AdviceRow): { fires: boolean; fixes: string[] } {
  const yaml = ['work:', '  - name: Acme', '    position: Engineer', '    startDate: 2015-01', '    endDate: 2019-12', '    highlights:', `      - ${JSON.stringify(row.text)}`].join('\n');
  const found = marks(yaml, [row.code]);
  const unquote = (line: string): string => {
    const value = line.replace(/^- /, '');
    return value.startsWith('"') ? (JSON.parse(value) as string) : value;
  };
  return { fires: found.length > 0, fixes: found.flatMap((mark) => mark.fixes.map(unquote)) };
}

