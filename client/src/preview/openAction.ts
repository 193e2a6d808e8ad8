/**
 * What the "Exported …" notification's button does, for the host VS Code runs in. Pure (no `vscode`), so the
 * choice is unit-tested for every host.
 *
 * - Desktop VS Code with the file on this machine: the system opens it (`vscode.env.openExternal`): a browser for
 *   HTML, the PDF viewer for PDF.
 * - VS Code in a browser (code-server, vscode.dev, Codespaces) or a remote window: the file is on another machine, so
 *   no local program can open it. An HTML page opens in an editor tab (`vscode.open`); a PDF, which VS Code cannot
 *   show, is revealed in the Explorer, whose context menu downloads it.
 */
export interface OpenAction {
  /** The button's label. */
  readonly label: string;
  /** `openExternal` (the `vscode.env` function) or the id of the command run with the file's URI. */
  readonly command: 'openExternal' | 'vscode.open' | 'revealInExplorer';
}

export interface OpenHost {
  /** `vscode.env.uiKind === UIKind.Web`. */
  readonly web: boolean;
  /** The exported file's URI scheme (`file` on this machine; `vscode-remote`, `vscode-vfs`… elsewhere). */
  readonly scheme: string;
  /** The exported file's path. */
  readonly path: string;
}

export function chooseOpenAction(host: OpenHost): OpenAction {
  if (!host.web && host.scheme === 'file') return { label: 'Open', command: 'openExternal' };
  if (/\.html?$/i.test(host.path)) return { label: 'Open', command: 'vscode.open' };
  return { label: 'Reveal in Explorer', command: 'revealInExplorer' };
}
