import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientCapabilities, CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { Server } from './harness';

const ROOT = join(__dirname, '..', '..');
const URI = 'file:///home/dev/resume.yaml';
const TEXT = 'basics:\n  email: nope\n';
const diagnosticsCapabilities: ClientCapabilities = { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true } } };

/** A server initialized with `extra`, with TEXT open; its diagnostics and its code actions on the email. */
async function session(server: Server, extra: Parameters<Server['initialize']>[0]): Promise<{ diagnostics: Diagnostic[]; actions: CodeAction[] }> {
  await server.initialize(extra);
  const published = server.diagnostics(URI, 1);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version: 1, text: TEXT } });
  const diagnostics = await published;
  const actions = (await server.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI },
    range: diagnostics[0]!.range,
    context: { diagnostics },
  })) as CodeAction[];
  return { diagnostics, actions };
}

describe('rule pages from the language server, offline', () => {
  let server: Server;
  afterEach(async () => {
    if (server.child.exitCode === null) await server.stop();
  });

  it('links each diagnostic to its page on this machine when the client shows codeDescription', async () => {
    server = new Server();
    const { diagnostics } = await session(server, { capabilities: diagnosticsCapabilities });
    const href = diagnostics[0]!.codeDescription?.href ?? '';
    assert.ok(href.startsWith('file:'), href);
    assert.equal(fileURLToPath(href), join(ROOT, 'docs', 'rules', 'invalid-email.md'));
    assert.ok(existsSync(fileURLToPath(href)));
  });

  it('sends no codeDescription to a client that does not announce it', async () => {
    server = new Server();
    const { diagnostics } = await session(server, {});
    assert.equal(diagnostics[0]!.codeDescription, undefined);
  });

  it("ends the quick fixes with \"Learn about <code>\" running the client's command (VS Code's vitae.showRuleDoc)", async () => {
    server = new Server();
    const { actions } = await session(server, { initializationOptions: { ruleDocCommand: 'vitae.showRuleDoc' } });
    const learn = actions.at(-1)!;
    assert.equal(learn.title, 'Learn about invalid-email');
    assert.equal(learn.kind, 'quickfix');
    assert.deepEqual(learn.command, { title: 'Learn about invalid-email', command: 'vitae.showRuleDoc', arguments: ['invalid-email'] });
    assert.equal(learn.edit, undefined);
  });

  it('opens the page through window/showDocument for a client without its own command', async () => {
    server = new Server();
    const shown: unknown[] = [];
    server.connection.onRequest('window/showDocument', (params: unknown) => {
      shown.push(params);
      return { success: true };
    });
    const result = await server.initialize({ capabilities: { ...diagnosticsCapabilities, window: { showDocument: { support: true } } } });
    assert.deepEqual(result.capabilities.executeCommandProvider, { commands: ['vitae.openRuleDoc'] });
    await server.connection.sendRequest('workspace/executeCommand', { command: 'vitae.openRuleDoc', arguments: ['bullet-no-metric'] });
    assert.equal(shown.length, 1);
    const { uri, takeFocus } = shown[0] as { uri: string; takeFocus: boolean };
    assert.equal(fileURLToPath(uri), join(ROOT, 'docs', 'rules', 'bullet-no-metric.md'));
    assert.equal(takeFocus, true);
    // Only Vitae's own codes: nothing else on the disk is opened.
    await server.connection.sendRequest('workspace/executeCommand', { command: 'vitae.openRuleDoc', arguments: ['../../package'] });
    assert.equal(shown.length, 1);
  });

  it('offers no "Learn about" to a client that could not open the page', async () => {
    server = new Server();
    const { actions } = await session(server, {});
    assert.ok(!actions.some((action) => action.title.startsWith('Learn about')));
  });
});
