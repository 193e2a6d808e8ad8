import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, Diagnostic, Hover } from 'vscode-languageserver-protocol/node';
import { JOB_MATCH_REQUEST, type JobMatchResult } from '../../server/src/protocol';
import { joinLines } from '../helpers/text';
import { start, type Server } from './harness';

const JOB = joinLines(
  '# Senior Backend Engineer — Acme',
  '',
  '## Requirements',
  '- 5+ years of experience building backend services',
  '- Strong Python and PostgreSQL',
  '- Experience with Kubernetes and Kafka',
  '',
  '## Nice to have',
  '- Terraform',
  '- GraphQL',
  '',
);

/** The resume both job-match suites use (a fixture, not a resume file name: `vitae lint test/fixtures` skips it). */
const RESUME = readFileSync(join(__dirname, '..', 'fixtures', 'job-match', 'ledgerly.yaml'), 'utf8');

/** A diagnostic's message as text (LSP 3.18 also allows Markdown). */
const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

/** `line:character-character code` of each diagnostic (1-based lines, as an editor shows them), in order. */
const described = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character}-${d.range.end.character} ${String(d.code)}`);

/** Where `word` is in the job text, as `line:start-end` (1-based line). */
function at(text: string, word: string, line: number): string {
  const character = text.split('\n')[line - 1]!.indexOf(word);
  assert.ok(character >= 0, `${word} on line ${line}`);
  return `${line}:${character}-${character + word.length}`;
}

describe('job files in the language server', () => {
  let root: string;
  let server: Server | undefined;
  const uriOf = (name: string): string => pathToFileURL(join(root, name)).href;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'vitae-job-'));
    mkdirSync(join(root, '.git'));
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it('marks each term of a posting covered, listed only or missing against the resume on disk beside it, with the code lens', async () => {
    writeFileSync(join(root, 'resume.yaml'), RESUME);
    server = await start();
    const job = uriOf('acme.job.md');
    const diagnostics = await server.open(job, JOB, { languageId: 'markdown' });
    const terms = diagnostics.filter((d) => String(d.code).startsWith('job-term'));
    assert.deepEqual(described(terms), [
      `${at(JOB, 'Python', 5)} job-term-covered`,
      `${at(JOB, 'PostgreSQL', 5)} job-term-covered`,
      `${at(JOB, 'Kubernetes', 6)} job-term-listed`,
      `${at(JOB, 'Kafka', 6)} job-term-missing`,
      `${at(JOB, 'Terraform', 9)} job-term-missing`,
      `${at(JOB, 'GraphQL', 10)} job-term-missing`,
    ]);
    assert.deepEqual(terms.map((d) => d.severity), [4, 4, 3, 3, 3, 3]);
    assert.equal(messageOf(terms[3]!), 'Kafka (Apache Kafka), required: not in your resume.');
    assert.ok(diagnostics.every((d) => d.source === 'vitae'));

    const lenses = (await server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: job } })) as CodeLens[];
    assert.equal(lenses.length, 1);
    assert.deepEqual(lenses[0]!.range.start, { line: 0, character: 0 });
    assert.match(lenses[0]!.command!.title, /^Required: 3 of 4 covered · Preferred: 0 of 2 · Score \d+ \(resume\.yaml\)$/);

    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: job }, position: { line: 4, character: 10 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /^\*\*Python\*\* · required · covered/);
    assert.ok(value.includes(`](${uriOf('resume.yaml')}#L8,38) bullet: Built the billing service in Python`), value);
  });

  it('turns a missing term covered when a resume bullet is edited to name it, and re-publishes the job file at once', async () => {
    server = await start();
    const resume = uriOf('resume.yaml');
    writeFileSync(join(root, 'resume.yaml'), RESUME);
    await server.open(resume, RESUME);
    const job = uriOf('acme.job.md');
    const before = await server.open(job, JOB, { languageId: 'markdown' });
    assert.equal(before.find((d) => d.range.start.line === 5 && messageOf(d).startsWith('Kafka'))?.code, 'job-term-missing');

    const republished = server.diagnostics(job);
    const line = '      - Cut p99 latency by 40% with a Redis cache.';
    await server.change(resume, 2, [{ range: { start: { line: 8, character: line.length - 1 }, end: { line: 8, character: line.length - 1 } }, text: ' fed by Kafka' }]);
    const after = await republished;
    assert.equal(after.find((d) => d.range.start.line === 5 && messageOf(d).startsWith('Kafka'))?.code, 'job-term-covered');

    const summary = (await server.connection.sendRequest(JOB_MATCH_REQUEST.method, { uri: resume })) as JobMatchResult;
    assert.equal(summary.job, job);
    assert.equal(summary.jobName, 'acme.job.md');
    assert.deepEqual(summary.required, { covered: 4, total: 4 });

    // For the preview's job terms: where the resume (version 2, as edited) shows what the posting asks for.
    assert.equal(summary.resumeVersion, 2);
    const text = RESUME.split('\n').map((l, i) => (i === 8 ? `${l.slice(0, -1)} fed by Kafka.` : l)).join('\n');
    const shown = (summary.marks ?? []).map((mark) => `${text.slice(mark.start, mark.end)} (${mark.need})`);
    assert.ok(shown.includes('Kafka (required)'), shown.join(', '));
    assert.ok(shown.includes('Python (required)'), shown.join(', '));
  });

  it('hints in the resume at a required term only its skills list, while the job file is open', async () => {
    server = await start();
    const resume = uriOf('resume.yaml');
    writeFileSync(join(root, 'resume.yaml'), RESUME);
    const alone = await server.open(resume, RESUME);
    assert.equal(alone.filter((d) => d.code === 'job-listed-only').length, 0);
    const hinted = server.diagnostics(resume);
    await server.open(uriOf('acme.job.md'), JOB, { languageId: 'markdown' });
    const hints = (await hinted).filter((d) => d.code === 'job-listed-only');
    const skills = RESUME.split('\n')[11]!;
    assert.deepEqual(described(hints), [`12:${skills.indexOf('Kubernetes')}-${skills.indexOf('Kubernetes') + 'Kubernetes'.length} job-listed-only`]);
    assert.equal(hints[0]!.severity, 4);
  });

  it('offers "Add … to skills" in the job file only for a term a bullet shows, editing the resume', async () => {
    const resumeText = RESUME.replace('[Python, PostgreSQL, Kubernetes]', '[Python, Kubernetes]');
    writeFileSync(join(root, 'resume.yaml'), resumeText);
    server = await start();
    const job = uriOf('acme.job.md');
    const diagnostics = await server.open(job, JOB, { languageId: 'markdown' });
    const postgres = diagnostics.find((d) => messageOf(d).startsWith('PostgreSQL'))!;
    const kafka = diagnostics.find((d) => messageOf(d).startsWith('Kafka'))!;
    const actionsFor = async (diagnostic: Diagnostic): Promise<CodeAction[]> =>
      (await server!.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: job }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    const fixes = await actionsFor(postgres);
    // The resume's own tech-not-in-skills fix: the group a person would pick, here its "Backend" (a database is the
    // back end's, where this author listed PostgreSQL before).
    assert.deepEqual(fixes.map((a) => a.title), ['Add PostgreSQL to skills (Backend) in resume.yaml']);
    const edit = fixes[0]!.edit!.changes![uriOf('resume.yaml')]!;
    assert.deepEqual(edit, [{ range: { start: { line: 11, character: 33 }, end: { line: 11, character: 33 } }, newText: ', PostgreSQL' }]);
    assert.deepEqual(await actionsFor(kafka), []);
  });

  it('says on line 1 when there is no resume, when two share the folder, and when the file is empty, and never crashes', async () => {
    server = await start();
    const lonely = await server.open(uriOf('lonely/acme.job.txt'), JOB, { languageId: 'plaintext' });
    assert.deepEqual(described(lonely), [`1:0-${JOB.split('\n')[0]!.length} job-resume`]);
    assert.match(messageOf(lonely[0]!), /^No resume to match this posting against/);

    mkdirSync(join(root, 'two'));
    writeFileSync(join(root, 'two', 'resume.yaml'), RESUME);
    writeFileSync(join(root, 'two', 'cv.yaml'), RESUME);
    const two = await server.open(uriOf('two/job.md'), JOB, { languageId: 'markdown' });
    assert.deepEqual(two.map((d) => d.code), ['job-resume']);
    assert.match(messageOf(two[0]!), /^2 resumes in this folder \(cv\.yaml, resume\.yaml\)/);

    writeFileSync(join(root, 'resume.yaml'), RESUME);
    const empty = await server.open(uriOf('empty.job.md'), '', { languageId: 'markdown' });
    assert.deepEqual(described(empty), ['1:0-0 job-posting']);
    assert.equal(messageOf(empty[0]!), 'This job file is empty: paste the job posting here.');
    const lenses = (await server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uriOf('empty.job.md') } })) as CodeLens[];
    assert.deepEqual(lenses, []);

    // A megabyte on one line, and binary: answered, no crash, no hang.
    const huge = await server.open(uriOf('huge.job.txt'), 'Python and Kafka, '.repeat(60_000), { languageId: 'plaintext' });
    assert.ok(huge.every((d) => String(d.code).startsWith('job-')));
    const binary = await server.open(uriOf('binary.job.txt'), '\u0000\u0001PNG\u0000'.repeat(100), { languageId: 'plaintext' });
    assert.ok(binary.every((d) => String(d.code).startsWith('job-')));
    assert.equal(server.child.exitCode, null);
  });

  it('follows a resume: line in a YAML job file, and gives job files none of a resume\'s diagnostics', async () => {
    mkdirSync(join(root, 'me'));
    writeFileSync(join(root, 'me', 'cv.yaml'), RESUME);
    server = await start();
    const text = joinLines('resume: me/cv.yaml', 'title: Backend Engineer', 'skills:', '  - name: Backend', '    keywords: [Python, Kafka]', '');
    const diagnostics = await server.open(uriOf('acme.job.yaml'), text, { languageId: 'yaml' });
    assert.ok(diagnostics.every((d) => String(d.code).startsWith('job-')), described(diagnostics).join('\n'));
    assert.deepEqual(diagnostics.filter((d) => String(d.code).startsWith('job-term')).map((d) => `${messageOf(d).split(',')[0]} ${String(d.code)}`), ['Python job-term-covered', 'Kafka (Apache Kafka) job-term-missing']);
    const lenses = (await server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uriOf('acme.job.yaml') } })) as CodeLens[];
    assert.match(lenses[0]!.command!.title, /\(cv\.yaml\)$/);
  });
});
