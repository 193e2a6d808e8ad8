import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, type Server } from './harness';

const messy = readFileSync(join(__dirname, '..', 'fixtures', 'messy.resume.yaml'), 'utf8');
const URI = 'file:///home/dev/resume.yaml';

describe('the language server over stdio', () => {
  let server: Server;

  beforeEach(async () => {
    server = await start();
  });

  afterEach(async () => {
    await server.stop();
  });

  it('announces what it can do', () => {
    const result = server.initializeResult;
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
    const first = await server.open(URI, messy);
    assert.ok(first.some((d) => d.code === 'unknown-key' && d.range.start.line === 11));

    const second = await server.change(URI, 2, [{ range: { start: { line: 11, character: 4 }, end: { line: 11, character: 11 } }, text: 'position' }]);
    assert.ok(!second.some((d) => d.code === 'unknown-key' && d.range.start.line === 11), 'the typo is gone');
    assert.equal(second.length, first.length - 1);
  });

  it('lints any YAML document the client sends, so other editors can use it', async () => {
    const diagnostics = await server.open('file:///home/dev/cv.yml', 'basics:\n  email: nope\n', { languageId: 'yaml' });
    assert.deepEqual(diagnostics.map((d) => d.code), ['invalid-email']);
  });

  it('answers completion, hover, outline and quick fixes', async () => {
    const text = 'work:\n  - name: Acme\n    postion: Engineer\n    \n';
    const typo = (await server.open(URI, text)).find((d) => d.code === 'unknown-key');
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

  it('answers Fix All (source.fixAll, as the editor asks on "Fix All" and on save) with one action that fixes what needs no choice', async () => {
    await server.open(URI, messy);
    const ask = async (only: string[]) =>
      (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only } })) as Array<{ title: string; kind: string; edit: { changes: Record<string, Array<{ newText: string }>> } }>;
    const [fixAll, ...more] = await ask(['source.fixAll']);
    assert.deepEqual(more, []);
    assert.equal(fixAll!.kind, 'source.fixAll.vitae');
    assert.equal(fixAll!.title, 'Fix all auto-fixable problems (6)');
    assert.deepEqual(fixAll!.edit.changes[URI]!.map((edit) => edit.newText), ['https://www.samrivera.example', 'GitHub', 'JavaScript', 'TypeScript', '2015-06', '"7"']);
    assert.equal((await ask(['source.fixAll.vitae'])).length, 1);
    assert.deepEqual(await ask(['refactor']), []);
    assert.deepEqual(server.initializeResult.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.vitae'] });
  });

  it('follows rule severities from the settings', async () => {
    const quiet = await start({ rules: { 'unknown-key': 'off', 'invalid-email': 'hint' } });
    try {
      const diagnostics = await quiet.open('file:///quiet/resume.yaml', 'basics:\n  emial: x\n  email: nope\n');
      assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['invalid-email', 4]]);
    } finally {
      await quiet.stop();
    }
  });

  it('keeps answering after hostile input', async () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]'].join('\n');
    const hostile = [bomb, '['.repeat(50_000), '\u0000\u0001\uFFFF\t\t- : : :', 'x: ' + 'y'.repeat(3_000_000)];
    for (const [index, text] of hostile.entries()) {
      const diagnostics = await server.open(`file:///hostile/${index}.yaml`, text, { languageId: 'yaml' });
      assert.ok(diagnostics.length > 0, `hostile input ${index} gets a diagnostic`);
    }
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///hostile/0.yaml' } });
    assert.ok(Array.isArray(symbols));
  });

  it('shuts down cleanly when asked', async () => {
    assert.equal(await server.stop(), 0);
  });
});
