import * as vscode from 'vscode';
import type { ExportFormat, ExportParams, ExportResult } from '../../../server/src/protocol';
import { fileName } from './exportPage';
import { isResume } from '../resumeLanguage';
import { openActionFor, openExported } from './openExported';

/** The language server's `vitae/export`: the resume as plain text, Markdown or DOCX. */
export interface DocumentExportHost {
  exportDocument(params: ExportParams): Promise<ExportResult | null>;
  protocolUri(uri: vscode.Uri): string;
}

/** What the save dialog offers for each export, and how the command names it. */
export const EXPORT_KINDS = {
  html: { label: 'HTML', filters: { 'HTML page': ['html', 'htm'] } },
  pdf: { label: 'PDF', filters: { 'PDF document': ['pdf'] } },
  txt: { label: 'Plain Text', filters: { 'Plain text': ['txt'] } },
  md: { label: 'Markdown', filters: { Markdown: ['md', 'markdown'] } },
  docx: { label: 'Word (DOCX)', filters: { 'Word document': ['docx'] } },
} as const satisfies Record<string, { label: string; filters: Record<string, string[]> }>;

export type ExportKind = keyof typeof EXPORT_KINDS;

/**
 * Writes the resume as plain text, Markdown or DOCX to `destination`, as the server exports it (the client has no
 * renderer of its own). Resolves with the destination, or undefined when it could not (the user is told why).
 */
export async function exportDocumentTo(host: DocumentExportHost, document: vscode.TextDocument, format: ExportFormat, destination: vscode.Uri, announce: boolean): Promise<vscode.Uri | undefined> {
  const name = fileName(document.uri);
  const bytes = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Exporting ${name} as ${EXPORT_KINDS[format].label}…` },
    async () => {
      if (!isResume(document)) return `${name} is not open as a resume. Run "Vitae: Treat This File as a Resume" first.`;
      const result = await host.exportDocument({ uri: host.protocolUri(document.uri), format });
      if (!result) return `The language server does not have ${name} open yet. Try again in a moment.`;
      if (result.problem) return `${name} cannot be exported while its YAML is broken. Line ${result.problem.line + 1}: ${result.problem.message}`;
      if (result.text !== undefined) return new TextEncoder().encode(result.text);
      if (result.base64 !== undefined) return new Uint8Array(Buffer.from(result.base64, 'base64'));
      return `The language server sent nothing to save for ${name}.`;
    },
  );
  if (typeof bytes === 'string') {
    void vscode.window.showErrorMessage(bytes);
    return undefined;
  }
  await vscode.workspace.fs.writeFile(destination, bytes);
  if (announce) announceExport(destination);
  return destination;
}

/** "Exported resume.pdf." with a button that opens it in the system's own application. */
export function announceExport(destination: vscode.Uri): void {
  // Open as this VS Code can: the system's viewer on a desktop, a tab or the Explorer in a browser or remote one.
  const open = openActionFor(destination);
  void vscode.window.showInformationMessage(`Exported ${fileName(destination)}.`, open.label).then((choice) => {
    if (choice) void openExported(destination, open);
  });
}
