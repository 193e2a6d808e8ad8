import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VitaeApi } from '../../../client/src/api';
import { closeAllEditors, codeOf, diagnosticsWhere, nextEvent, openUntitled, removeScratch, until, vitaeApi, writeScratchFile } from './helpers';

/** Opens `uri` as a user does (Explorer, Quick Open): through the workbench, not `openTextDocument`. */
async function openAsUser(uri: vscode.Uri): Promise<vscode.TextDocument> {
  await vscode.commands.executeCommand('vscode.open', uri);
  return until(vscode.window.onDidChangeActiveTextEditor, () => {
    const document = vscode.window.activeTextEditor?.document;
    return document?.uri.toString() === uri.toString() ? document : undefined;
  }, `${uri.path} in the editor`);
}

/** Closes the active editor and waits until VS Code has closed its document too. */
async function closeFile(uri: vscode.Uri): Promise<void> {
  const closed = until(vscode.workspace.onDidCloseTextDocument, () =>
    vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()) ? undefined : true, `${uri.path} to close`, 30_000);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  await closed;
}

/** The document of `uri` once it is open in `language` (the extension may switch it just after it opens). */
function openAs(uri: vscode.Uri, language: string): Promise<vscode.TextDocument> {
  return until(vscode.workspace.onDidOpenTextDocument, () =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === language), `${uri.path} open as ${language}`);
}

describe('"Vitae: Treat This File as a Resume"', () => {
  let api: VitaeApi;
  before(async () => {
    api = await vitaeApi();
  });
  after(async () => {
    await closeAllEditors();
    await removeScratch();
  });

  it('turns a plain YAML file into a resume that Vitae checks', async () => {
    const { document } = await openUntitled('yaml', ['basics:', '  email: sam.rivera@example', '']);
    assert.equal(document.languageId, 'yaml');

    const reopened = nextEvent(vscode.workspace.onDidOpenTextDocument, 'the document to reopen as a resume');
    await vscode.commands.executeCommand('vitae.treatAsResume');
    assert.equal((await reopened).languageId, 'resume-yaml');

    const found = await diagnosticsWhere(document.uri, (all) => all.some((d) => codeOf(d) === 'invalid-email'), 'Vitae to check the file');
    assert.equal(found.find((d) => codeOf(d) === 'invalid-email')?.range.start.line, 1);
  });

  it('is remembered: the file opens as a resume again after it is closed', async () => {
    const uri = await writeScratchFile('settings-like.yaml', ['basics:', '  email: sam.rivera@example', '']);
    const document = await openAsUser(uri);
    assert.equal(document.languageId, 'yaml');
    await vscode.commands.executeCommand('vitae.treatAsResume');
    await openAs(uri, 'resume-yaml');

    await closeFile(uri);
    const again = openAs(uri, 'resume-yaml');
    await openAsUser(uri);
    assert.equal((await again).languageId, 'resume-yaml');
    await diagnosticsWhere(uri, (all) => all.some((d) => codeOf(d) === 'invalid-email'), 'Vitae to check the reopened file');
  });

  it('is forgotten when the user picks another language for the file', async () => {
    const uri = await writeScratchFile('forget.yaml', ['basics:', '  name: Sam', '']);
    await openAsUser(uri);
    await vscode.commands.executeCommand('vitae.treatAsResume');
    const resume = await openAs(uri, 'resume-yaml');
    await vscode.languages.setTextDocumentLanguage(resume, 'yaml'); // what the status bar's language picker does
    await openAs(uri, 'yaml');
    // Only a remembered file is switched when it opens: forgotten, it opens as the user left it.
    await until(api.onDidChangeTreatedAsResume, () => (api.treatedAsResume().includes(uri.toString()) ? undefined : true), 'the choice to be forgotten');

    await closeFile(uri);
    const reopened = await openAsUser(uri);
    assert.equal(reopened.languageId, 'yaml');
    assert.deepEqual(api.treatedAsResume().filter((known) => known === uri.toString()), []);
  });
});
