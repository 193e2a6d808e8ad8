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

  it('fixes with the editor\'s "Fix All" every problem that needs no choice, and leaves the rest', async () => {
    const { document } = await openUntitled('resume-yaml', [
      'basics:',
      '  url: www.samrivera.example # my site',
      '  profiles:',
      '    - network: Github',
      'work:',
      '  - name: Northwind',
      '    postion: Backend Engineer',
      '    startDate: June 2015',
      'skills:',
      '  - name: Languages',
      '    keywords: [Javascript, k8s]',
      '',
    ]);
    await diagnosticsWhere(document.uri, (all) => all.some((d) => codeOf(d) === 'invalid-url') && all.some((d) => codeOf(d) === 'tech-name'), 'the invalid-url and tech-name problems');
    await within(Promise.resolve(vscode.commands.executeCommand('editor.action.fixAll')), 'Fix All');
    await within(
      (async () => {
        while (!document.getText().includes('GitHub')) await new Promise((resolve) => setTimeout(resolve, 50));
      })(),
      'the document to be fixed',
    );
    assert.deepEqual(document.getText().split('\n'), [
      'basics:',
      '  url: https://www.samrivera.example # my site',
      '  profiles:',
      '    - network: GitHub',
      'work:',
      '  - name: Northwind',
      '    postion: Backend Engineer',
      '    startDate: 2015-06',
      'skills:',
      '  - name: Languages',
      '    keywords: [JavaScript, k8s]',
      '',
    ]);
    const left = await diagnosticsWhere(document.uri, (all) => !all.some((d) => codeOf(d) === 'invalid-url'), 'the fixed problems to go away');
    assert.ok(left.some((d) => codeOf(d) === 'unknown-key'), 'the misspelt key is a choice, left for a quick fix');
  });
});
