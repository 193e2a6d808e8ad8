import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VitaeApi } from '../../../client/src/api';
import { closeAllEditors, codeOf, diagnosticsWhere, removeScratch, scratchUri, until, vitaeApi, within, setVitaeSetting, fixtureUri } from './helpers';

const POSTING = [
  'Senior Backend Engineer – Acme',
  '',
  'Requirements',
  '• 5+ years of experience building backend services',
  '• Strong Python and PostgreSQL',
  '• Experience with Kubernetes and Kafka',
  '',
  'Nice to have',
  '• Terraform',
  '• GraphQL',
].join('\n');


/** The job-term diagnostic on the posting's word `term`, as `code`, or undefined. */
function codeOfTerm(diagnostics: readonly vscode.Diagnostic[], document: vscode.TextDocument, term: string): string | undefined {
  const found = diagnostics.find((d) => document.getText(d.range) === term && codeOf(d).startsWith('job-term'));
  return found && codeOf(found);
}

describe('Job match in the editor', () => {
  let api: VitaeApi;
  before(async () => {
    api = await vitaeApi();
  });
  afterEach(closeAllEditors);
  after(removeScratch);

  it('pastes a posting beside the resume, marks its terms, scores it, and follows an edit to a bullet', async function () {
    // The first test of the run to open the preview: a cold webview may take most of its own 30 s wait, so the test
    // allows for it and a step that hangs says which it was.
    this.timeout(60_000);
    const folder = scratchUri('jobmatch');
    await vscode.workspace.fs.createDirectory(folder);
    const resumeUri = vscode.Uri.joinPath(folder, 'resume.yaml');
    // The resume the protocol suite matches too.
    await vscode.workspace.fs.writeFile(resumeUri, await vscode.workspace.fs.readFile(fixtureUri('job-match/ledgerly.yaml')));
    const resume = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(resumeUri));

    await vscode.env.clipboard.writeText(POSTING);
    const created = await within(vscode.commands.executeCommand<vscode.Uri>('vitae.matchJob'), 'Match Against a Job Posting…');
    assert.equal(created.path, vscode.Uri.joinPath(folder, 'senior-backend-engineer-acme.job.md').path);
    const job = await vscode.workspace.openTextDocument(created);
    assert.equal(job.languageId, 'markdown', 'a job file keeps its own language');
    assert.equal(job.getText(), `${POSTING}\n`);

    const marked = await diagnosticsWhere(job.uri, (all) => codeOfTerm(all, job, 'Kafka') !== undefined, 'the terms of the posting to be marked');
    assert.equal(codeOfTerm(marked, job, 'Python'), 'job-term-covered');
    assert.equal(codeOfTerm(marked, job, 'PostgreSQL'), 'job-term-covered');
    assert.equal(codeOfTerm(marked, job, 'Kubernetes'), 'job-term-listed');
    assert.equal(codeOfTerm(marked, job, 'Kafka'), 'job-term-missing');
    assert.equal(codeOfTerm(marked, job, 'Terraform'), 'job-term-missing');

    const lenses = await within(vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', job.uri), 'the code lens');
    assert.equal(lenses.length, 1);
    assert.match(lenses[0]!.command?.title ?? '', /^Required: 3 of 4 covered · Preferred: 0 of 2 · Score \d+ \(resume\.yaml\)$/);

    // The resume's status bar names the job file and its score.
    await vscode.window.showTextDocument(resume.document);
    const status = await until(api.onDidChangeJobStatus, () => api.jobStatusText()?.match(/^\$\(briefcase\) (\d+) senior-backend-engineer-acme\.job\.md$/) ?? undefined, 'the job status bar item');
    const scoreBefore = Number(status[1]);

    // Name Kafka in a bullet: the job file's Kafka turns covered, the score goes up.
    const line = resume.document.lineAt(8).text;
    await resume.edit((edit) => edit.insert(new vscode.Position(8, line.length - 1), ' fed by Kafka'));
    const after = await diagnosticsWhere(job.uri, (all) => codeOfTerm(all, job, 'Kafka') === 'job-term-covered', 'Kafka to turn covered');
    assert.equal(codeOfTerm(after, job, 'Terraform'), 'job-term-missing');
    const rescored = await until(api.onDidChangeJobStatus, () => {
      const score = Number(api.jobStatusText()?.match(/^\$\(briefcase\) (\d+) /)?.[1]);
      return score > scoreBefore ? score : undefined;
    }, 'the score to go up');
    assert.ok(rescored > scoreBefore);
    const relensed = await within(vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', job.uri), 'the code lens');
    assert.match(relensed[0]!.command?.title ?? '', /^Required: 4 of 4 covered/);

    // Toggle Job Terms in Preview: the resume's preview marks the posting's terms where the resume shows them.
    await vscode.window.showTextDocument(resume.document);
    await vscode.commands.executeCommand('vitae.showPreviewToSide');
    await vscode.commands.executeCommand('vitae.toggleJobTerms');
    try {
      const painted = await until(api.preview.onDidPaint, () => {
        const paint = api.preview.lastPaint(resumeUri);
        return paint?.jobTerms !== undefined && paint.jobTerms >= 3 ? paint : undefined;
      }, 'the job terms marked in the preview', 30_000);
      assert.ok(painted.jobTerms! >= 3, `${painted.jobTerms} terms marked`);
    } finally {
      await setVitaeSetting('preview.jobTerms', undefined);
    }
  });
});
