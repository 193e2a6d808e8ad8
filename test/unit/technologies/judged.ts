import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createLanguageService } from '../../../server/src/core/service';
import { DiagnosticCodes } from '../../../server/src/core/codes';
import { TechCodes } from '../../../server/src/core/technologies/codes';
import { source, textAt } from '../../helpers/text';
import { techIndex } from '../../../server/src/core/technologies/vocabulary';
import { JUDGED_SETS, type JudgedSet } from './judgedSets';

// The technology advice on resumes the team did not write (test/fixtures/judged/, sources in each file's first
// line), against what a person expects there (labels.yaml, judged before the engine changed). Each diagnostic is
// turned into one comparable line:
//   tech-name            "written → canonical", and the name its fix writes when another ("Openshift → Red Hat OpenShift | OpenShift")
//   tech-not-in-skills   "Technology → group its quick fix picks" (NEW: a new group; NONE: no fix offered)
//   skill-no-evidence    the keyword as written
//   duplicate-keyword    the keyword as written
//   network-spelling     "written → canonical"

export const JUDGED = join(__dirname, '..', '..', 'fixtures', 'judged');
export const JUDGED_CODES = [TechCodes.techName, TechCodes.notInSkills, TechCodes.skillNoEvidence, TechCodes.duplicateKeyword, DiagnosticCodes.networkSpelling] as const;
type Code = (typeof JUDGED_CODES)[number];
export type Labels = Record<string, Partial<Record<Code, string[]>>>;

interface Data {
  readonly canonical?: string;
  readonly fixes?: ReadonlyArray<{ title: string }>;
}

const service = createLanguageService({ today: () => new Date('2026-06-01') });

/** One piece of advice where the editor shows it: its comparable line, its row, the message and its quick fixes. */
export interface PlacedAdvice {
  readonly code: Code;
  readonly line: string;
  readonly row: number;
  readonly message: string;
  readonly fixes: readonly string[];
}

/** What the engine says about one file, in the order the Problems panel lists it. */
export function placedAdviceOn(file: string): PlacedAdvice[] {
  const text = readFileSync(join(JUDGED, file), 'utf8');
  const out: PlacedAdvice[] = [];
  for (const d of service.lint(source(text, `file:///${file}`))) {
    const code = d.code as Code;
    if (!JUDGED_CODES.includes(code)) continue;
    const written = textAt(text, d.range).replace(/^["']|["']$/g, '');
    const data = (d.data ?? {}) as Data;
    const fixes = (data.fixes ?? []).map((fix) => fix.title);
    // "Openshift" is written "OpenShift": the name the advice writes may be an accepted short form of the canonical.
    const writes = addedBy(fixes[0], /^Change to (.+)$/);
    const line =
      code === TechCodes.techName || code === DiagnosticCodes.networkSpelling
        ? `${written} → ${[data.canonical, ...(writes && writes !== data.canonical ? [writes] : [])].join(' | ')}`
        : code === TechCodes.notInSkills
          ? `${addedBy(fixes[0]) ?? data.canonical ?? written} → ${groupOf(fixes[0])}`
          : written;
    out.push({ code, line, row: d.range.start.line, message: typeof d.message === 'string' ? d.message : d.message.value, fixes });
  }
  return out;
}

/** What the engine says about one file, as comparable lines per code. */
export function adviceOn(file: string): Record<Code, string[]> {
  const out = Object.fromEntries(JUDGED_CODES.map((code) => [code, [] as string[]])) as Record<Code, string[]>;
  for (const advice of placedAdviceOn(file)) out[advice.code].push(advice.line);
  return out;
}

function addedBy(title: string | undefined, pattern = /^Add (.+?) to (?:skills|a new)/): string | undefined {
  return title ? pattern.exec(title)?.[1] : undefined;
}

function groupOf(title: string | undefined): string {
  if (!title) return 'NONE';
  if (/new (skills )?group/i.test(title)) return 'NEW';
  // "Add Vue.js to skills (Front-end (25+ years))": the group's name may hold parentheses of its own.
  return /^Add .+? to skills \((.*)\)\s*$/.exec(title)?.[1] ?? 'NONE';
}

/**
 * "Java → Back End | NEW" accepts either group. A technology a reader named otherwise than the vocabulary does
 * ("Hadoop → NEW" for Apache Hadoop) is the same technology. A name marked with the word after it ("Rest API →
 * REST" where the reader marked "Rest → REST", or the reverse) or without the vendor before it ("Sagemaker" of "AWS
 * Sagemaker") is the same advice at the same place.
 */
export function matches(label: string, line: string, code?: Code): boolean {
  if (label === line) return true;
  const [written, groups] = label.split(' → ');
  if (code === TechCodes.techName) {
    const [given = '', names = ''] = line.split(' → ');
    if (names.split(' | ').includes(groups!) && new RegExp(`^${escape(written!)}\\b`).test(given)) return true;
    // The reader marked the name with a word of its product after it ("Beaglebone Black → BeagleBone Black" where
    // "Beaglebone" is written "BeagleBone"): the same fix at the same place.
    const rest = written!.startsWith(`${given} `) ? written!.slice(given.length) : undefined;
    if (rest !== undefined && names.split(' | ').some((name) => `${name}${rest}` === groups)) return true;
    // The reader marked the name with its version after it ("React-Native 0.59 → React Native" where the advice is
    // "React-Native → React Native"): the same fix at the same place.
    if (rest !== undefined && /^ v?\d[\w.]*$/.test(rest) && names.split(' | ').includes(groups!)) return true;
    // The other way round: the reader marked the name without the word of its product after it ("Gitlab → GitLab" where
    // the advice is "Gitlab CI/CD → GitLab CI/CD"): the same fix at the same place.
    const more = given.startsWith(`${written} `) ? given.slice(written!.length) : undefined;
    if (more !== undefined && names.split(' | ').some((name) => name === `${groups}${more}`)) return true;
    // The reader marked the name without the vendor before it ("Sagemaker → Amazon SageMaker" where "AWS Sagemaker" is
    // written): the same fix at the same place.
    if (given.endsWith(` ${written}`) && names.split(' | ').includes(groups!)) return true;
    // The reader wrote the right name as the vocabulary accepts it, not as it names it ("jersy → Jersey" where the fix
    // writes Eclipse Jersey): the same technology, written right either way.
    const meant = techIndex().resolve(groups!.trim());
    return given === written && meant !== undefined && (meant.status === 'canonical' || meant.status === 'short') && names.split(' | ').includes(meant.tech.name);
  }
  const tech = code === TechCodes.notInSkills ? (techIndex().resolve(written!.trim())?.tech.name ?? written) : written;
  if (groups !== undefined && groups.split(' | ').some((group) => `${tech} → ${group}` === line)) return true;
  // The reader named the database by its maker, as its resume does ("Oracle → Back end" where the advice is "Oracle
  // Database → Back end"): no company is a skill, so the same advice.
  const maker = code === TechCodes.notInSkills ? techIndex().resolve(written!.trim())?.tech : undefined;
  const [offered = ''] = line.split(' → ');
  return maker?.category === 'company' && offered.startsWith(`${maker.name} `) && techIndex().byName(offered)?.category === 'database' && groups!.split(' | ').some((group) => line === `${offered} → ${group}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function judgedFiles(): string[] {
  return readdirSync(JUDGED).filter((name) => name.endsWith('.judged.yaml')).sort();
}

/** The labels of one set, or of all. */
export function labels(set?: JudgedSet): Labels {
  const files = set ? [JUDGED_SETS[set]] : Object.values(JUDGED_SETS);
  return Object.assign({}, ...files.map((file) => parse(readFileSync(join(JUDGED, file), 'utf8')) as Labels)) as Labels;
}

export interface Score {
  given: number;
  right: number;
  expected: number;
  wrong: string[];
  missed: string[];
}

/** Precision and recall per code over the judged files of one set, or of all. */
export function score(set?: JudgedSet): Record<Code, Score> {
  const all = labels(set);
  const advice = new Map<string, Record<Code, string[]>>();
  const given = (file: string): Record<Code, string[]> => advice.get(file) ?? advice.set(file, adviceOn(file)).get(file)!;
  return tally(
    judgedFiles().filter((name) => name in all),
    (file, code) => all[file]?.[code] ?? [],
    (file, code) => given(file)[code],
    matches,
  );
}

/** Each given line against the expected ones of its file and code: right (each expected line once), wrong, missed. */
function tally(files: readonly string[], expectedOf: (file: string, code: Code) => readonly string[], givenOf: (file: string, code: Code) => readonly string[], agree: (label: string, line: string, code: Code) => boolean): Record<Code, Score> {
  const scores = Object.fromEntries(JUDGED_CODES.map((code) => [code, { given: 0, right: 0, expected: 0, wrong: [], missed: [] } as Score])) as Record<Code, Score>;
  for (const file of files) {
    for (const code of JUDGED_CODES) {
      const expected = expectedOf(file, code).map(String);
      const s = scores[code];
      s.expected += expected.length;
      for (const line of givenOf(file, code).map(String)) {
        s.given++;
        const at = expected.findIndex((label) => agree(label, line, code));
        if (at >= 0) {
          s.right++;
          expected.splice(at, 1);
        } else s.wrong.push(`${file}: ${line}`);
      }
      s.missed.push(...expected.map((line) => `${file}: ${line}`));
    }
  }
  return scores;
}

const pct = (part: number, whole: number): string => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(0)}%`);

/** The table docs/rules/false-alarms.md shows. */
export function table(scores: Record<Code, Score>): string {
  const rows = JUDGED_CODES.map((code) => {
    const s = scores[code];
    return `| \`${code}\` | ${s.given} | ${s.right} | ${pct(s.right, s.given)} | ${s.expected} | ${pct(s.right, s.expected)} |`;
  });
  const total = JUDGED_CODES.reduce((sum, code) => ({ given: sum.given + scores[code].given, right: sum.right + scores[code].right, expected: sum.expected + scores[code].expected }), { given: 0, right: 0, expected: 0 });
  rows.push(`| all | ${total.given} | ${total.right} | ${pct(total.right, total.given)} | ${total.expected} | ${pct(total.right, total.expected)} |`);
  return ['| code | given | right | precision | expected | recall |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The sets a second reader labelled again, blind (test/fixtures/judged/second-reader/), in the order of JUDGED_SETS. */
export function setsReadTwice(): JudgedSet[] {
  return (Object.keys(JUDGED_SETS) as JudgedSet[]).filter((set) => existsSync(join(JUDGED, 'second-reader', JUDGED_SETS[set])));
}

/** Both readers' labels of the sets read twice: the first's of the whole sets, the second's of the files that reader labelled. */
function readTwice(sets: readonly JudgedSet[]): { first: Labels; second: Labels } {
  const first = Object.assign({}, ...sets.map((set) => labels(set))) as Labels;
  const second = Object.assign({}, ...sets.map((set) => parse(readFileSync(join(JUDGED, 'second-reader', JUDGED_SETS[set]), 'utf8')) as Labels)) as Labels;
  return { first, second };
}

/**
 * How often a second reader, labelling the same resumes blind, agrees with the first: the second's lines scored as if
 * they were advice, so precision and recall read as the engine's do. Over the files the second reader labelled.
 */
export function agreement(sets: readonly JudgedSet[]): Record<Code, Score> {
  const { first, second } = readTwice(sets);
  // Either reader may accept more than one group: they agree when one group is in both.
  const agree = (label: string, line: string, code: Code): boolean => {
    const [tech, groups = ''] = line.split(' → ');
    return groups.split(' | ').some((group) => matches(label, group ? `${tech} → ${group}` : line, code));
  };
  return tally(Object.keys(second), (file, code) => first[file]?.[code] ?? [], (file, code) => second[file]?.[code] ?? [], agree);
}

/** The engine's advice scored against the first reader on the same files as `agreement`, to set the two side by side. */
export function scoreReadTwice(sets: readonly JudgedSet[]): Record<Code, Score> {
  const { first, second } = readTwice(sets);
  return tally(Object.keys(second), (file, code) => first[file]?.[code] ?? [], (file, code) => adviceOn(file)[code], matches);
}

type Verdict = 'agree' | 'disagree';
type Verdicts = Record<string, Partial<Record<Verdict, Partial<Record<Code, string[]>>>>>;

export const VERDICTS = join(JUDGED, 'verdicts');

/** The sets whose advice a reader judged as shown (test/fixtures/judged/verdicts/, named as the set's labels). */
export function setsWithVerdicts(): JudgedSet[] {
  const files = new Set(readdirSync(VERDICTS));
  return (Object.keys(JUDGED_SETS) as JudgedSet[]).filter((set) => files.has(JUDGED_SETS[set]));
}

export interface Judged {
  given: number;
  agreed: number;
  disagreed: number;
  /** Advice the engine gives now that no verdict covers: it changed after the reader judged it. */
  unjudged: number;
  disagreements: string[];
}

/**
 * A set's verdicts: the reader's on the advice shown when it was labelled, and, in `verdicts/later/` (then
 * `later-2/`, one folder a round), other readers' on advice the engine came to give after (each file's verdicts for
 * each code, merged).
 */
function verdictsOf(set: JudgedSet): Verdicts {
  const merged: Verdicts = {};
  const rounds = readdirSync(VERDICTS).filter((name) => /^later(?:-\d+)?$/.test(name)).sort();
  for (const path of [join(VERDICTS, JUDGED_SETS[set]), ...rounds.map((round) => join(VERDICTS, round, JUDGED_SETS[set]))]) {
    if (!existsSync(path)) continue;
    for (const [file, judged] of Object.entries(parse(readFileSync(path, 'utf8')) as Verdicts)) {
      const into = (merged[file] ??= {});
      for (const verdict of ['agree', 'disagree'] as const) {
        for (const [code, lines] of Object.entries(judged[verdict] ?? {}) as Array<[Code, string[]]>) ((into[verdict] ??= {})[code] ??= []).push(...lines.map(String));
      }
    }
  }
  return merged;
}

/**
 * Each piece of advice the engine gives now on a set's files, with the verdict it takes: the next unused one of its
 * file and code, agree or disagree, or none (advice that changed after the reader judged it).
 */
export function adviceWithVerdicts(set: JudgedSet): Array<{ file: string; advice: PlacedAdvice; verdict: Verdict | undefined }> {
  const out: Array<{ file: string; advice: PlacedAdvice; verdict: Verdict | undefined }> = [];
  for (const [file, judged] of Object.entries(verdictsOf(set))) {
    const left = Object.fromEntries(JUDGED_CODES.map((code) => [code, { agree: [...(judged.agree?.[code] ?? [])], disagree: [...(judged.disagree?.[code] ?? [])] }])) as Record<Code, Record<Verdict, string[]>>;
    for (const advice of placedAdviceOn(file)) {
      const kinds = left[advice.code];
      const verdict = (['agree', 'disagree'] as const).find((kind) => kinds[kind].includes(advice.line));
      if (verdict) kinds[verdict].splice(kinds[verdict].indexOf(advice.line), 1);
      out.push({ file, advice, verdict });
    }
  }
  return out;
}

/**
 * The engine's advice now against a reader's verdicts on the advice as it was shown to them. Precision as a person
 * judges what they see, which is how the issue measured it; recall stays with the blind labels.
 */
export function judgedAdvice(sets: readonly JudgedSet[] = setsWithVerdicts()): Record<Code, Judged> {
  const out = Object.fromEntries(JUDGED_CODES.map((code) => [code, { given: 0, agreed: 0, disagreed: 0, unjudged: 0, disagreements: [] } as Judged])) as Record<Code, Judged>;
  for (const set of sets) {
    for (const { file, advice, verdict } of adviceWithVerdicts(set)) {
      const s = out[advice.code];
      s.given++;
      if (verdict === 'agree') s.agreed++;
      else if (verdict === 'disagree') {
        s.disagreed++;
        s.disagreements.push(`${file}: ${advice.line}`);
      } else s.unjudged++;
    }
  }
  return out;
}

/** The table of advice judged as shown: agreed of judged, per code. */
export function judgedTable(judged: Record<Code, Judged>): string {
  const rows = JUDGED_CODES.map((code) => {
    const s = judged[code];
    return `| \`${code}\` | ${s.given} | ${s.agreed} | ${s.disagreed} | ${s.unjudged} | ${pct(s.agreed, s.agreed + s.disagreed)} |`;
  });
  const sum = (key: 'given' | 'agreed' | 'disagreed' | 'unjudged'): number => JUDGED_CODES.reduce((total, code) => total + judged[code][key], 0);
  rows.push(`| all | ${sum('given')} | ${sum('agreed')} | ${sum('disagreed')} | ${sum('unjudged')} | ${pct(sum('agreed'), sum('agreed') + sum('disagreed'))} |`);
  return ['| code | given | agreed | disagreed | not judged | precision as judged |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
