import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { ResumeDocument } from './document';
import { fixAllAction, fixAllEdits, fixRange } from './fixAll';
import type { DiagnosticData } from './lint';

const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
const overlaps = (a: Range, b: Range): boolean => before(a.start, b.end) && before(b.start, a.end);

/**
 * Quick fixes for the current diagnostics that touch `range`. Each replaces exactly the span at fault, so comments
 * and key order survive. The diagnostics come from linting the very version the request is about, so spans are exact.
 */
export function codeActions(doc: ResumeDocument, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (!overlaps(diagnostic.range, range)) continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    (data?.fixes ?? []).forEach((fix, index) => {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: { changes: { [doc.uri]: [{ range: fixRange(doc, diagnostic, fix), newText: fix.newText }] } },
      });
    });
  }
  // Beside a problem Fix All would fix, the action that fixes every one of them in the file, as ESLint offers.
  const here = diagnostics.filter((diagnostic) => overlaps(diagnostic.range, range) && (diagnostic.data as DiagnosticData | undefined)?.fixes?.[0]?.auto);
  if (here.length > 0) {
    const edits = fixAllEdits(doc, diagnostics);
    if (edits.length > 1) actions.push(fixAllAction(doc, edits, CodeActionKind.QuickFix));
  }
  return actions;
}
