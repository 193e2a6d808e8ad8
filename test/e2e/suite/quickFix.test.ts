import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, describeDiagnostics, diagnosticsWhere, openUntitled, vitaeApi, within } from './helpers';

describe('Quick fixes', () => {
  before(vitaeApi);
  afterEach(closeAllEditors);

  it('renames a misspelt key, and the warning goes away', async () => {
    const { document } = await openUntitled('resume-yaml', [
      'work:',
      '  - name: Northwind',
      '    postion: Backend Engineer',
      '',
    ]);
    const found = await diagnosticsWhere(document.uri, (all) => all.some((d) => codeOf(d) === 'unknown-key'), 'the unknown-key warning');
    const typo = found.find((d) => codeOf(d) === 'unknown-key')!;
    assert.deepEqual(describeDiagnostics([typo]), ['3:unknown-key']);

    const actions = await within(
      vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, typo.range, vscode.CodeActionKind.QuickFix.value),
      'code actions',
    );
    const rename = actions.find((action) => action.title === 'Change to "position"');
    assert.ok(rename?.edit, `expected a "Change to "position"" fix among: ${actions.map((a) => a.title).join(', ')}`);

    assert.equal(await vscode.workspace.applyEdit(rename.edit), true);
    assert.equal(document.lineAt(2).text, '    position: Backend Engineer');
    await diagnosticsWhere(document.uri, (found) => !found.some((d) => codeOf(d) === 'unknown-key'), 'the unknown-key warning to go away');
  });
});
