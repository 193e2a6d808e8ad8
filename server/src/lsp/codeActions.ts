import { CodeActionKind, type CodeAction } from 'vscode-languageserver/node';
import { FIX_ALL_KIND, fixAllAction } from '../core/fixAll';
import type { ServerState } from './state';

/**
 * Quick fixes, from the diagnostics of the same settings the document was linted with; in a job file, "Add <name> to
 * skills" for a term a bullet of the resume shows; then "Learn about <code>". Asked only for Fix All (the editor's
 * "Fix All" command, or `source.fixAll.vitae` on save), the one action that fixes every problem that needs no choice.
 */
export function registerCodeActions(state: ServerState): void {
  state.connection.onCodeAction((params) => {
    const only = params.context.only;
    if (only && only.every((kind) => !FIX_ALL_KIND.startsWith(kind) && kind !== CodeActionKind.QuickFix)) return [];
    if (only && !only.includes(CodeActionKind.QuickFix)) {
      const document = state.jobDocument(params.textDocument.uri) ? undefined : state.document(params.textDocument.uri);
      if (!document) return [];
      const edits = state.guard(() => state.service.fixAll(document, state.settingsFor(document.uri)), []);
      return edits.length ? [fixAllAction({ uri: document.uri }, edits, FIX_ALL_KIND)] : [];
    }
    const learn = (): CodeAction[] => state.guard(() => state.ruleDocs?.learnActions(params.context.diagnostics) ?? [], []);
    const job = state.jobDocument(params.textDocument.uri);
    if (job) return [...state.guard(() => state.jobs.codeActions(job, params.range, params.context.diagnostics), []), ...learn()];
    const document = state.document(params.textDocument.uri);
    if (!document) return [];
    const fixes = state.guard(() => state.service.codeActions(document, params.range, state.settingsFor(document.uri)), []);
    return [...fixes, ...learn()];
  });
}
