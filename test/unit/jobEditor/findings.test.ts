import { strict as assert } from 'node:assert';
import type { JobMatch, TermMatch } from '../../../server/src/core/job/types';
import { jobFileFindings, matchTitle, resumeFindings, toDiagnostics } from '../../../server/src/core/jobEditor/findings';
import { jobHover } from '../../../server/src/core/jobEditor/hover';
import { LineIndex } from '../../../server/src/core/lineIndex';
import { joinLines } from '../../helpers/text';

const JOB = joinLines('Backend Engineer', '- Python or Go', '- Postgres', '- Kubernetes', '- Kafka is a plus', '- 5+ years');
const RESUME = joinLines('work:', '  - highlights:', '      - Built the ledger in Python on PostgreSQL.', 'skills:', '  - keywords: [Kubernetes]');
const at = (word: string): { start: number; end: number } => ({ start: JOB.indexOf(word), end: JOB.indexOf(word) + word.length });
const inResume = (word: string): { start: number; end: number } => ({ start: RESUME.indexOf(word), end: RESUME.indexOf(word) + word.length });

const term = (text: string, canonical: string, extra: Partial<TermMatch>): TermMatch => ({ text, canonical, need: 'required', coverage: 'missing', evidence: [], ...at(text), ...extra });

const MATCH: JobMatch = {
  score: 71,
  terms: [
    term('Python', 'Python', { group: 1, coverage: 'covered', evidence: [{ kind: 'bullet', path: ['work', 0, 'highlights', 0], ...inResume('Python') }] }),
    term('Go', 'Go', { group: 1 }),
    term('Postgres', 'PostgreSQL', { coverage: 'covered', evidence: [{ kind: 'bullet', path: ['work', 0, 'highlights', 0], ...inResume('PostgreSQL') }] }),
    term('Kubernetes', 'Kubernetes', { coverage: 'listed', evidence: [{ kind: 'skill', path: ['skills', 0, 'keywords', 0], ...inResume('Kubernetes') }] }),
    term('Kafka', 'Apache Kafka', { need: 'preferred' }),
  ],
  requirements: [{ kind: 'years', text: '5+ years', need: 'required', ...at('5+ years') }],
  required: { covered: 2, total: 3 },
  preferred: { covered: 0, total: 1 },
  explanation: [],
};

describe('what the editor shows of a job match', () => {
  const lines = new LineIndex(JOB);
  const describe_ = (findings: ReturnType<typeof jobFileFindings>): string[] =>
    toDiagnostics(findings, lines).map((d) => `${d.range.start.line + 1}:${d.range.start.character}-${d.range.end.character} ${String(d.code)} ${d.severity}: ${d.message}`);

  it('marks each term of the job file covered, listed only or missing, and an alternative as covered by its group', () => {
    assert.deepEqual(describe_(jobFileFindings({ problems: [] }, MATCH, [0, 16])), [
      '2:2-8 job-term-covered 4: Python, required: your resume shows it (1 bullet).',
      '2:12-14 job-term-covered 4: Go, required: your resume shows Python, one of its alternatives.',
      '3:2-10 job-term-covered 4: Postgres (PostgreSQL), required: your resume shows it (1 bullet).',
      '4:2-12 job-term-listed 3: Kubernetes, required: only listed in your skills; no bullet, summary or project shows it.',
      '5:2-7 job-term-missing 3: Kafka (Apache Kafka), nice to have: not in your resume.',
      '6:2-10 job-requirement 4: Required: "5+ years" (years). Not scored: check it yourself.',
    ]);
  });

  it('puts what could not be read on the first line, and drops a code set to off', () => {
    const findings = jobFileFindings({ problems: ['The posting is binary.'] }, undefined, [0, 16]);
    assert.deepEqual(describe_(findings), ['1:0-16 job-posting 2: The posting is binary.']);
    assert.deepEqual(toDiagnostics(jobFileFindings({ problems: [] }, MATCH, [0, 16]), lines, { 'job-term-covered': 'off', 'job-requirement': 'warning' }).map((d) => `${String(d.code)} ${d.severity}`), [
      'job-term-listed 3',
      'job-term-missing 3',
      'job-requirement 2',
    ]);
  });

  it('hints in the resume at a required term only listed in skills', () => {
    const findings = resumeFindings(MATCH, 'acme.job.md');
    assert.deepEqual(findings.map((f) => [f.code, RESUME.slice(f.start, f.end), f.message]), [
      ['job-listed-only', 'Kubernetes', 'acme.job.md requires Kubernetes: it is only listed here; no bullet, summary or project shows it.'],
    ]);
  });

  it('titles the code lens with the figures and the resume', () => {
    assert.equal(matchTitle(MATCH, 'resume.yaml'), 'Required: 2 of 3 covered · Preferred: 0 of 1 · Score 71 (resume.yaml)');
    assert.equal(matchTitle({ ...MATCH, terms: [], required: { covered: 0, total: 0 }, preferred: { covered: 0, total: 0 } }, 'cv.yaml'), 'No technologies found in this posting (cv.yaml)');
  });

  it('hovers a term with the resume lines that cover it, linked to their line and column', () => {
    const resume = { uri: 'file:///home/ada/resume.yaml', name: 'resume.yaml', text: RESUME, lines: new LineIndex(RESUME) };
    const hover = jobHover(MATCH, JOB.indexOf('Postgres') + 2, lines, resume);
    assert.deepEqual(hover?.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 10 } });
    assert.equal((hover?.contents as { value: string }).value, joinLines(
      '**Postgres (PostgreSQL)** · required · covered',
      '',
      'resume.yaml shows it (1 bullet):',
      '',
      '- [resume.yaml:3](file:///home/ada/resume.yaml#L3,39) bullet: Built the ledger in Python on PostgreSQL.',
    ));
    assert.match((jobHover(MATCH, JOB.indexOf('Kafka'), lines, resume)?.contents as { value: string }).value, /^\*\*Kafka \(Apache Kafka\)\*\* · nice to have · missing\n\nNot in resume\.yaml\./);
    assert.equal(jobHover(MATCH, 3, lines, resume), null);
  });
});
