import { exportDocument } from '../node/exportDocument';
import { renderPage } from '../node/renderPage';
import { EXPORT_REQUEST, JOB_MATCH_REQUEST, RENDER_REQUEST, SUMMARY_REQUEST } from '../protocol';
import { writingFigures } from '../core/writing/summary';
import type { ServerState } from './state';

/** Vitae's own requests (server/src/protocol.ts): one handler each. */
export function registerCustomRequests(state: ServerState): void {
  const { connection, service } = state;

  // `vitae/summary`: the status bar's figures, as the writing rules count them.
  connection.onRequest(SUMMARY_REQUEST, (params) => {
    const document = state.document(params.uri);
    if (!document || !state.countsMetrics(document.uri)) return null;
    return state.guard(() => writingFigures(service.summary(document)), null);
  });

  // `vitae/jobMatch`: the resume's status bar, about the job file matched with it that was touched last.
  connection.onRequest(JOB_MATCH_REQUEST, (params) => state.guard(() => state.jobs.summary(params.uri), null));

  // `vitae/render`: the open document's current version as a page, in the editor's design under the project's.
  connection.onRequest(RENDER_REQUEST, async (params) => {
    const document = state.document(params.uri);
    if (!document) return null;
    try {
      return await renderPage(service, document, params, state.projectDesign(params.uri));
    } catch (error) {
      state.logError(error);
      return null;
    }
  });

  // `vitae/export`: the open document's current version as plain text, Markdown or a Word document (base64).
  connection.onRequest(EXPORT_REQUEST, async (params) => {
    const document = state.document(params.uri);
    if (!document || !['txt', 'md', 'docx'].includes(params.format)) return null;
    try {
      const exported = await exportDocument(service, document, params.format);
      const base = { uri: params.uri, version: exported.version };
      if ('problem' in exported) return { ...base, problem: exported.problem };
      if ('text' in exported) return { ...base, text: exported.text };
      return { ...base, base64: Buffer.from(exported.bytes).toString('base64') };
    } catch (error) {
      state.logError(error);
      return null;
    }
  });
}
