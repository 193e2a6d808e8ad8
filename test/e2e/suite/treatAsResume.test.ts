import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, diagnosticsWhere, nextEvent, openUntitled, vitaeApi } from './helpers';

describe('"Vitae: Treat This File as a Resume"', () => {
  before(vitaeApi);
  after(closeAllEditors);

  it('turns a plain YAML file into a resume that Vitae checks', async () => {
    const { document } = await openUntitled('yaml', ['basics:', '  email: sam.rivera@example', '']);
    assert.equal(document.languageId, 'yaml');

    const reopened = nextEvent(vscode.workspace.onDidOpenTextDocument, 'the document to reopen as a resume');
    await vscode.commands.executeCommand('vitae.treatAsResume');
    assert.equal((await reopened).languageId, 'resume-yaml');

    const found = await diagnosticsWhere(document.uri, (all) => all.some((d) => codeOf(d) === 'invalid-email'), 'Vitae to check the file');
    assert.equal(found.find((d) => codeOf(d) === 'invalid-email')?.range.start.line, 1);
  });
});
