// Keystroke → preview painted in a real VS Code: a character typed into a bullet of the example (the `type` command,
// as a key press does), through the editor, the extension host, the language server and the webview, to the paint
// the page stamps. Beside it, in the same run, a preview that does no work: a webview that paints a counter on every
// change — the floor that VS Code's own messaging sets. Medians, printed; nothing is asserted.
import * as vscode from 'vscode';
import type { VitaeApi } from '../../../client/src/api';

const ROUNDS = 5;
const SAMPLES = 16;
const WARMUP = 4;
const PHRASE = ' and then shipped it to production on time';

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? NaN;
const now = (): number => performance.timeOrigin + performance.now();

function waitFor<T>(event: vscode.Event<T>, accept: (value: T) => boolean, what: string, ms = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const subscription = event((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

/** Types PHRASE one character at a time at the end of a bullet, deleting it again when it is all there. */
async function typeSamples(editor: vscode.TextEditor, line: number, measure: (type: () => Promise<number>) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  const column = editor.document.lineAt(line).text.length - 1;
  let typed = 0;
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    if (typed === PHRASE.length) {
      await editor.edit((edit) => edit.delete(new vscode.Range(line, column, line, column + typed)));
      typed = 0;
    }
    const at = new vscode.Position(line, column + typed);
    editor.selection = new vscode.Selection(at, at);
    const character = PHRASE[typed]!;
    const ms = await measure(async () => {
      const started = now();
      const before = editor.document.version;
      await vscode.commands.executeCommand('type', { text: character });
      // `type` goes to the focused editor; when focus is elsewhere, make the same edit directly.
      if (editor.document.version === before) await editor.edit((edit) => edit.insert(at, character));
      return started;
    });
    typed++;
    if (i >= WARMUP) times.push(ms);
  }
  return times;
}

/** A webview that paints a counter for every change of the document and stamps the paint, and nothing else. */
function nullPreview(): { panel: vscode.WebviewPanel; painted: vscode.Event<{ version: number; paintedAt: number }> } {
  const panel = vscode.window.createWebviewPanel('vitae.benchNullPreview', 'Null preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true });
  panel.webview.html = `<!DOCTYPE html><html><body><p id="n">0</p><script>
    const vscode = acquireVsCodeApi();
    window.addEventListener('message', (event) => {
      document.getElementById('n').textContent = String(event.data.version);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => vscode.postMessage({ version: event.data.version, paintedAt: performance.timeOrigin + performance.now() });
        channel.port2.postMessage(undefined);
      });
    });
    vscode.postMessage({ version: -1, paintedAt: 0 });
  </script></body></html>`;
  return { panel, painted: panel.webview.onDidReceiveMessage as vscode.Event<{ version: number; paintedAt: number }> };
}

export async function measureEditorPreview(print: (line: string) => void): Promise<void> {
  const extension = vscode.extensions.getExtension<VitaeApi>('vitae.vitae')!;
  const api = await extension.activate();
  await api.ready();
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const source = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'examples', 'resume.yaml'));
  const uri = vscode.Uri.joinPath(folder, '.tmp-bench', 'bench.resume.yaml');
  await vscode.workspace.fs.writeFile(uri, source);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  const line = [...Array(document.lineCount).keys()].find((n) => /^ {6}- .*\.$/.test(document.lineAt(n).text))!;

  // Rounds of the floor (a webview that only shows a number) and of Vitae's preview, one after the other, so
  // both see the same machine: these machines are shared and their load changes by the minute.
  const floor: number[] = [];
  const vitae: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const empty = nullPreview();
    await waitFor(empty.painted, (m) => m.version === -1, 'the null preview to load');
    const follow = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document) void empty.panel.webview.postMessage({ version: event.document.version });
    });
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    floor.push(
      ...(await typeSamples(editor, line, async (type) => {
        const expected = document.version + 1;
        const painted = waitFor(empty.painted, (m) => m.version === expected, `the null preview to paint v${expected}`);
        const started = await type();
        return (await painted).paintedAt - started;
      })),
    );
    follow.dispose();
    empty.panel.dispose();

    await vscode.commands.executeCommand('vitae.showPreviewToSide');
    await waitFor(api.preview.onDidPaint, (paint) => paint.uri === uri.toString() && paint.version === document.version, 'the preview to open', 30_000);
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    vitae.push(
      ...(await typeSamples(editor, line, async (type) => {
        const expected = document.version + 1;
        const painted = waitFor(api.preview.onDidPaint, (paint) => paint.uri === uri.toString() && paint.version === expected && paint.text.length > 0, `the preview to paint v${expected}`);
        const started = await type();
        return (await painted).paintedAt - started;
      })),
    );
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, '.tmp-bench'), { recursive: true });

  print('\n## Keystroke → preview painted, in a real VS Code (examples/resume.yaml, one character typed into a bullet)\n');
  print('| preview | median | p95 | samples |');
  print('| --- | --- | --- | --- |');
  print(`| a webview that paints a counter (the floor) | ${median(floor).toFixed(1)} ms | ${p95(floor).toFixed(1)} ms | ${floor.length} |`);
  print(`| Vitae's preview | ${median(vitae).toFixed(1)} ms | ${p95(vitae).toFixed(1)} ms | ${vitae.length} |`);
  print(`\nVitae's preview over the floor: ${(median(vitae) - median(floor)).toFixed(1)} ms median; target ≤ 75 ms median in all.`);
}
