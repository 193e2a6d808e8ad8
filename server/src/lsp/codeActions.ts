import type { ServerState } from './state';

/** Quick fixes, from the diagnostics of the same settings the document was linted with; then "Learn about <code>". */
export function registerCodeActions(state: ServerState): void {
  state.connection.onCodeAction((params) => {
    const document = state.document(params.textDocument.uri);
    if (!document) return [];
    const fixes = state.guard(() => state.service.codeActions(document, params.range, state.settingsFor(document.uri)), []);
    return [...fixes, ...state.guard(() => state.ruleDocs?.learnActions(params.context.diagnostics) ?? [], [])];
  });
}
