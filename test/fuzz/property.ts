import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseResume } from '../../server/src/core/document';
import { reparse } from '../../server/src/core/incremental';
import { createLanguageService, type ResumeLanguageService } from '../../server/src/core/service';
import { textDocuments } from '../../server/src/lsp/textDocuments';
import { changesFor, describeStep, type Step } from './edits';
import { problemsOf, type Answers } from './invariants';

const today = (): Date => new Date('2026-11-22T12:00:00Z');
const URI = 'file:///edited.resume.yaml';
const FRESH_URI = 'file:///fresh.resume.yaml';

/** Figures of a run: edits applied and, for each, the time from the change to its diagnostics (ms). */
export interface Figures {
  edits: number;
  /** Edits the incremental re-parse accepted (each then checked against a fresh open like every other). */
  fastPath: number;
  readonly latencies: number[];
}

export const newFigures = (): Figures => ({ edits: 0, fastPath: 0, latencies: [] });

/** The answers the server's features give for one version, the way its handlers ask the service. */
function answersOf(service: ResumeLanguageService, doc: TextDocument, cursor: number, all: boolean): Answers {
  const diagnostics = service.lint(doc);
  const symbols = service.documentSymbols(doc);
  const folding = service.foldingRanges(doc);
  if (!all) return { diagnostics, symbols, folding };
  const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
  const position = doc.positionAt(cursor);
  return {
    diagnostics,
    symbols,
    folding,
    codeActions: service.codeActions(doc, whole),
    codeLenses: service.codeLenses(doc),
    completion: service.complete(doc, position),
    hover: service.hover(doc, position),
  };
}

/**
 * Opens `start`, applies the steps as `didChange`s exactly as the server does (its `textDocuments.update`, the version
 * going up by one each time) and after every change checks the invariant: the edited document's diagnostics, outline
 * and folding equal those of the same text opened fresh in a new service, and every answer is valid LSP. Throws on
 * the first difference, saying which step and text; anything logged at warning or error level is a failure too.
 */
export function runSequence(start: string, steps: readonly Step[], figures: Figures = newFigures()): void {
  const logged: string[] = [];
  const restore = captureLogs(logged);
  try {
    const service = createLanguageService({ today });
    let doc = textDocuments.create(URI, 'resume-yaml', 1, start);
    service.lint(doc);
    for (const [index, step] of steps.entries()) {
      for (const changes of changesFor(step, doc)) {
        const first = changes[changes.length - 1]!;
        const cursor = ('range' in first ? doc.offsetAt(first.range.start) : 0) + first.text.length;
        const previous = doc.getText();
        const began = performance.now();
        doc = textDocuments.update(doc, changes, doc.version + 1);
        service.lint(doc);
        figures.latencies.push(performance.now() - began);
        figures.edits++;
        const text = doc.getText();
        if (reparse(parseResume(URI, 1, previous), URI, 2, text)) figures.fastPath++;
        const where = `after step ${index} ${describeStep(step)}, the text being ${JSON.stringify(text)}`;
        const edited = answersOf(service, doc, Math.min(cursor, text.length), true);
        const fresh = answersOf(createLanguageService({ today }), textDocuments.create(FRESH_URI, 'resume-yaml', 1, text), 0, false);
        assert.deepStrictEqual(edited.diagnostics, fresh.diagnostics, `diagnostics differ from a fresh open ${where}`);
        assert.deepStrictEqual(edited.symbols, fresh.symbols, `outline differs from a fresh open ${where}`);
        assert.deepStrictEqual(edited.folding, fresh.folding, `folding differs from a fresh open ${where}`);
        assert.deepStrictEqual(problemsOf(edited, text), [], `invalid LSP ${where}`);
        assert.deepStrictEqual(logged, [], `logged ${where}`);
      }
    }
  } finally {
    restore();
  }
}

/** Collects what would reach the editor's log at warning or error level: console output and process warnings. */
function captureLogs(into: string[]): () => void {
  const { error, warn } = console;
  const emitWarning = process.emitWarning;
  console.error = (...args: unknown[]) => into.push(`console.error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => into.push(`console.warn: ${args.map(String).join(' ')}`);
  process.emitWarning = ((warning: string | Error) => into.push(`process warning: ${String(warning)}`)) as typeof process.emitWarning;
  return () => {
    console.error = error;
    console.warn = warn;
    process.emitWarning = emitWarning;
  };
}
