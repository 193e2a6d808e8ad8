import * as vscode from 'vscode';

/** The open document of `resource`, if VS Code has it. */
export function documentOf(resource: vscode.Uri): vscode.TextDocument | undefined {
  const key = resource.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
}

/** A visible editor of `resource`, if one shows it. */
export function editorOf(resource: vscode.Uri): vscode.TextEditor | undefined {
  const key = resource.toString();
  return vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === key);
}
