import type * as vscode from 'vscode';

/**
 * What `activate()` returns. End-to-end tests use it to wait on the language server instead of sleeping,
 * and other extensions may use it to find the server.
 */
export interface VitaeApi {
  /** Resolves once the language server has started and answered `initialize`. */
  ready(): Promise<void>;
  /** The operating-system process id of the running language server, if one is running. */
  serverProcessId(): number | undefined;
  /** Fires each time the language server (re)starts and is ready to answer. */
  readonly onDidStartServer: vscode.Event<number | undefined>;
  /** Messages shown to the user about the server (crashes, restarts), newest last. */
  readonly notifications: readonly string[];
  /** The status-bar text about quantified bullets ("70% quantified"), or undefined while hidden. */
  writingStatusText(): string | undefined;
  /** Fires each time the status-bar text is refreshed (after every change to the active resume). */
  readonly onDidChangeWritingStatus: vscode.Event<string | undefined>;
}
