import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { SUMMARY_REQUEST } from '../../server/src/protocol';
import { joinLines } from '../helpers/text';
import { start as startServer, type Server } from './harness';

const ADA = join(__dirname, '..', 'fixtures', 'ada.resume.yaml');
const NO_METRIC_LINES = [31, 32, 40, 41, 48];

/** `severity@line` (1-based) of each bullet-no-metric diagnostic. */
const noMetric = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((d) => d.code === 'bullet-no-metric').map((d) => `${d.severity}@${d.range.start.line + 1}`);
const each = (severity: number) => NO_METRIC_LINES.map((line) => `${severity}@${line}`);

describe('the language server on writing quality', () => {
  let root: string;
  let resume: string;
  let uri: string;
  let server: Server;

  /** Starts the server with these settings and opens the resume; resolves with its first diagnostics. */
  async function start(settings: unknown = {}): Promise<Diagnostic[]> {
    server = await startServer(settings);
    return server.open(uri, readFileSync(resume, 'utf8'));
  }

  /** Writes (or, with `undefined`, deletes) the config and tells the server, as VS Code's file watcher would. */
  async function config(text: string | undefined): Promise<Diagnostic[]> {
    const path = join(root, '.vitaerc.yaml');
    if (text === undefined) rmSync(path);
    else writeFileSync(path, text);
    const relinted = server.diagnostics(uri);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(path).href, type: text === undefined ? 3 : 2 }],
    });
    return relinted;
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'vitae-server-'));
    mkdirSync(join(root, '.git'));
    resume = join(root, 'resume.yaml');
    copyFileSync(ADA, resume);
    uri = pathToFileURL(resume).href;
  });

  afterEach(async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers vitae/summary with the figures of an open resume, and null for one it does not have', async () => {
    await start();
    const summary = await server.connection.sendRequest(SUMMARY_REQUEST, { uri });
    assert.deepEqual(summary, { bullets: 12, quantified: 7, weakOpeners: 3, words: 226 });
    assert.equal(await server.connection.sendRequest(SUMMARY_REQUEST, { uri: 'file:///not/open/resume.yaml' }), null);
  });

  it('says in vitae/summary that a resume is written in French, and counts no weak openers there', async () => {
    await start();
    const french = pathToFileURL(join(root, 'cv.yaml')).href;
    await server.open(french, readFileSync(join(__dirname, '..', 'fixtures', 'languages', 'fr.yaml'), 'utf8'));
    assert.deepEqual(await server.connection.sendRequest(SUMMARY_REQUEST, { uri: french }), { bullets: 6, quantified: 2, weakOpeners: 0, words: 125, language: 'fra' });
  });

  it('puts a code lens on each highlights key with its entry\'s quantified bullets', async () => {
    await start();
    const lenses = (await server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Array<{
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      command: { title: string; command: string };
    }>;
    assert.deepEqual(
      lenses.map((lens) => `${lens.range.start.line + 1}:${lens.range.start.character + 1}-${lens.range.end.character + 1} ${lens.command.title}`),
      ['28:5-15 3 of 5 bullets quantified', '38:5-15 2 of 4 bullets quantified', '47:5-15 1 of 2 bullets quantified', '78:5-15 1 of 1 bullet quantified'],
    );
    assert.ok(lenses.every((lens) => lens.command.command === ''), 'the lenses are labels, not links');
  });

  it('leaves a bullet whose bullet-no-metric is silenced by a comment out of the code lens and the status bar figures', async () => {
    const lines = readFileSync(ADA, 'utf8').split('\n');
    lines.splice(30, 0, '      # vitae-disable-next-line bullet-no-metric');
    writeFileSync(resume, lines.join('\n'));
    const diagnostics = await start();
    assert.deepEqual(noMetric(diagnostics), ['3@33', '3@41', '3@42', '3@49'], 'the bullet on line 32 is silenced');
    const summary = await server.connection.sendRequest(SUMMARY_REQUEST, { uri });
    assert.deepEqual(summary, { bullets: 11, quantified: 7, weakOpeners: 3, words: 226 });
    const lenses = (await server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Array<{ command: { title: string } }>;
    assert.deepEqual(
      lenses.map((lens) => lens.command.title),
      ['3 of 4 bullets quantified', '2 of 4 bullets quantified', '1 of 2 bullets quantified', '1 of 1 bullet quantified'],
    );
  });

  it('shows no figures about quantified bullets once bullet-no-metric is turned off', async () => {
    await start({ rules: { 'bullet-no-metric': 'off' } });
    assert.deepEqual(await server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }), []);
    assert.equal(await server.connection.sendRequest(SUMMARY_REQUEST, { uri }), null);
  });

  it('follows a .vitaerc.yaml created, changed and deleted beside the resume', async () => {
    assert.deepEqual(noMetric(await start()), each(3));
    assert.deepEqual(noMetric(await config(joinLines('rules:', '  bullet-no-metric: error', ''))), each(1), 'created');
    assert.deepEqual(noMetric(await config(joinLines('rules:', '  bullet-no-metric: hint', ''))), each(4), 'changed');
    assert.deepEqual(noMetric(await config(undefined)), each(3), 'deleted');
  });

  it('lets the project config win over the editor settings, so the editor agrees with the CLI', async () => {
    writeFileSync(join(root, '.vitaerc.yaml'), joinLines('rules:', '  bullet-no-metric: error', ''));
    assert.deepEqual(noMetric(await start({ rules: { 'bullet-no-metric': 'off', 'bullet-weak-opener': 'error' } })), each(1));
    const opener = (await server.diagnostics(uri, 1)).filter((d) => d.code === 'bullet-weak-opener');
    assert.deepEqual(opener.map((d) => d.severity), [1, 1, 1], 'settings still apply to what the config does not mention');
  });

  it('logs a bad config entry once, as a warning, and lints on', async () => {
    writeFileSync(join(root, '.vitaerc.yaml'), joinLines('rules:', '  bullet-no-metric: loud', ''));
    assert.deepEqual(noMetric(await start()), each(3));
    await server.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edited\n' }]);
    const warnings = server.logged.map((log) => log.message).filter((message) => message.includes('.vitaerc.yaml'));
    assert.deepEqual(warnings, [`Vitae: ${join(root, '.vitaerc.yaml')}: rules.bullet-no-metric: use off, hint, information, warning or error`]);
  });
});
