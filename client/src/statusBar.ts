import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SUMMARY_REQUEST, type SummaryResult } from '../../server/src/protocol';
import { isResume } from './resumeLanguage';

/**
 * A status-bar item with the share of quantified bullets in the active resume. It refreshes when the server
 * publishes new diagnostics for that resume, which happens after every change.
 */
export interface WritingStatus extends vscode.Disposable {
  /** What the item shows, or undefined while it is hidden. */
  text(): string | undefined;
  /** Fires after each refresh, with what the item now shows. */
  readonly onDidChange: vscode.Event<string | undefined>;
}

export function registerWritingStatus(client: LanguageClient): WritingStatus {
  const item = vscode.window.createStatusBarItem('vitae.writing', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Vitae: Quantified Bullets';
  item.command = 'workbench.actions.view.problems';
  let generation = 0;
  let visible = false;
  const changed = new vscode.EventEmitter<string | undefined>();
  const show = (text: string | undefined): void => {
    visible = text !== undefined;
    if (text === undefined) item.hide();
    else {
      item.text = text;
      item.show();
    }
    changed.fire(text);
  };

  const refresh = async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    const current = ++generation;
    if (!editor || !isResume(editor.document) || !client.isRunning()) {
      show(undefined);
      return;
    }
    let summary: SummaryResult | null = null;
    try {
      summary = await client.sendRequest(SUMMARY_REQUEST, { uri: client.code2ProtocolConverter.asUri(editor.document.uri) });
    } catch {
      summary = null;
    }
    if (current !== generation) return;
    if (!summary || summary.bullets === 0) {
      show(undefined);
      return;
    }
    const share = Math.round((100 * summary.quantified) / summary.bullets);
    item.tooltip = new vscode.MarkdownString(
      `**Vitae** · ${summary.quantified} of ${summary.bullets} bullets state a number\n\n` +
        `${summary.weakOpeners} weak opener${summary.weakOpeners === 1 ? '' : 's'} · ${summary.words} words\n\nClick to open the Problems panel.`,
    );
    show(`$(graph) ${share}% quantified`);
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
  return { dispose: () => subscriptions.dispose(), text: () => (visible ? item.text : undefined), onDidChange: changed.event };
}
