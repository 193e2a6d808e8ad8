import { renderPage } from '../node/renderPage';
import { RENDER_REQUEST, SUMMARY_REQUEST } from '../protocol';
import type { ServerState } from './state';

/** Vitae's own requests (server/src/protocol.ts): one handler each. */
export function registerCustomRequests(state: ServerState): void {
  const { connection, service } = state;

  // `vitae/summary`: the status bar's figures, as the writing rules count them.
  connection.onRequest(SUMMARY_REQUEST, (params) => {
    const document = state.document(params.uri);
    if (!document || !state.countsMetrics(document.uri)) return null;
    return state.guard(() => {
      const { bullets, quantified, weakOpeners, words } = service.summary(document);
      return { bullets, quantified, weakOpeners, words };
    }, null);
  });

  // `vitae/render`: the open document's current version as a page.
  connection.onRequest(RENDER_REQUEST, async (params) => {
    const document = state.document(params.uri);
    if (!document) return null;
    try {
      return await renderPage(service, document, params);
    } catch (error) {
      state.logError(error);
      return null;
    }
  });
}
