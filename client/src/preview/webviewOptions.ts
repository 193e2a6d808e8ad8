import * as vscode from 'vscode';

/** The preview's webview: its one script runs, command links do not, and it loads only the extension's dist/ and media/. */
export function configureWebview(panel: vscode.WebviewPanel, extensionUri: vscode.Uri): void {
  panel.webview.options = {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
  panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
}
