import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { FileResult } from './formatSarif';

const COMMAND: Record<number, string | undefined> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'notice',
  // Hints are what the editor shows faintly; as pull-request annotations they would be noise.
  [DiagnosticSeverity.Hint]: undefined,
};

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`): a step that prints them gets one annotation
 * per problem on the pull request's diff and in the run's summary.
 */
export function formatGithub(results: readonly FileResult[]): string[] {
  const lines: string[] = [];
  for (const result of results) {
    const file = result.file.split('\\').join('/').replace(/^\.\//, '');
    for (const diagnostic of result.diagnostics) {
      const command = COMMAND[diagnostic.severity ?? DiagnosticSeverity.Error];
      if (!command) continue;
      const { start, end } = diagnostic.range;
      const properties = [
        `file=${property(file)}`,
        `line=${start.line + 1}`,
        `endLine=${end.line + 1}`,
        `col=${start.character + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${property(`vitae ${String(diagnostic.code)}`)}`,
      ];
      const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
      lines.push(`::${command} ${properties.join(',')}::${data(message)}`);
    }
  }
  return lines;
}

/** The escaping the Actions runner undoes for a command's message. */
function data(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** …and for a property's value, where `:` and `,` are separators. */
function property(value: string): string {
  return data(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
