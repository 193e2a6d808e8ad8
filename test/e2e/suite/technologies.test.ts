import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, diagnosticsWhere, openFixture, openUntitled, poll, removeScratch, vitaeApi, within, writeScratchFile } from './helpers';

const RESUME = [
  'basics:',
  '  name: Ada Okafor',
  'work:',
  '  - name: Northwind',
  '    highlights:',
  '      - Moved 40 services to Terraform-managed clusters on Kubernetes, cutting hosting costs 35%.',
  'skills:',
  '  # the tools I reach for',
  '  - name: Cloud',
  '    keywords:',
  '      - Docker',
  '      - Javascript',
  '',
];

async function quickFix(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: string): Promise<vscode.CodeAction> {
  const actions = await within(
    vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value),
    'code actions',
  );
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action?.edit, `expected "${title}" among: ${actions.map((a) => a.title).join(', ')}`);
  return action;
}

describe('Technologies', () => {
  before(vitaeApi);
  afterEach(closeAllEditors);
  after(removeScratch);

  it('offers Kubernetes for "Kube" typed in a keywords list, and accepting it inserts it', async () => {
    // A file of its own rather than an untitled editor: `Untitled-1` may still be closing from the suite before.
    await writeScratchFile('kube.resume.yaml', ['skills:', '  - name: Cloud', '    keywords:', '      - Docker', '      - ']);
    const editor = await openFixture('.tmp-e2e/kube.resume.yaml');
    const document = editor.document;
    editor.selection = new vscode.Selection(4, 8, 4, 8);
    await vscode.commands.executeCommand('type', { text: 'Kube' });
    assert.equal(document.lineAt(4).text, '      - Kube');

    const list = await within(
      vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(4, 12)),
      'completion items',
    );
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.equal(labels[0], 'Kubernetes', `first of ${labels.slice(0, 5).join(', ')}`);

    // As a user does: Ctrl+Space, then Enter on the first suggestion. The suggest widget announces nothing when it
    // opens, so accepting is retried until the text changes.
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await poll(() => {
      if (document.lineAt(4).text === '      - Kubernetes') return true;
      void vscode.commands.executeCommand('acceptSelectedSuggestion');
      return undefined;
    }, 'the accepted suggestion to replace "Kube" with "Kubernetes"');
  });

  it('offers Docker for "Dock" typed inside a keyword\'s parentheses, and accepting it writes only that name', async () => {
    await writeScratchFile('paren.resume.yaml', ['skills:', '  - name: Platform', '    keywords:', '      - Go', '      - ']);
    const editor = await openFixture('.tmp-e2e/paren.resume.yaml');
    const document = editor.document;
    editor.selection = new vscode.Selection(4, 8, 4, 8);
    await vscode.commands.executeCommand('type', { text: 'Containers (Dock' });
    // The editor may close the parenthesis as it is typed.
    assert.match(document.lineAt(4).text, /^ {6}- Containers \(Dock\)?$/);
    const list = await within(
      vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(4, 24)),
      'completion items',
    );
    // Vitae's item (with its category), not a word the editor saw in another document.
    const first = list.items[0]!;
    assert.equal(typeof first.label === 'string' ? first.label : first.label.label, 'Docker');
    assert.ok(first.detail, 'the suggestion says its category');
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await poll(() => {
      if (/^ {6}- Containers \(Docker\)?$/.test(document.lineAt(4).text)) return true;
      void vscode.commands.executeCommand('acceptSelectedSuggestion');
      return undefined;
    }, 'the accepted suggestion to replace "Dock" with "Docker" inside the parentheses');
  });

  it('underlines "Javascript" as tech-name, and the quick fix writes JavaScript', async () => {
    const { document } = await openUntitled('resume-yaml', RESUME);
    const found = await diagnosticsWhere(document.uri, (all) => all.some((d) => codeOf(d) === 'tech-name'), 'the tech-name diagnostic');
    const techName = found.find((d) => codeOf(d) === 'tech-name')!;
    assert.equal(document.getText(techName.range), 'Javascript');
    assert.equal(techName.severity, vscode.DiagnosticSeverity.Information);

    const fix = await quickFix(document.uri, techName, 'Change to JavaScript');
    assert.equal(await vscode.workspace.applyEdit(fix.edit!), true);
    assert.equal(document.lineAt(11).text, '      - JavaScript');
    await diagnosticsWhere(document.uri, (all) => !all.some((d) => codeOf(d) === 'tech-name'), 'the tech-name diagnostic to go away');
  });

  it('adds a technology named in a bullet to the skills with "Add Kubernetes to skills"', async () => {
    const { document } = await openUntitled('resume-yaml', RESUME);
    const found = await diagnosticsWhere(document.uri, (all) => all.some((d) => codeOf(d) === 'tech-not-in-skills'), 'the tech-not-in-skills diagnostic');
    const missing = found.find((d) => codeOf(d) === 'tech-not-in-skills' && document.getText(d.range) === 'Kubernetes');
    assert.ok(missing, `Kubernetes is reported: ${found.map((d) => document.getText(d.range)).join(', ')}`);

    const fix = await quickFix(document.uri, missing, 'Add Kubernetes to skills (Cloud)');
    assert.equal(await vscode.workspace.applyEdit(fix.edit!), true);
    assert.deepEqual(document.getText().split('\n').slice(7), ['  # the tools I reach for', '  - name: Cloud', '    keywords:', '      - Docker', '      - Javascript', '      - Kubernetes', '']);
    await diagnosticsWhere(
      document.uri,
      (all) => !all.some((d) => codeOf(d) === 'tech-not-in-skills' && document.getText(d.range) === 'Kubernetes'),
      'Kubernetes to count as listed',
    );
  });
});
