import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionList, Diagnostic, TextEdit } from 'vscode-languageserver-protocol/node';
import { joinLines } from '../helpers/text';
import { cli, start, type Server } from './harness';

const RESUME = joinLines(
  'basics:',
  '  name: Ada',
  'skills:',
  '  - name: Web',
  '    keywords:',
  '      - Javascript',
  '      - Kube',
  '',
);

describe('the language server on technologies', () => {
  let root: string;
  let uri: string;
  let server: Server | undefined;

  /** Starts the server with these settings and opens the resume; resolves with the server and its first diagnostics. */
  async function open(settings: unknown = {}, text = RESUME): Promise<{ client: Server; diagnostics: Diagnostic[] }> {
    const client = await start(settings);
    server = client;
    return { client, diagnostics: await client.open(uri, text) };
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'vitae-tech-'));
    mkdirSync(join(root, '.git'));
    uri = pathToFileURL(join(root, 'resume.yaml')).href;
  });

  afterEach(async () => {
    await server?.stop();
    server = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it('completes "Kube" in a keywords list with Kubernetes, replacing the typed word', async () => {
    const { client } = await open();
    const list = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 12 } })) as CompletionList;
    assert.equal(list.isIncomplete, true);
    assert.equal(list.items[0]!.label, 'Kubernetes');
    assert.equal(list.items[0]!.detail, 'devops');
    assert.deepEqual(list.items[0]!.textEdit, { range: { start: { line: 6, character: 8 }, end: { line: 6, character: 12 } }, newText: 'Kubernetes' });
  });

  it('reports "Javascript" as tech-name with data.canonical, and its quick fix writes JavaScript', async () => {
    const { client, diagnostics } = await open();
    const techName = diagnostics.find((d) => d.code === 'tech-name');
    assert.deepEqual(techName?.range, { start: { line: 5, character: 8 }, end: { line: 5, character: 18 } });
    assert.equal(techName?.severity, 3);
    assert.equal((techName?.data as { canonical: string }).canonical, 'JavaScript');
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: techName!.range,
      context: { diagnostics: [techName] },
    })) as CodeAction[];
    const fix = actions.find((action) => action.title === 'Change to JavaScript');
    assert.deepEqual(fix?.edit?.changes?.[uri] as TextEdit[], [{ range: techName!.range, newText: 'JavaScript' }]);
  });

  it('never reports a technology from vitae.technologies.extra or .vitaerc.yaml, and completes it', async () => {
    writeFileSync(join(root, '.vitaerc.yaml'), joinLines('technologies:', '  extra:', '    - { name: Borgmon, category: observability }'));
    const text = joinLines('basics:', '  name: Ada', 'skills:', '  - name: Web', '    keywords:', '      - javascript', '      - Borg', '');
    const { client, diagnostics } = await open({ technologies: { extra: ['javascript'] } }, text);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'tech-name'), []);
    const list = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 12 } })) as CompletionList;
    assert.equal(list.items[0]!.label, 'Borgmon');
    assert.equal(list.items[0]!.detail, 'observability');
  });

  it('vitae lint reads technologies.extra from .vitaerc.yaml too', async () => {
    const file = join(root, 'resume.yaml');
    writeFileSync(file, joinLines('basics:', '  name: Ada', 'skills:', '  - name: Web', '    keywords: [Javascript, pgsql]', ''));
    const lint = (): string => cli('lint', '--format', 'json', file).stdout;
    const codes = (): string[] => (JSON.parse(lint()) as Array<{ diagnostics: Array<{ code: string; data?: { canonical?: string } }> }>)[0]!.diagnostics.filter((d) => d.code === 'tech-name').map((d) => d.data!.canonical!);
    assert.deepEqual(codes(), ['JavaScript', 'PostgreSQL']);
    writeFileSync(join(root, '.vitaerc.yaml'), joinLines('technologies:', '  extra: [{ name: pgsql, category: database }]'));
    assert.deepEqual(codes(), ['JavaScript']);
  });
});
