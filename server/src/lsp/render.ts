import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Design } from '../core/design';
import type { ResumeLanguageService } from '../core/service';
import { renderPage } from '../node/renderPage';
import { RENDER_REQUEST, type RenderParams, type RenderResult } from '../protocol';

/**
 * `vitae/render`: the open document's current version as a page (null when the document is not open), in the
 * design of the request's settings overridden by the project's `.vitaerc.yaml` (`projectDesign`).
 */
export function registerRender(connection: Connection, documents: TextDocuments<TextDocument>, service: ResumeLanguageService, projectDesign: (uri: string) => Partial<Design> | undefined = () => undefined): void {
  connection.onRequest(RENDER_REQUEST, async (params: RenderParams): Promise<RenderResult | null> => {
    const document = documents.get(params.uri);
    if (!document) return null;
    try {
      return await renderPage(service, document, params, projectDesign(params.uri));
    } catch (error) {
      connection.console.error(`Vitae: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return null;
    }
  });
}
