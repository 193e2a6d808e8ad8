import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, diagnosticsWhere, openUntitled, until, vitaeApi, vitaeExtension, within } from './helpers';

/** The Markdown preview tab of a rule's page, if one is open. */
function previewOf(code: string): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview') && tab.label.includes(`${code}.md`));
}

describe('Rule pages, offline in the editor', () => {
  before(vitaeApi);
  afterEach(closeAllEditors);

  it("links each problem to its page inside the installed extension, and Learn about opens it in the Markdown preview", async () => {
    const { document } = await openUntitled('resume-yaml', ['basics:', '  email: nope', '']);
    const [email] = await diagnosticsWhere(document.uri, (all) => all.some((d) => codeOf(d) === 'invalid-email'), 'the invalid-email error');
    const code = email!.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'invalid-email');
    assert.equal(code.target.toString(), vscode.Uri.joinPath(vitaeExtension().extensionUri, 'docs', 'rules', 'invalid-email.md').toString());
    const page = await within(vscode.workspace.fs.readFile(code.target), 'the page in the extension');
    assert.match(new TextDecoder().decode(page), /^# `invalid-email`/);

    const actions = await within(
      vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, email!.range, vscode.CodeActionKind.QuickFix.value),
      'code actions',
    );
    const learn = actions.find((action) => action.title === 'Learn about invalid-email');
    assert.deepEqual(learn?.command && { command: learn.command.command, arguments: learn.command.arguments }, { command: 'vitae.showRuleDoc', arguments: ['invalid-email'] });

    await vscode.commands.executeCommand(learn!.command!.command, ...learn!.command!.arguments!);
    await until(vscode.window.tabGroups.onDidChangeTabs, () => previewOf('invalid-email'), 'the Markdown preview of invalid-email.md');
  });
});
