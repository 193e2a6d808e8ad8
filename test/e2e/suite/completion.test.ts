import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openUntitled, vitaeApi, within } from './helpers';

async function completionLabels(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await within(
    vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position),
    'completion items',
  );
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

describe('Completion', () => {
  before(vitaeApi);
  afterEach(closeAllEditors);

  it('offers the keys of "basics" that are not written yet', async () => {
    const { document } = await openUntitled('resume-yaml', [
      'basics:',
      '  name: Ada Okafor',
      '  ',
    ]);
    const labels = await completionLabels(document, new vscode.Position(2, 2));

    for (const key of ['label', 'email', 'phone', 'url', 'summary', 'location', 'profiles']) {
      assert.ok(labels.includes(key), `expected "${key}" among ${labels.join(', ')}`);
    }
    assert.ok(!labels.includes('name'), '"name" is already there and should not be offered again');
  });

  it('offers the sections of a resume at the top level', async () => {
    const { document } = await openUntitled('resume-yaml', ['basics:', '  name: Ada Okafor', '']);
    const labels = await completionLabels(document, new vscode.Position(2, 0));

    for (const section of ['work', 'education', 'skills', 'projects', 'languages']) {
      assert.ok(labels.includes(section), `expected "${section}" among ${labels.join(', ')}`);
    }
  });
});
