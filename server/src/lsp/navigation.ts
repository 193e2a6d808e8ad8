import type { ServerState } from './state';

/**
 * The outline, folding, and the code lens above each entry's highlights ("3 of 5 bullets quantified"); at the top of a
 * job file, how well the resume answers it.
 */
export function registerNavigation(state: ServerState): void {
  const { connection, service } = state;
  connection.onDocumentSymbol((params) => {
    const document = state.document(params.textDocument.uri);
    return document ? state.guard(() => service.documentSymbols(document), []) : [];
  });
  connection.onFoldingRanges((params) => {
    const document = state.document(params.textDocument.uri);
    return document ? state.guard(() => service.foldingRanges(document), []) : [];
  });
  connection.onCodeLens((params) => {
    const job = state.jobDocument(params.textDocument.uri);
    if (job) return state.guard(() => state.jobs.lenses(job), []);
    const document = state.document(params.textDocument.uri);
    if (!document || !state.countsMetrics(document.uri)) return [];
    return state.guard(() => service.codeLenses(document), []);
  });
}
