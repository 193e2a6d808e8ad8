import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

const NAMES: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};
const COLORS: Record<number, string> = { 1: '\x1b[31m', 2: '\x1b[33m', 3: '\x1b[36m', 4: '\x1b[90m' };

/** clang-style: `file:line:col: severity: message [code]`, then the source line and a caret under the span. */
export function formatText(file: string, text: string, diagnostics: readonly Diagnostic[], color: boolean): string {
  const lines = text.split(/\r?\n|\r/);
  const paint = (code: string, value: string): string => (color ? `${code}${value}\x1b[0m` : value);
  return diagnostics
    .map((diagnostic) => {
      const { start, end } = diagnostic.range;
      const severity = diagnostic.severity ?? DiagnosticSeverity.Error;
      const head = `${paint('\x1b[1m', `${file}:${start.line + 1}:${start.character + 1}:`)} ${paint(COLORS[severity]!, `${NAMES[severity]}:`)} ${diagnostic.message} [${String(diagnostic.code)}]`;
      const source = (lines[start.line] ?? '').replace(/\t/g, ' ');
      const width = end.line === start.line ? Math.max(1, end.character - start.character) : Math.max(1, source.length - start.character);
      const caret = ' '.repeat(start.character) + '^' + '~'.repeat(Math.max(0, Math.min(width, 200) - 1));
      return `${head}\n${source.length > 300 ? source.slice(0, 300) + '…' : source}\n${paint('\x1b[32m', caret)}`;
    })
    .join('\n');
}
