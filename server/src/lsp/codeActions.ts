import type { CodeAction } from 'vscode-languageserver/node';
import type { ServerState } from './state';

/**
 * Quick fixes, from the diagnostics of the same settings the document was linted with; in a job file, "Add <name> to
 * skills" for a term a bullet of the resume shows; then "Learn about <code>".
 */
export function registerCodeActions(state: ServerState): void {
  state.connection.onCodeAction((params) => {
    const learn = (): CodeAction[] => state.guard(() => state.ruleDocs?.learnActions(params.context.diagnostics) ?? [], []);
    const job = state.jobDocument(params.textDocument.uri);
    if (job) return [...state.guard(() => state.jobs.codeActions(job, params.range, params.context.diagnostics), []), ...learn()];
    const document = state.document(params.textDocument.uri);
    if (!document) return [];
    const fixes = state.guard(() => state.service.codeActions(document, params.range, state.settingsFor(document.uri)), []);
    return [...fixes, ...learn()];
  });
}
