import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VitaeApi } from '../../../client/src/api';
import { closeAllEditors, openFixture, PREVIEW_RESUME as RESUME, removeScratch, scratchUri, until, vitaeApi, within, writeScratchFile } from './helpers';

describe('Exports of a resume, from the editor and the preview', function () {
  this.timeout(120_000);
  let api: VitaeApi;
  before(async () => {
    api = await vitaeApi();
  });
  afterEach(closeAllEditors);
  after(removeScratch);

  it('exports the resume as a standalone HTML page and as a PDF', async () => {
    const uri = await writeScratchFile('export.resume.yaml', RESUME);
    await openFixture('.tmp-e2e/export.resume.yaml');
    const htmlTarget = scratchUri('export.html');
    const written = await within(vscode.commands.executeCommand<vscode.Uri | undefined>('vitae.exportHtml', uri, htmlTarget), 'the HTML export');
    assert.equal(written?.toString(), htmlTarget.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(htmlTarget));
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /Built the internal feature-flag service for mobile releases\./);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;|content="default-src 'none'/);
    assert.doesNotMatch(html, /data-src=|vitae-problem|<script/);

    const pdfTarget = scratchUri('export.pdf');
    const printed = await within(vscode.commands.executeCommand<vscode.Uri | undefined>('vitae.exportPdf', uri, pdfTarget), 'the PDF export', 90_000);
    assert.equal(printed?.toString(), pdfTarget.toString());
    const pdf = await vscode.workspace.fs.readFile(pdfTarget);
    assert.equal(new TextDecoder().decode(pdf.slice(0, 5)), '%PDF-');
    assert.ok(pdf.byteLength > 1000, `a PDF of ${pdf.byteLength} bytes`);
  });

  it('exports the resume as plain text, Markdown and a Word document, as the server writes them', async () => {
    const uri = await writeScratchFile('export-text.resume.yaml', RESUME);
    await openFixture('.tmp-e2e/export-text.resume.yaml');
    const exports = [['vitae.exportText', 'export.txt'], ['vitae.exportMarkdown', 'export.md'], ['vitae.exportDocx', 'export.docx']] as const;
    for (const [command, name] of exports) {
      const target = scratchUri(name);
      const written = await within(vscode.commands.executeCommand<vscode.Uri | undefined>(command, uri, target), command);
      assert.equal(written?.toString(), target.toString());
    }
    const read = async (name: string): Promise<Uint8Array> => vscode.workspace.fs.readFile(scratchUri(name));
    const text = new TextDecoder().decode(await read('export.txt'));
    assert.match(text, /^Ada Okafor\n/);
    assert.match(text, /^- Built the internal feature-flag service for mobile releases\.$/m);
    assert.match(new TextDecoder().decode(await read('export.md')), /^# Ada Okafor\n[\s\S]*^- Built the internal feature-flag service for mobile releases\.$/m);
    assert.equal(new TextDecoder().decode((await read('export.docx')).slice(0, 2)), 'PK');
  });

  it('the Open button after an export opens the file in a way this VS Code can (browser or desktop)', async () => {
    const uri = await writeScratchFile('open.resume.yaml', RESUME);
    const htmlTarget = scratchUri('open.html');
    await within(vscode.commands.executeCommand('vitae.exportHtml', uri, htmlTarget), 'the HTML export');
    const web = vscode.env.uiKind === vscode.UIKind.Web;
    const local = !web && htmlTarget.scheme === 'file';
    assert.deepEqual(api.preview.exportOpenAction(htmlTarget), local ? { label: 'Open', command: 'openExternal' } : { label: 'Open', command: 'vscode.open' });
    assert.deepEqual(api.preview.exportOpenAction(scratchUri('open.pdf')), local ? { label: 'Open', command: 'openExternal' } : { label: 'Reveal in Explorer', command: 'revealInExplorer' });
    if (local) return; // the system's browser would open: nothing this test can see
    const opened = until(vscode.window.onDidChangeActiveTextEditor, () => (vscode.window.activeTextEditor?.document.uri.toString() === htmlTarget.toString() ? true : undefined), 'the exported page in an editor');
    await api.preview.openExported(htmlTarget);
    await opened;
  });
});
