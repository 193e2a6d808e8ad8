import * as vscode from 'vscode';
import { RESUME_LANGUAGE } from '../resumeLanguage';

/** "Vitae: Treat This File as a Resume" — switches the active YAML editor to the `resume-yaml` language. */
export function registerTreatAsResume(): vscode.Disposable {
  return vscode.commands.registerCommand('vitae.treatAsResume', async (uri?: vscode.Uri) => {
    const document = uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Open a YAML file first, then run "Vitae: Treat This File as a Resume".');
      return;
    }
    await vscode.languages.setTextDocumentLanguage(document, RESUME_LANGUAGE);
  });
}
