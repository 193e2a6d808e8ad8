import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isResume } from './resumeLanguage';

/** A status-bar item about the active resume: what it shows (undefined while hidden), and when that changes. */
export interface ResumeStatus extends vscode.Disposable {
  text(): string | undefined;
  /** The tooltip's Markdown while shown. */
  tooltip(): string | undefined;
  /** Fires after each refresh, with what the item now shows. */
  readonly onDidChange: vscode.Event<string | undefined>;
}

/** What the item shows for a resume, or undefined to hide it. */
export interface StatusContent {
  readonly text: string;
  readonly tooltip: vscode.MarkdownString;
  readonly command?: vscode.Command | string;
}

/**
 * One status-bar item about the active resume, asked of the language server by `describe`. It refreshes when the
 * active editor changes, when the server publishes the resume's diagnostics (after every change to it, or to a file
 * whose answers depend on it) and when the server starts or stops; an answer overtaken by a newer refresh is dropped.
 */
export function resumeStatusItem(
  client: LanguageClient,
  id: string,
  options: { readonly name: string; readonly priority: number; readonly command?: string },
  describe: (uri: string) => Promise<StatusContent | undefined>,
): ResumeStatus {
  const item = vscode.window.createStatusBarItem(id, vscode.StatusBarAlignment.Right, options.priority);
  item.name = options.name;
  let generation = 0;
  let visible = false;
  const changed = new vscode.EventEmitter<string | undefined>();
  const show = (content: StatusContent | undefined): void => {
    visible = content !== undefined;
    if (!content) item.hide();
    else {
      item.text = content.text;
      item.tooltip = content.tooltip;
      item.command = content.command ?? options.command;
      item.show();
    }
    changed.fire(content?.text);
  };

  const refresh = async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    const current = ++generation;
    if (!editor || !isResume(editor.document) || !client.isRunning()) return show(undefined);
    const content = await describe(client.code2ProtocolConverter.asUri(editor.document.uri)).catch(() => undefined);
    if (current === generation) show(content);
  };

  const subscriptions = vscode.Disposable.from(
    item,
    changed,
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) void refresh();
    }),
    client.onDidChangeState(() => void refresh()),
  );
  return {
    dispose: () => subscriptions.dispose(),
    text: () => (visible ? item.text : undefined),
    tooltip: () => (visible && item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : undefined),
    onDidChange: changed.event,
  };
}
