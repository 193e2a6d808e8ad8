import type { ServerState } from './state';

/** Completion and hover: both off with their settings, both aware of the user's own technologies; a job file's hover. */
export function registerCompletionAndHover(state: ServerState): void {
  const { connection, service } = state;
  connection.onCompletion((params) => {
    const document = state.document(params.textDocument.uri);
    if (!document || !state.settings.completion.enable) return null;
    const technologies = state.settingsFor(document.uri).technologies;
    const options = { entrySnippets: state.client.entrySnippets, ...(technologies ? { technologies } : {}) };
    return state.guard(() => service.complete(document, params.position, options), null);
  });
  connection.onHover((params) => {
    const job = state.jobDocument(params.textDocument.uri);
    if (job) return state.settings.hover.enable ? state.guard(() => state.jobs.hover(job, params.position), null) : null;
    const document = state.document(params.textDocument.uri);
    if (!document || !state.settings.hover.enable) return null;
    const technologies = state.settingsFor(document.uri).technologies;
    return state.guard(() => service.hover(document, params.position, technologies ? { technologies } : {}), null);
  });
}
