import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type ResumeLanguageService } from '../core/service';
import { effectiveSettings } from '../core/settings';
import { ProjectConfigs } from '../node/projectConfig';
import { expandInputs, readResumeFile } from './files';
import { languageName } from '../core/writing/languageName';
import { writingFigures } from '../core/writing/summary';
import { readRuleDoc } from '../node/ruleDocs';
import { formatGithub } from './formatGithub';
import { formatSarif, type FileResult } from './formatSarif';
import { formatText } from './formatText';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'github'];

export interface LintRequest {
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  readonly color: boolean;
  /** Also print per-resume writing figures (bullets, quantified share, weak openers, words). */
  readonly summary?: boolean;
  /** First fix, in the files, every problem whose fix needs no one's judgement (Fix All); report what is left. */
  readonly fix?: boolean;
}

export interface CommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** `vitae lint`: 0 when no file has an error, 1 when any has, 2 when a file cannot be read. */
export function runLint(request: LintRequest): CommandOutput {
  const service = createLanguageService();
  const configs = new ProjectConfigs();
  const results: FileResult[] = [];
  const texts = new Map<string, string>();
  const problems: string[] = [];
  const warnings = new Set<string>();
  const files = expandInputs(request.inputs);
  if (files.length === 0) problems.push(`vitae: no resume files found in ${request.inputs.join(', ')}`);
  for (const file of files) {
    const read = readResumeFile(file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const absolute = resolve(file);
    const config = configs.forFile(absolute);
    for (const problem of config.problems) warnings.add(`vitae: ${config.path}: ${problem}`);
    const uri = pathToFileURL(absolute).href;
    const settings = effectiveSettings(undefined, config);
    const fixing = request.fix ? fixFile(service, uri, read.text, settings) : { text: read.text, fixed: 0, version: 1 };
    if (fixing.fixed > 0) {
      try {
        writeFileSync(file, fixing.text);
      } catch (error) {
        problems.push(`vitae: cannot write ${file}: ${(error as Error).message}`);
        continue;
      }
    }
    const text = fixing.text;
    texts.set(file, text);
    const document = { uri, version: fixing.version, getText: () => text };
    const diagnostics = service.lint(document, settings);
    results.push({ file, diagnostics, ...(request.summary ? { summary: writingFigures(service.summary(document)) } : {}), ...(request.fix ? { fixed: fixing.fixed } : {}) });
  }
  const hasError = results.some((result) => result.diagnostics.some((d) => d.severity === DiagnosticSeverity.Error));
  const stdout = formatResults(request, results, texts);
  return { stdout, stderr: [...warnings, ...problems].join('\n'), exitCode: problems.length > 0 ? 2 : hasError ? 1 : 0 };
}

// A fix can reveal another (a name fixed in a list that then repeats one): a few rounds, as ESLint makes.
const FIX_ROUNDS = 10;

/** The text with every problem Fix All would fix fixed, round after round until none is left. */
function fixFile(service: ResumeLanguageService, uri: string, original: string, settings: ReturnType<typeof effectiveSettings>): { text: string; fixed: number; version: number } {
  let text = original;
  let fixed = 0;
  let version = 1;
  for (let round = 0; round < FIX_ROUNDS; round++) {
    const current = text;
    const edits = service.fixAll({ uri, version, getText: () => current }, settings);
    if (edits.length === 0) break;
    text = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', version, current), edits);
    fixed += edits.length;
    version++;
  }
  return { text, fixed, version };
}

function formatResults(request: LintRequest, results: readonly FileResult[], texts: ReadonlyMap<string, string>): string {
  switch (request.format) {
    case 'json':
      return JSON.stringify(results, null, 2);
    case 'sarif':
      return formatSarif(results, readRuleDoc);
    case 'github':
      return [...formatGithub(results), textSummary(results)].join('\n');
    case 'text':
      return results
        .filter((result) => result.diagnostics.length > 0)
        .map((result) => formatText(result.file, texts.get(result.file)!, result.diagnostics, request.color))
        .concat(request.summary ? results.map(summaryLine) : [])
        .concat([textSummary(results)])
        .join('\n');
  }
}

function textSummary(results: readonly FileResult[]): string {
  const all = results.flatMap((result) => result.diagnostics);
  const count = (severity: DiagnosticSeverity): number => all.filter((d) => d.severity === severity).length;
  const fixing = results.some((result) => result.fixed !== undefined);
  const fixed = fixing ? `; ${plural(results.reduce((sum, result) => sum + (result.fixed ?? 0), 0), 'problem')} fixed` : '';
  return `${plural(results.length, 'file')} checked: ${plural(count(DiagnosticSeverity.Error), 'error')}, ${plural(count(DiagnosticSeverity.Warning), 'warning')}${fixed}`;
}

function summaryLine(result: FileResult): string {
  const summary = result.summary;
  if (!summary) return '';
  const share = summary.bullets === 0 ? 0 : Math.round((100 * summary.quantified) / summary.bullets);
  // Weak openers are English advice: a resume in another language says which instead.
  const openers = summary.language ? `written in ${languageName(summary.language)}` : plural(summary.weakOpeners, 'weak opener');
  return `${result.file}: ${plural(summary.bullets, 'bullet')}, ${summary.quantified} quantified (${share}%), ${openers}, ${plural(summary.words, 'word')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
