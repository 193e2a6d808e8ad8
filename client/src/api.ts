import type * as vscode from 'vscode';
import type { PaintedMessage } from './preview/messages';
import type { OpenAction } from './preview/openAction';

/**
 * What `activate()` returns. End-to-end tests use it to wait on the language server instead of sleeping,
 * and other extensions may use it to find the server.
 */
export interface VitaeApi {
  /** Starts the language server if no resume has started it yet; resolves once it has answered `initialize`. */
  ready(): Promise<void>;
  /** The operating-system process id of the running language server, if one is running. */
  serverProcessId(): number | undefined;
  /** Fires each time the language server (re)starts and is ready to answer. */
  readonly onDidStartServer: vscode.Event<number | undefined>;
  /** Messages shown to the user about the server (crashes, restarts), newest last. */
  readonly notifications: readonly string[];
  /** The status-bar text about quantified bullets ("70% quantified"), or undefined while hidden. */
  writingStatusText(): string | undefined;
  /** The Markdown of that item's tooltip ("3 weak openers · 226 words", or the language a resume is written in). */
  writingStatusTooltip(): string | undefined;
  /** Fires each time the status-bar text is refreshed (after every change to the active resume). */
  readonly onDidChangeWritingStatus: vscode.Event<string | undefined>;
  /** The status-bar text about the job file matched with the active resume ("$(briefcase) 74 acme.job.md"), or undefined while hidden. */
  jobStatusText(): string | undefined;
  /** Fires each time the job status-bar text is refreshed. */
  readonly onDidChangeJobStatus: vscode.Event<string | undefined>;
  /** The files "Vitae: Treat This File as a Resume" remembers for this workspace, as URIs. */
  treatedAsResume(): readonly string[];
  /** Fires once a file is remembered as a resume or forgotten. */
  readonly onDidChangeTreatedAsResume: vscode.Event<void>;
  /** Where VS Code keeps this extension's logs; the folder above holds the extension host's own log. */
  readonly logUri: vscode.Uri;
  /** The live previews, for end-to-end tests: what each webview painted, and clicks into it. */
  readonly preview: PreviewApi;
}

/** What a preview webview reported after painting: the page's text, banner, problem titles and highlight. */
export interface PreviewPaint extends PaintedMessage {
  /** The resume the preview shows. */
  readonly uri: string;
}

export interface PreviewApi {
  /** Fires each time a preview has patched and painted a render or a decoration (problems, highlight). */
  readonly onDidPaint: vscode.Event<PreviewPaint>;
  /** The last paint of the preview of `uri`, if one is open and has painted. */
  lastPaint(uri: vscode.Uri): PreviewPaint | undefined;
  /**
   * Asks the preview of `uri` to dispatch a click (or double click) on the element whose source holds `offset`,
   * as a user's click would; resolves with whether such an element exists.
   */
  click(uri: vscode.Uri, offset: number, double?: boolean): Promise<boolean>;
  /** Scrolls the preview of `uri` as a reader would, so the element whose source holds `offset` is at its top. */
  scroll(uri: vscode.Uri, offset: number): void;
  /** What the "Exported …" notification's button does for `target` in this VS Code (desktop, browser, remote). */
  exportOpenAction(target: vscode.Uri): OpenAction;
  /** Does what that button does, as if the user had clicked it. */
  openExported(target: vscode.Uri): Promise<void>;
  /** The open previews: which resume each shows and whether it is locked. */
  shown(): Array<{ uri: string; locked: boolean }>;
}
