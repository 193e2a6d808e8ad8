import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResumeLanguageService } from '../core/service';
import { exportDocument } from '../node/exportDocument';
import { EXPORT_REQUEST, type ExportParams, type ExportResult } from '../protocol';

/** `vitae/export`: the open document's current version as plain text, Markdown or DOCX (null when not open). */
export function registerExport(connection: Connection, documents: TextDocuments<TextDocument>, service: ResumeLanguageService): void {
  connection.onRequest(EXPORT_REQUEST, async (params: ExportParams): Promise<ExportResult | null> => {
    const document = documents.get(params.uri);
    if (!document || !['txt', 'md', 'docx'].includes(params.format)) return null;
    try {
      const exported = await exportDocument(service, document, params.format);
      const base = { uri: params.uri, version: exported.version };
      if ('problem' in exported) return { ...base, problem: exported.problem };
      if ('text' in exported) return { ...base, text: exported.text };
      return { ...base, base64: Buffer.from(exported.bytes).toString('base64') };
    } catch (error) {
      connection.console.error(`Vitae: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return null;
    }
  });
}
