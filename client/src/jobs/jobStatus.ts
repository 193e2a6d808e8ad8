import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { JOB_MATCH_REQUEST, type JobMatchResult } from '../../../server/src/protocol';
import { isResume } from '../resumeLanguage';

/**
 * A status-bar item in a resume with the score of the job file matched with it (the one opened or edited last);
 * a click opens the job file. It refreshes when the server publishes the resume's diagnostics, which it does after
 * every change to the resume or to its job file.
 */
export interface JobStatus extends vscode.Disposable {
  /** What the item shows, or undefined while it is hidden. */
  text(): string | undefined;
  /** Fires after each refresh, with what the item now shows. */
  readonly onDidChange: vscode.Event<string | undefined>;
}

export function registerJobStatus(client: LanguageClient): JobStatus {
  const item = vscode.window.createStatusBarItem('vitae.job', vscode.StatusBarAlignment.Right, 99);
  item.name = 'Vitae: Job Match';
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
    let result: JobMatchResult | null = null;
    try {
      result = await client.sendRequest(JOB_MATCH_REQUEST, { uri: client.code2ProtocolConverter.asUri(editor.document.uri) });
    } catch {
      result = null;
    }
    if (current !== generation) return;
    if (!result || result.score === undefined) {
      show(undefined);
      return;
    }
    const job = client.protocol2CodeConverter.asUri(result.job);
    item.command = { title: 'Open the job posting', command: 'vscode.open', arguments: [job] };
    item.tooltip = tooltip(result);
    show(`$(briefcase) ${result.score} ${result.jobName}`);
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

function tooltip(result: JobMatchResult): vscode.MarkdownString {
  const heading = [result.title, result.company].filter(Boolean).join(' · ') || result.jobName;
  const lines = [`**Vitae** · ${escape(heading)}: score ${result.score} of 100`, ''];
  if (result.required?.total) lines.push(`Required: ${result.required.covered} of ${result.required.total} covered  `);
  if (result.preferred?.total) lines.push(`Preferred: ${result.preferred.covered} of ${result.preferred.total} covered  `);
  for (const line of result.explanation?.slice(0, 6) ?? []) lines.push(`- ${escape(line)}`);
  lines.push('', `Click to open ${escape(result.jobName)}.`);
  return new vscode.MarkdownString(lines.join('\n'));
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!<>|]/g, (ch) => `\\${ch}`);
}
