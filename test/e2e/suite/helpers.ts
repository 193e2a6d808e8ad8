// What the end-to-end suites share: finding the extension, opening fixtures, and waiting on editor events
// with a deadline that fails with a message saying what never happened.
import * as vscode from 'vscode';
import type { PreviewPaint, VitaeApi } from '../../../client/src/api';

export const EXTENSION_ID = 'vitae.vitae';
const DEFAULT_WAIT_MS = 15_000;

/** Resolves with `promise`, or rejects after `ms` with "Timed out after … waiting for <what>". */
export function within<T>(promise: Thenable<T>, what: string, ms = DEFAULT_WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms / 1000} s waiting for ${what}`)), ms);
  });
  return Promise.race([Promise.resolve(promise), deadline]).finally(() => clearTimeout(timer));
}

/** The next value `event` fires. */
export function nextEvent<T>(event: vscode.Event<T>, what: string, ms = DEFAULT_WAIT_MS): Promise<T> {
  let subscription: vscode.Disposable | undefined;
  const fired = new Promise<T>((resolve) => {
    subscription = event((value) => resolve(value));
  });
  return within(fired, what, ms).finally(() => subscription?.dispose());
}

/**
 * Waits until `check` returns a value other than `undefined`, re-checking whenever `event` fires.
 * For conditions VS Code announces with an event, so nothing here sleeps.
 */
export function until<T>(event: vscode.Event<unknown>, check: () => T | undefined, what: string, ms = DEFAULT_WAIT_MS): Promise<T> {
  const now = check();
  if (now !== undefined) return Promise.resolve(now);
  let subscription: vscode.Disposable | undefined;
  const satisfied = new Promise<T>((resolve) => {
    subscription = event(() => {
      const value = check();
      if (value !== undefined) resolve(value);
    });
  });
  return within(satisfied, what, ms).finally(() => subscription?.dispose());
}

/**
 * Re-checks `check` every 50 ms until it returns a value other than `undefined`. Only for state that VS Code
 * announces with no event (such as an extension becoming active); everything else waits on its event.
 */
export function poll<T>(check: () => T | undefined, what: string, ms = DEFAULT_WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const satisfied = new Promise<T>((resolve) => {
    const tick = () => {
      const value = check();
      if (value !== undefined) resolve(value);
      else timer = setTimeout(tick, 50);
    };
    tick();
  });
  return within(satisfied, what, ms).finally(() => clearTimeout(timer));
}

export function vitaeExtension(): vscode.Extension<VitaeApi> {
  const extension = vscode.extensions.getExtension<VitaeApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  return extension;
}

/** The extension's API once its language server is ready. */
export async function vitaeApi(): Promise<VitaeApi> {
  const api = await within(vitaeExtension().activate(), 'the extension to activate');
  await within(api.ready(), 'the language server to start');
  return api;
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests expect VS Code to be opened on test/fixtures');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(document);
}

/**
 * Where a test writes files it needs on disk (a resume beside a `.vitaerc.yaml`, say): a folder in the workspace that
 * git ignores (`.tmp-*`) and `vitae lint <dir>` skips, so a run that dies half-way leaves nothing anyone trips over.
 */
export function scratchUri(name?: string): vscode.Uri {
  const scratch = fixtureUri('.tmp-e2e');
  return name ? vscode.Uri.joinPath(scratch, name) : scratch;
}

/** Writes `lines` to `name` in the scratch folder (creating the folder) and returns its URI. */
export async function writeScratchFile(name: string, lines: readonly string[]): Promise<vscode.Uri> {
  const uri = scratchUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(lines.join('\n')));
  return uri;
}

/** The lines of test/fixtures/<name>. */
export async function fixtureLines(name: string): Promise<string[]> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(name))).split('\n');
}

/** A copy of test/fixtures/<fixture> in the scratch folder, as `name`, open in an editor: for tests that change it. */
export async function openScratchCopy(fixture: string, name: string): Promise<vscode.TextEditor> {
  await writeScratchFile(name, await fixtureLines(fixture));
  return openFixture(`.tmp-e2e/${name}`);
}

/** Deletes the scratch folder and everything in it; close editors on its files first. */
export async function removeScratch(): Promise<void> {
  try {
    await vscode.workspace.fs.delete(scratchUri(), { recursive: true, useTrash: false });
  } catch (error) {
    if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw error;
  }
}

/** An unsaved editor with `lines` as its text; nothing on disk changes. */
export async function openUntitled(language: string, lines: string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content: lines.join('\n') });
  return vscode.window.showTextDocument(document);
}

/** Closes all editors without saving, so each test starts from an empty editor area. */
export async function closeAllEditors(): Promise<void> {
  // Every open document, not only the visible ones: a dirty file in a tab behind another would make VS Code ask
  // whether to save it, and the smoke-test driver may answer by writing it back to disk.
  for (const document of vscode.workspace.textDocuments) {
    if (document.isUntitled || (document.isDirty && isInWorkspace(document.uri))) await revertAndClose(document);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Whether `uri` is one of the test's files. VS Code itself edits the user's settings.json when a test changes a
 * setting; that document is dirty for a moment and then disappears, and is not the test's to revert.
 */
function isInWorkspace(uri: vscode.Uri): boolean {
  return vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

/**
 * Shows a document and reverts and closes it. VS Code refuses to show one while another editor is opening ("another
 * editor opened in the meantime", seen with the user's settings.json at startup, and once more on a fresh clone after
 * five quick tries): it is tried again once that one has opened, for five seconds at most.
 */
async function revertAndClose(document: vscode.TextDocument): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    if (document.isClosed) return;
    try {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      return;
    } catch (error) {
      if (attempt >= 20 || !/opened in the meantime/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const { code } = diagnostic;
  return String(typeof code === 'object' ? code.value : code);
}

export function vitaeDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'vitae');
}

/** Waits until the Vitae diagnostics of `uri` satisfy `accept`, and returns them. */
export function diagnosticsWhere(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  ms = DEFAULT_WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return until(vscode.languages.onDidChangeDiagnostics, () => {
    const diagnostics = vitaeDiagnostics(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  }, what, ms);
}

/** Readable `line:code` pairs (1-based lines, as an editor shows them), sorted, for whole-set assertions. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${codeOf(diagnostic)}`).sort(byLineThenCode);
}

export function byLineThenCode(a: string, b: string): number {
  const [lineA = 0, lineB = 0] = [parseInt(a, 10), parseInt(b, 10)];
  return lineA - lineB || a.localeCompare(b);
}

/** A short resume the preview suites write to a scratch file and open. */
export const PREVIEW_RESUME = [
  'basics:',
  '  name: Ada Okafor',
  '  label: Staff Platform Engineer',
  'work:',
  '  - name: Northwind',
  '    position: Backend Engineer',
  '    startDate: 2021-03',
  '    highlights:',
  '      - Cut p95 checkout latency from 800 ms to 120 ms by caching tax rates.',
  '      - Built the internal feature-flag service for mobile releases.',
  '      - Migrated 40 services from Jenkins to GitHub Actions in one quarter.',
  '      - Responsible for the on-call rotation and incident reviews.',
  '',
];

/** Waits until the preview of `uri` has painted a page that `accept` takes (re-checked after every paint). */
export function paintWhere(api: VitaeApi, uri: vscode.Uri, accept: (paint: PreviewPaint) => boolean, what: string, ms = 30_000): Promise<PreviewPaint> {
  return until(api.preview.onDidPaint, () => {
    const paint = api.preview.lastPaint(uri);
    return paint && accept(paint) ? paint : undefined;
  }, `the preview to show ${what}`, ms);
}

/**
 * Sets (or, with `undefined`, removes) a `vitae.*` workspace setting and waits until the extension host sees it, so a
 * change that lands late cannot rewrite a preview opened by the next test.
 */
export async function setVitaeSetting(key: string, value: unknown, target = vscode.ConfigurationTarget.Workspace): Promise<void> {
  await vscode.workspace.getConfiguration('vitae').update(key, value, target);
  const scope = target === vscode.ConfigurationTarget.Global ? 'globalValue' : 'workspaceValue';
  await poll(() => (JSON.stringify(vscode.workspace.getConfiguration('vitae').inspect(key)?.[scope]) === JSON.stringify(value) ? true : undefined), `vitae.${key} to be ${JSON.stringify(value)}`);
}
