import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { ResumeDocument } from './document';
import type { Fix } from './finding';
import type { DiagnosticData } from './lint';

/** The kind of Vitae's Fix All: `"editor.codeActionsOnSave": { "source.fixAll.vitae": "explicit" }` runs it on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.vitae`;

/** Where a fix's edit goes: its own span ("Add to skills" writes in the skills), else the words at fault. */
export function fixRange(doc: ResumeDocument, diagnostic: Diagnostic, fix: Fix): Range {
  return fix.span ? doc.lines.range(fix.span[0], fix.span[1]) : diagnostic.range;
}

/**
 * The edits of every problem whose fix needs no one's judgement (`Fix.auto`: a date in ISO 8601, a URL's scheme, a
 * name's casing), in document order. Each replaces only the words at fault, so comments and key order stay; of two
 * fixes that touch the same text, the first is made and the other waits for the next lint.
 */
export function fixAllEdits(doc: ResumeDocument, diagnostics: readonly Diagnostic[]): TextEdit[] {
  const edits: Array<{ edit: TextEdit; start: number; end: number }> = [];
  for (const diagnostic of diagnostics) {
    const fix = (diagnostic.data as DiagnosticData | undefined)?.fixes?.[0];
    if (!fix?.auto) continue;
    const range = fixRange(doc, diagnostic, fix);
    edits.push({ edit: { range, newText: fix.newText }, start: doc.lines.offsetAt(range.start), end: doc.lines.offsetAt(range.end) });
  }
  edits.sort((a, b) => a.start - b.start);
  const kept: typeof edits = [];
  for (const edit of edits) if (kept.length === 0 || edit.start >= kept[kept.length - 1]!.end) kept.push(edit);
  return kept.map(({ edit }) => edit);
}

/**
 * "Fix all auto-fixable problems (6)": one action with every such edit, of `kind` (Fix All, or a quick fix offered
 * beside a problem's own fixes); it belongs to no one problem.
 */
export function fixAllAction(doc: { readonly uri: string }, edits: readonly TextEdit[], kind: string): CodeAction {
  return { title: `Fix all auto-fixable problems (${edits.length})`, kind, edit: { changes: { [doc.uri]: [...edits] } } };
}
