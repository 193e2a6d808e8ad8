import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openFixture, vitaeApi, within } from './helpers';

describe('Outline', () => {
  before(vitaeApi);
  after(closeAllEditors);

  it('lists the sections of ada.resume.yaml, and each job as "Company — Position"', async () => {
    const { document } = await openFixture('ada.resume.yaml');
    const symbols = await within(
      vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
      'the outline',
    );

    assert.deepEqual(symbols.map((symbol) => symbol.name), ['Basics', 'Work', 'Education', 'Skills', 'Languages', 'Projects']);
    const work = symbols.find((symbol) => symbol.name === 'Work');
    assert.deepEqual(work?.children.map((job) => job.name), [
      'Parcelwise — Staff Platform Engineer',
      'Ledgerly — Senior Backend Engineer',
      'Bright Labs — Software Engineer',
    ]);
    assert.equal(work?.children[0]?.range.start.line, 22, 'the first job starts on line 23');
  });
});
