import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import { CODE_CATALOG } from '../core/catalog';
import type { WritingFigures } from '../core/writing/summary';
import type { SeverityName } from '../core/codes';
import type { RuleDoc } from '../core/ruleDoc';
import { VERSION } from '../version';

export interface FileResult {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  /** With `--summary`: the resume's writing figures. */
  readonly summary?: WritingFigures;
  /** With `--fix`: how many problems were fixed in the file (the diagnostics are those left). */
  readonly fixed?: number;
}

const LEVEL: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'note',
  [DiagnosticSeverity.Hint]: 'note',
};

const DEFAULT_LEVEL: Record<SeverityName, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * SARIF 2.1.0, the format GitHub code scanning and other CI dashboards read. Each rule carries its documentation
 * inline (the page from docs/rules), so a dashboard shows it without following a link; no link is emitted that
 * could lead nowhere.
 */
export function formatSarif(results: readonly FileResult[], describe: (code: string) => RuleDoc | undefined = () => undefined): string {
  const ruleIds = [...new Set(results.flatMap((result) => result.diagnostics.map((d) => String(d.code))))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'vitae', version: VERSION, semanticVersion: VERSION, rules: ruleIds.map((id) => rule(id, describe(id))) } },
        // LSP counts characters in UTF-16 code units, as the positions below do.
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) =>
          result.diagnostics.map((diagnostic) => ({
            ruleId: String(diagnostic.code),
            ruleIndex: ruleIds.indexOf(String(diagnostic.code)),
            level: LEVEL[diagnostic.severity ?? DiagnosticSeverity.Error],
            message: { text: diagnostic.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(result.file) },
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

function rule(id: string, doc: RuleDoc | undefined): object {
  const summary = CODE_CATALOG[id];
  return {
    id,
    ...(summary ? { shortDescription: { text: summary } } : {}),
    ...(doc?.description ? { fullDescription: { text: doc.description } } : {}),
    ...(doc ? { help: { text: doc.text, markdown: doc.markdown } } : {}),
    ...(doc?.defaultSeverity ? { defaultConfiguration: { level: DEFAULT_LEVEL[doc.defaultSeverity] } } : {}),
  };
}

/**
 * A relative path stays relative (code scanning resolves it against the checkout), with `/` separators and each
 * segment percent-encoded; an absolute path becomes a `file:` URI.
 */
export function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file
    .split(/[\\/]/)
    .filter((segment, index) => !(segment === '.' && index === 0) && segment !== '')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
