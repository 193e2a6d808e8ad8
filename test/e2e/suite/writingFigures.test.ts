import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VitaeApi } from '../../../client/src/api';
import { closeAllEditors, codeOf, diagnosticsWhere, openScratchCopy, removeScratch, until, vitaeApi, within } from './helpers';

/**
 * test/fixtures/drafts/two-roles.yaml: Northwind quantifies 2 of its 4 bullets (lines 6–9), Ledgerly 1 of its 3
 * (lines 15–17).
 */
const DRAFT = 'drafts/two-roles.yaml';
/** Where to type in line 9 ("…service for mobile releases."), so it reads "…for 30 weekly mobile releases." */
const BEFORE_MOBILE = new vscode.Position(8, '      - Built the internal feature-flag service for '.length);

const noMetricOn = (line: number) => (diagnostics: readonly vscode.Diagnostic[]) =>
  diagnostics.some((d) => codeOf(d) === 'bullet-no-metric' && d.range.start.line === line - 1);

async function lenses(uri: vscode.Uri): Promise<string[]> {
  const found = await within(vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri), 'code lenses');
  return found.map((lens) => `${lens.range.start.line + 1}: ${lens.command?.title ?? '(unresolved)'}`);
}

/** Types `text` at `position` in the active editor, as keystrokes would. */
async function typeAt(position: vscode.Position, text: string): Promise<void> {
  const editor = vscode.window.activeTextEditor!;
  editor.selection = new vscode.Selection(position, position);
  await vscode.commands.executeCommand('type', { text });
}

/** The status bar refreshes with a request to the server after diagnostics change; wait for its own event. */
function statusShows(api: VitaeApi, expected: string | undefined): Promise<true> {
  return until(api.onDidChangeWritingStatus, () => (api.writingStatusText() === expected ? true : undefined), `the status bar to show ${JSON.stringify(expected)}`);
}

describe('Quantified bullets: code lens and status bar', () => {
  let api: VitaeApi;
  before(async () => {
    api = await vitaeApi();
  });
  afterEach(closeAllEditors);
  after(removeScratch);

  it('says above each entry\'s highlights how many of its bullets state a number, and counts a number as you type it', async () => {
    const { document } = await openScratchCopy(DRAFT, 'lens.resume.yaml');
    await diagnosticsWhere(document.uri, noMetricOn(9), 'the writing diagnostics of lens.resume.yaml');

    assert.deepEqual(await lenses(document.uri), ['5: 2 of 4 bullets quantified', '14: 1 of 3 bullets quantified']);

    await typeAt(BEFORE_MOBILE, '30 weekly ');
    assert.equal(document.lineAt(8).text, '      - Built the internal feature-flag service for 30 weekly mobile releases.');
    await diagnosticsWhere(document.uri, (all) => noMetricOn(16)(all) && !noMetricOn(9)(all), 'line 9 to count as quantified');

    assert.deepEqual(await lenses(document.uri), ['5: 3 of 4 bullets quantified', '14: 1 of 3 bullets quantified']);
  });

  it('shows the resume\'s share of quantified bullets in the status bar, updates it after an edit, and hides it elsewhere', async () => {
    const { document } = await openScratchCopy(DRAFT, 'status.resume.yaml');
    await diagnosticsWhere(document.uri, noMetricOn(9), 'the writing diagnostics of status.resume.yaml');
    await statusShows(api, '$(graph) 43% quantified'); // 3 of 7

    await typeAt(BEFORE_MOBILE, '30 weekly ');
    await diagnosticsWhere(document.uri, (all) => noMetricOn(16)(all) && !noMetricOn(9)(all), 'line 9 to count as quantified');
    await statusShows(api, '$(graph) 57% quantified'); // 4 of 7

    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes\n' }));
    await statusShows(api, undefined);
  });

  it('gives a resume written in French no advice on English wording, and says so in the status bar\'s tooltip', async () => {
    const { document } = await openScratchCopy('languages/fr.yaml', 'cv.yaml');
    const diagnostics = await diagnosticsWhere(document.uri, noMetricOn(13), 'the writing diagnostics of cv.yaml');
    assert.deepEqual([...new Set(diagnostics.map(codeOf))].sort(), ['bullet-no-metric', 'entry-bullet-count', 'resume-length']);
    await statusShows(api, '$(graph) 33% quantified'); // 2 of 6
    assert.match(api.writingStatusTooltip() ?? '', /Written in French: no advice on English wording/);
  });
});
