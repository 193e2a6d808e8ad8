import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { ResumeDocument } from './document';
import type { DiagnosticData } from './lint';

/** The kind of Vitae's Fix All: `"editor.codeActionsOnSave": { "source.fixAll.vitae": "explicit" }` runs it on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.vitae`;

const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);

/**
 * The edits of every problem whose fix needs no one's judgement (`Fix.auto`: a date in ISO 8601, a URL's scheme, a
 * name's casing), in document order. Each replaces only the words at fault, so comments and key order stay; of two
 * fixes that touch the same text, the first is made and the other waits for the next lint.
 */
export function fixAllEdits(doc: ResumeDocument, diagnostics: readonly Diagnostic[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    const fix = (diagnostic.data as DiagnosticData | undefined)?.fixes?.[0];
    if (!fix?.auto) continue;
    edits.push({ range: fix.span ? doc.lines.range(fix.span[0], fix.span[1]) : diagnostic.range, newText: fix.newText });
  }
  edits.sort((a, b) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0));
  const kept: TextEdit[] = [];
  for (const edit of edits) {
    const last = kept[kept.length - 1];
    if (!last || !before(edit.range.start, last.range.end)) kept.push(edit);
  }
  return kept;
}

/**
 * "Fix all auto-fixable problems (6)": one action with every such edit, of `kind` (Fix All, or a quick fix offered
 * beside a problem's own fixes); it belongs to no one problem.
 */
export function fixAllAction(doc: { readonly uri: string }, edits: readonly TextEdit[], kind: string): CodeAction {
  return { title: `Fix all auto-fixable problems (${edits.length})`, kind, edit: { changes: { [doc.uri]: [...edits] } } };
}
