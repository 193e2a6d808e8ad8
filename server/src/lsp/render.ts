import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResumeLanguageService } from '../core/service';
import { renderPage } from '../node/renderPage';
import { RENDER_REQUEST } from '../protocol';

/** `vitae/render`: the open document's current version as a page (null when the document is not open). */
export function registerRender(connection: Connection, documents: TextDocuments<TextDocument>, service: ResumeLanguageService): void {
  connection.onRequest(RENDER_REQUEST, async (params) => {
    const document = documents.get(params.uri);
    if (!document) return null;
    try {
      return await renderPage(service, document, params);
    } catch (error) {
      connection.console.error(`Vitae: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return null;
    }
  });
}
