import * as vscode from 'vscode';
import { EditHistory } from './editHistory';
import type { ProblemMark } from './messages';

const SEVERITIES: Record<vscode.DiagnosticSeverity, ProblemMark['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/**
 * Vitae's diagnostics of a resume as the preview marks them: offsets into the document's current text (the
 * preview's `data-src` attributes use the same offsets), the message, and the severity for the underline's colour.
 */
export function problemMarks(document: vscode.TextDocument): ProblemMark[] {
  return vscode.languages
    .getDiagnostics(document.uri)
    .filter((diagnostic) => diagnostic.source === 'vitae')
    .map((diagnostic) => ({
      start: document.offsetAt(diagnostic.range.start),
      end: document.offsetAt(diagnostic.range.end),
      message: diagnostic.message,
      severity: SEVERITIES[diagnostic.severity],
    }));
}

/**
 * One resume's problems and recent edits, to put its problems on the page on screen: the diagnostics' offsets are in
 * the text the editor had when they were published, the page's in the text it was rendered from (the last good one
 * while the YAML is broken). Problems are moved through the edits in between; one on edited text is left out.
 */
export class PageProblems {
  /** The edits of recent versions (scroll sync moves offsets through them too). */
  readonly edits = new EditHistory();
  #marks: { readonly version: number; readonly marks: readonly ProblemMark[] } | undefined;
  readonly #document: () => vscode.TextDocument | undefined;

  constructor(document: () => vscode.TextDocument | undefined) {
    this.#document = document;
  }

  /** The resume was edited: `changes` (in order) made `version`. */
  edited(version: number, changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
    this.edits.record(version, changes.map((change) => ({ offset: change.rangeOffset, removed: change.rangeLength, inserted: change.text.length })));
  }

  /** The diagnostics changed: they are read again, in the text the editor has now. */
  changed(): void {
    this.#marks = undefined;
  }

  /** Another resume: nothing known any more. */
  clear(): void {
    this.edits.clear();
    this.#marks = undefined;
  }

  /** The problems in the text of `version` (the page's). */
  at(version: number): ProblemMark[] {
    if (!this.#marks) {
      const document = this.#document();
      this.#marks = document ? { version: document.version, marks: problemMarks(document) } : { version, marks: [] };
    }
    const { version: from, marks } = this.#marks;
    if (from === version) return [...marks];
    return marks.flatMap((mark) => {
      const moved = this.edits.map(mark.start, mark.end, from, version);
      return moved ? [{ ...mark, ...moved }] : [];
    });
  }

  /** Edits older than both the page (`page`) and the problems are never needed again. */
  forgetBefore(page: number): void {
    this.edits.forgetUpTo(Math.min(page, this.#marks?.version ?? page));
  }
}
