import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import { textDocuments } from '../../server/src/lsp/textDocuments';
import { changesFor, describeStep, sequenceArbitrary, startArbitrary, type Step } from '../fuzz/edits';
import { problemsOf } from '../fuzz/invariants';
import { start, type Server } from './harness';

/**
 * The invariant of issue 10 through the bundled server's own handling: incremental `didChange`s with their versions,
 * as VS Code sends them, must publish the diagnostics that opening the same text fresh publishes, with every range
 * inside the document, and nothing may be logged at error level. Replay a failure with
 * `VITAE_FUZZ_SEED=<seed> VITAE_FUZZ_PATH=<path> npm run test:protocol`.
 */
const SEED = Number(process.env['VITAE_FUZZ_SEED'] ?? 20261130);
const PATH = process.env['VITAE_FUZZ_PATH'];

describe('random editing over stdio', () => {
  let server: Server;
  let opened = 0;
  let edits = 0;

  before(async () => {
    server = await start();
  });

  after(async () => {
    await server.stop();
  });

  /** Messages the server logged at error level. */
  const errors = (): string[] => server.logged.filter((log) => log.type === 1).map((log) => log.message);

  async function open(text: string): Promise<{ uri: string; diagnostics: unknown }> {
    const uri = `untitled:Resume-${++opened}.yaml`;
    return { uri, diagnostics: await server.open(uri, text) };
  }

  const request = <T>(method: string, uri: string, extra: object = {}): Promise<T> =>
    server.connection.sendRequest(method, { textDocument: { uri }, ...extra }) as Promise<T>;

  async function run(start: string, steps: readonly Step[]): Promise<void> {
    const edited = await open(start);
    let doc: TextDocument = textDocuments.create(edited.uri, 'resume-yaml', 1, start);
    for (const step of steps) {
      for (const contentChanges of changesFor(step, doc)) {
        doc = textDocuments.update(doc, contentChanges, doc.version + 1);
        const diagnostics = await server.change(doc.uri, doc.version, contentChanges);
        edits++;
        const text = doc.getText();
        const where = `after ${describeStep(step)}, the text being ${JSON.stringify(text)}`;
        const fresh = await open(text);
        assert.deepStrictEqual(diagnostics, fresh.diagnostics, `published diagnostics differ from a fresh open ${where}`);
        const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', doc.uri);
        assert.deepStrictEqual(symbols, await request<DocumentSymbol[]>('textDocument/documentSymbol', fresh.uri), `outline differs ${where}`);
        const folding = await request<FoldingRange[]>('textDocument/foldingRange', doc.uri);
        assert.deepStrictEqual(folding, await request<FoldingRange[]>('textDocument/foldingRange', fresh.uri), `folding differs ${where}`);
        const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) };
        const codeActions = await request<CodeAction[]>('textDocument/codeAction', doc.uri, { range: whole, context: { diagnostics: [] } });
        assert.deepStrictEqual(problemsOf({ diagnostics, symbols, folding, codeActions }, text), [], `invalid LSP ${where}`);
        await server.close(fresh.uri);
        assert.deepStrictEqual(errors(), [], `logged at error level ${where}`);
        assert.deepStrictEqual(server.stderr, [], `printed to stderr ${where}`);
      }
    }
    await server.close(doc.uri);
  }

  it('publishes after every incremental change what a fresh open of the same text publishes', async function () {
    this.timeout(180_000);
    await fc.assert(
      fc.asyncProperty(startArbitrary, sequenceArbitrary(8), (start, steps) => run(start, steps)),
      { seed: SEED, numRuns: 30, ...(PATH ? { path: PATH, endOnFailure: true } : {}) },
    );
    console.log(`      ${edits} edits checked over stdio`);
  });
});
