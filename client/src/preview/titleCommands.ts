import * as vscode from 'vscode';
import { EXPORT_FORMATS, exportFormat } from './exportFormats';
import type { PreviewManager } from './manager';
import type { Preview } from './panel';

/**
 * The buttons in the preview's title bar: Lock / Unlock (the icon shows the state), Open Source, Export… and the
 * job posting's terms on and off.
 * Each acts on the preview the user focused last.
 */
export function registerPreviewTitleCommands(manager: PreviewManager): vscode.Disposable {
  const focused = (): Preview | undefined => {
    const preview = manager.active;
    if (!preview) void vscode.window.showInformationMessage('Open a resume preview first ("Vitae: Open Preview").');
    return preview;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('vitae.lockPreview', () => {
      const preview = focused();
      if (preview) manager.setLocked(preview, true);
    }),
    vscode.commands.registerCommand('vitae.unlockPreview', () => {
      const preview = focused();
      if (preview) manager.setLocked(preview, false);
    }),
    // As the Markdown preview's "Open Source": the resume's editor, beside the preview (focused if already open).
    vscode.commands.registerCommand('vitae.showSource', async () => {
      const preview = focused();
      if (!preview) return undefined;
      const document = await vscode.workspace.openTextDocument(preview.resource);
      const open = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === preview.resource.toString());
      const column = open?.viewColumn ?? (preview.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
      return vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
    }),
    // The job posting's terms marked on the page, on and off (vitae.preview.jobTerms, in the workspace's settings).
    vscode.commands.registerCommand('vitae.toggleJobTerms', async () => {
      const config = vscode.workspace.getConfiguration('vitae', manager.active?.resource);
      const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await config.update('preview.jobTerms', !config.get<boolean>('preview.jobTerms', false), target);
    }),
    // A quick pick of the formats; `format` (and `target`) skip the pick and the save dialog, for tests.
    vscode.commands.registerCommand('vitae.export', async (uri?: vscode.Uri, format?: string, target?: vscode.Uri) => {
      const chosen = exportFormat(format) ?? (await vscode.window.showQuickPick(
        EXPORT_FORMATS.map((item) => ({ label: item.label, detail: item.detail, format: item })),
        { title: 'Export the resume as', placeHolder: 'Choose a format' },
      ))?.format;
      if (!chosen) return undefined;
      // Without a URI the export takes the active resume editor, else the focused preview's resume.
      return vscode.commands.executeCommand<vscode.Uri | undefined>(chosen.command, uri instanceof vscode.Uri ? uri : undefined, target);
    }),
  );
}
