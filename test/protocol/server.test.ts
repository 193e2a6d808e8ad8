import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServerProcess } from './serverProcess';

const messy = readFileSync(join(__dirname, '..', 'fixtures', 'messy.resume.yaml'), 'utf8');
const URI = 'file:///home/dev/resume.yaml';

describe('the language server over stdio', () => {
  let server: ServerProcess;

  beforeEach(async () => {
    server = new ServerProcess();
    await server.initialize();
    await server.connection.sendNotification('initialized', {});
  });

  afterEach(async () => {
    if (server.child.exitCode === null) await server.stop();
  });

  it('announces what it can do', async () => {
    const fresh = new ServerProcess();
    const result = await fresh.initialize().finally(() => fresh.stop());
    assert.equal(result.serverInfo?.name, 'vitae');
    assert.deepEqual(Object.keys(result.capabilities).sort(), [
      'codeActionProvider',
      'codeLensProvider',
      'completionProvider',
      'documentSymbolProvider',
      'foldingRangeProvider',
      'hoverProvider',
      'textDocumentSync',
    ]);
  });

  it('publishes diagnostics on open and after each change', async () => {
    const opened = server.diagnostics(URI, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'resume-yaml', version: 1, text: messy } });
    const first = await opened;
    assert.ok(first.some((d) => d.code === 'unknown-key' && d.range.start.line === 11));

    const fixed = server.diagnostics(URI, 2);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 11, character: 4 }, end: { line: 11, character: 11 } }, text: 'position' }],
    });
    const second = await fixed;
    assert.ok(!second.some((d) => d.code === 'unknown-key' && d.range.start.line === 11), 'the typo is gone');
    assert.equal(second.length, first.length - 1);
  });

  it('lints any YAML document the client sends, so other editors can use it', async () => {
    const uri = 'file:///home/dev/cv.yml';
    const diagnostics = server.diagnostics(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: 'basics:\n  email: nope\n' } });
    assert.deepEqual((await diagnostics).map((d) => d.code), ['invalid-email']);
  });

  it('answers completion, hover, outline and quick fixes', async () => {
    const text = 'work:\n  - name: Acme\n    postion: Engineer\n    \n';
    const diagnostics = server.diagnostics(URI, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'resume-yaml', version: 1, text } });
    const typo = (await diagnostics).find((d) => d.code === 'unknown-key');
    const textDocument = { uri: URI };

    const completion = (await server.connection.sendRequest('textDocument/completion', { textDocument, position: { line: 3, character: 4 } })) as { items: Array<{ label: string }> };
    assert.ok(completion.items.some((item) => item.label === 'startDate'));

    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument, position: { line: 1, character: 6 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /\*\*work\.name\*\*/);

    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument })) as Array<{ name: string; children: Array<{ name: string }> }>;
    assert.deepEqual(symbols.map((s) => [s.name, s.children.map((c) => c.name)]), [['Work', ['Acme']]]);

    const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument, range: typo!.range, context: { diagnostics: [typo] } })) as Array<{ title: string; edit: unknown }>;
    assert.deepEqual(actions.map((a) => a.title), ['Change to "position"']);
  });

  it('follows rule severities from the settings', async () => {
    const quiet = new ServerProcess({ rules: { 'unknown-key': 'off', 'invalid-email': 'hint' } });
    try {
      await quiet.initialize();
      await quiet.connection.sendNotification('initialized', {});
      const uri = 'file:///quiet/resume.yaml';
      const diagnostics = quiet.diagnostics(uri, 1);
      await quiet.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'resume-yaml', version: 1, text: 'basics:\n  emial: x\n  email: nope\n' } });
      assert.deepEqual((await diagnostics).map((d) => [d.code, d.severity]), [['invalid-email', 4]]);
    } finally {
      await quiet.stop();
    }
  });

  it('keeps answering after hostile input', async () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]'].join('\n');
    const hostile = [bomb, '['.repeat(50_000), '\u0000\u0001\uFFFF\t\t- : : :', 'x: ' + 'y'.repeat(3_000_000)];
    for (const [index, text] of hostile.entries()) {
      const uri = `file:///hostile/${index}.yaml`;
      const diagnostics = server.diagnostics(uri, 1);
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      assert.ok((await diagnostics).length > 0, `hostile input ${index} gets a diagnostic`);
    }
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///hostile/0.yaml' } });
    assert.ok(Array.isArray(symbols));
  });

  it('shuts down cleanly when asked', async () => {
    assert.equal(await server.stop(), 0);
  });
});
