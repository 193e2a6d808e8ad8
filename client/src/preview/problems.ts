import * as vscode from 'vscode';
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
