import * as vscode from 'vscode';
import { EXPORT_KINDS, announceExport, exportDocumentTo, type DocumentExportHost, type ExportKind } from './exportDocument';
import { defaultTarget, fileName, standalonePage, type ExportHost } from './exportPage';
import { isResume } from '../resumeLanguage';
import type { PreviewManager } from './manager';
import { printPdf } from './printPdf';

/**
 * The preview's commands. Each takes an optional resume URI (the explorer, the editor title and tests pass one);
 * without it, the active resume editor, else the resume of the active preview. The exports also take the file to
 * write, so tests need no save dialog.
 */
export function registerPreviewCommands(manager: PreviewManager, host: ExportHost & DocumentExportHost): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('vitae.showPreview', (uri?: vscode.Uri) => {
      const resource = resumeFor(uri, manager);
      if (!resource) return undefined;
      const column = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active;
      manager.show(resource, column, false);
      return undefined;
    }),
    vscode.commands.registerCommand('vitae.showPreviewToSide', (uri?: vscode.Uri) => {
      const resource = resumeFor(uri, manager);
      if (resource) manager.show(resource, vscode.ViewColumn.Beside, true);
    }),
    vscode.commands.registerCommand('vitae.togglePreviewLock', () => {
      const preview = manager.active;
      if (preview) manager.setLocked(preview, !preview.locked);
      else void vscode.window.showInformationMessage('Open a resume preview first ("Vitae: Open Preview").');
    }),
    vscode.commands.registerCommand('vitae.exportHtml', (uri?: vscode.Uri, target?: vscode.Uri) => exportAs('html', uri, target)),
    vscode.commands.registerCommand('vitae.exportPdf', (uri?: vscode.Uri, target?: vscode.Uri) => exportAs('pdf', uri, target)),
    vscode.commands.registerCommand('vitae.exportText', (uri?: vscode.Uri, target?: vscode.Uri) => exportAs('txt', uri, target)),
    vscode.commands.registerCommand('vitae.exportMarkdown', (uri?: vscode.Uri, target?: vscode.Uri) => exportAs('md', uri, target)),
    vscode.commands.registerCommand('vitae.exportDocx', (uri?: vscode.Uri, target?: vscode.Uri) => exportAs('docx', uri, target)),
  );

  /** Writes the export and resolves with its URI, or undefined when cancelled or impossible (the user is told). */
  async function exportAs(kind: ExportKind, uri?: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const resource = resumeFor(uri, manager);
    if (!resource) return undefined;
    const document = await vscode.workspace.openTextDocument(resource);
    const destination = target ?? (await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(resource, kind),
      filters: EXPORT_KINDS[kind].filters,
      title: `Export ${fileName(resource)} as ${EXPORT_KINDS[kind].label}`,
    }));
    if (!destination) return undefined;
    if (kind !== 'html' && kind !== 'pdf') return exportDocumentTo(host, document, kind, destination, !target);
    const page = await standalonePage(host, document);
    if (!page.ok) {
      void vscode.window.showErrorMessage(page.message);
      return undefined;
    }
    const exported = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Exporting ${fileName(resource)} as ${kind.toUpperCase()}…` },
      async () => {
        if (kind === 'html') {
          await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(page.html));
          return true;
        }
        const printed = await printPdf(page);
        if (!printed.ok) {
          void vscode.window.showErrorMessage(printed.message, ...(printed.showSetting ? ['Open Settings'] : [])).then((choice) => {
            if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'vitae.pdf.browserPath');
          });
          return false;
        }
        await vscode.workspace.fs.writeFile(destination, printed.pdf);
        if (printed.note) void vscode.window.showWarningMessage(printed.note);
        return true;
      },
    );
    if (!exported) return undefined;
    if (!target) announceExport(destination);
    return destination;
  }
}

function resumeFor(uri: vscode.Uri | undefined, manager: PreviewManager): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  const document = vscode.window.activeTextEditor?.document;
  if (isResume(document)) return document.uri;
  const previewed = manager.active?.resource;
  if (previewed) return previewed;
  void vscode.window.showInformationMessage('Open a resume (resume.yaml) in the editor first.');
  return undefined;
}
