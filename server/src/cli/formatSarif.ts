import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { VERSION } from '../version';

export interface FileResult {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  /** With `--summary`: the resume's writing figures. */
  readonly summary?: { readonly bullets: number; readonly quantified: number; readonly weakOpeners: number; readonly words: number };
}

const LEVEL: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'note',
  [DiagnosticSeverity.Hint]: 'note',
};

/** SARIF 2.1.0, the format GitHub code scanning and other CI dashboards read. */
export function formatSarif(results: readonly FileResult[]): string {
  const ruleIds = [...new Set(results.flatMap((result) => result.diagnostics.map((d) => String(d.code))))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vitae',
            version: VERSION,
            informationUri: 'https://github.com/vitae-dev/vitae',
            rules: ruleIds.map((id) => ({ id, helpUri: `https://github.com/vitae-dev/vitae/blob/main/docs/rules/${id}.md` })),
          },
        },
        results: results.flatMap((result) =>
          result.diagnostics.map((diagnostic) => ({
            ruleId: String(diagnostic.code),
            ruleIndex: ruleIds.indexOf(String(diagnostic.code)),
            level: LEVEL[diagnostic.severity ?? DiagnosticSeverity.Error],
            message: { text: diagnostic.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: result.file.split('\\').join('/') },
                  region: {
                    startLine: diagnostic.range.start.line + 1,
                    startColumn: diagnostic.range.start.character + 1,
                    endLine: diagnostic.range.end.line + 1,
                    endColumn: diagnostic.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
