import * as vscode from 'vscode';
import { RESUME_LANGUAGE } from '../resumeLanguage';

/** Where the files the user chose to treat as resumes are remembered, per workspace. */
const REMEMBERED = 'vitae.treatedAsResume';

/**
 * "Vitae: Treat This File as a Resume" — switches a YAML file to the `resume-yaml` language and remembers the
 * choice for the workspace: the file opens as a resume again after it is closed or the window reloads. Choosing
 * another language for it (the status bar's language picker) forgets it.
 */
export function registerTreatAsResume(state: vscode.Memento): TreatedAsResume {
  const remembered = (): string[] => state.get<string[]>(REMEMBERED, []);
  const changed = new vscode.EventEmitter<void>();
  const remember = async (uri: vscode.Uri, keep: boolean): Promise<void> => {
    const others = remembered().filter((known) => known !== uri.toString());
    await state.update(REMEMBERED, keep ? [...others, uri.toString()] : others);
    changed.fire();
  };
  // VS Code changes a document's language by closing it and opening it again at once: a remembered resume that
  // closes and comes back as another language in the same turn was switched by the user.
  const justClosed = new Set<string>();
  const reapply = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.languageId === RESUME_LANGUAGE || !remembered().includes(key)) return;
    if (justClosed.has(key)) void remember(document.uri, false);
    else if (document.languageId === 'yaml') void vscode.languages.setTextDocumentLanguage(document, RESUME_LANGUAGE);
  };
  vscode.workspace.textDocuments.forEach(reapply);

  const disposable = vscode.Disposable.from(
    changed,
    vscode.workspace.onDidOpenTextDocument(reapply),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.languageId !== RESUME_LANGUAGE) return;
      justClosed.add(document.uri.toString());
      setTimeout(() => justClosed.delete(document.uri.toString()), 0);
    }),
    vscode.commands.registerCommand('vitae.treatAsResume', async (uri?: vscode.Uri) => {
      const document = uri
        ? await vscode.workspace.openTextDocument(uri)
        : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage('Open a YAML file first, then run "Vitae: Treat This File as a Resume".');
        return;
      }
      // An untitled editor's name is reused by the next one: only files are remembered.
      if (!document.isUntitled) await remember(document.uri, true);
      await vscode.languages.setTextDocumentLanguage(document, RESUME_LANGUAGE);
    }),
  );
  return { dispose: () => disposable.dispose(), remembered, onDidChange: changed.event };
}

/** The command, and the files it remembers (for the extension's API: what end-to-end tests wait on). */
export interface TreatedAsResume extends vscode.Disposable {
  /** The files treated as resumes in this workspace, as URIs. */
  remembered(): readonly string[];
  /** Fires once a choice is remembered or forgotten. */
  readonly onDidChange: vscode.Event<void>;
}
