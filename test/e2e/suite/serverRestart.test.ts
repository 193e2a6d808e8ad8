import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, diagnosticsWhere, nextEvent, openFixture, openUntitled, removeScratch, vitaeApi, writeScratchFile } from './helpers';

/** The extension host's log so far (`exthost.log` on the desktop, `remoteexthost.log` in the VS Code server). */
async function extensionHostLog(logUri: vscode.Uri): Promise<string> {
  const folder = vscode.Uri.joinPath(logUri, '..');
  for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
    if (type === vscode.FileType.File && /exthost\.log$/.test(name)) return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name)));
  }
  throw new Error(`no extension host log in ${folder.fsPath}`);
}

describe('When the language server crashes', () => {
  after(async () => {
    await closeAllEditors();
    await removeScratch();
  });

  it('restarts it, tells the user once, and keeps checking files', async () => {
    const api = await vitaeApi();
    const crashed = api.serverProcessId();
    assert.ok(crashed, 'the language server should be running');
    const notificationsBefore = api.notifications.length;

    const restarted = nextEvent(api.onDidStartServer, 'the language server to restart', 20_000);
    process.kill(crashed, 'SIGKILL');
    const pid = await restarted;

    assert.ok(pid && pid !== crashed, `a new server process should run (old ${crashed}, new ${pid})`);
    assert.equal(api.notifications.length, notificationsBefore + 1, `one notification, got: ${api.notifications.join(' | ')}`);
    assert.match(api.notifications.at(-1)!, /restarted/);
    assert.doesNotMatch(api.notifications.at(-1)!, /\n\s+at /, 'the notification should not be a stack trace');

    const { document } = await openUntitled('resume-yaml', ['basics:', '  email: not-an-address', '']);
    await diagnosticsWhere(document.uri, (found) => found.some((d) => codeOf(d) === 'invalid-email'), 'diagnostics from the restarted server');
  });

  it('a restart while VS Code asks for code actions logs no failed provider', async () => {
    const api = await vitaeApi();
    // A file, not an untitled editor: the next suite's untitled editor would take its name while it still closes.
    const uri = await writeScratchFile('restart.resume.yaml', ['basics:', '  email: not-an-address', '']);
    const { document } = await openFixture('.tmp-e2e/restart.resume.yaml');
    await diagnosticsWhere(uri, (found) => found.some((d) => codeOf(d) === 'invalid-email'), 'diagnostics before the restart');
    const logged = (await extensionHostLog(api.logUri)).length;
    const restarted = nextEvent(api.onDidStartServer, 'the language server to restart', 20_000);
    // As at a reload: requests on their way while the server stops.
    const asked = Array.from({ length: 6 }, (_, i) =>
      Promise.resolve(vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, new vscode.Range(1, i, 1, i + 1))).catch((error: unknown) => error));
    await vscode.commands.executeCommand('vitae.restartServer');
    await Promise.all(asked);
    await restarted;
    assert.doesNotMatch((await extensionHostLog(api.logUri)).slice(logged), /\[vitae\.vitae\] provider FAILED/);
  });
});
