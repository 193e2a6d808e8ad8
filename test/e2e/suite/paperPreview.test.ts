import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { VitaeApi } from '../../../client/src/api';
import { closeAllEditors, fixtureUri, removeScratch, paintWhere, scratchUri, vitaeApi, within, setVitaeSetting } from './helpers';

/** Letters and digits only, lower case: how a line of the preview and a line of the PDF are compared. */
const letters = (text: string): string => text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

describe('Paper preview', function () {
  this.timeout(180_000);
  let api: VitaeApi;
  before(async () => {
    api = await vitaeApi();
    await setVitaeSetting('preview.paper', 'on');
  });
  after(async () => {
    await setVitaeSetting('preview.paper', undefined);
    await setVitaeSetting('design.paper', undefined);
    await removeScratch();
  });
  afterEach(closeAllEditors);

  it('shows the pages the PDF export writes, in A4 and Letter, and follows typing', async () => {
    const text = await vscode.workspace.fs.readFile(fixtureUri('samples/jsonresume-schema-senior-engineer.sample.yaml'));
    const uri = scratchUri('paper.resume.yaml');
    await vscode.workspace.fs.writeFile(uri, text);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('vitae.showPreviewToSide');

    for (const paper of ['A4', 'Letter'] as const) {
      await setVitaeSetting('design.paper', paper);
      const width = paper === 'A4' ? 210 : 215.9;
      const shown = await paintWhere(api, uri, (paint) => paint.pages?.fontsReady === true && Math.abs(paint.pages.widthMm - width) < 0.5, `${paper} sheets`, 60_000);
      const pages = shown.pages!;
      const target = scratchUri(`paper-${paper}.pdf`);
      await within(vscode.commands.executeCommand('vitae.exportPdf', uri, target), 'the PDF export', 90_000);
      const printed = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', target.fsPath, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
      assert.equal(pages.count, printed.length, `${paper}: the preview shows ${pages.count} pages, the PDF has ${printed.length}`);
      pages.firstLines.forEach((line, index) => {
        assert.ok(letters(printed[index]!).startsWith(letters(line).slice(0, 24)), `${paper} page ${index + 1}: the PDF starts "${printed[index]!.slice(0, 50)}", the preview "${line}"`);
      });
    }

    // A new bullet typed under the first highlights: still laid out as sheets.
    const line = [...Array(editor.document.lineCount).keys()].find((n) => editor.document.lineAt(n).text.trim() === 'highlights:')!;
    const indent = /^\s*/.exec(editor.document.lineAt(line + 1).text)![0];
    await editor.edit((edit) => edit.insert(new vscode.Position(line + 1, 0), `${indent}- Typesetting a resume so the preview and the PDF agree, page for page.\n`));
    const after = await paintWhere(api, uri, (paint) => /Typesetting/.test(paint.text) && paint.pages !== undefined, 'the typed section on the sheets', 60_000);
    assert.ok(after.pages!.count >= 1);
  });
});
