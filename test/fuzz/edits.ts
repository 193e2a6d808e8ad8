import fc from 'fast-check';
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { DEFECT_TEXTS, LINES, PIECES, RESUMES } from './corpus';

/**
 * One thing a user does. Places are drawn as large numbers and taken modulo the text's length when the step is
 * applied, so a step fits any text and fast-check can shrink a failing sequence step by step.
 */
export type Step =
  /** Typing, one keystroke (one `didChange`) per piece, the cursor moving along. */
  | { readonly kind: 'type'; readonly at: number; readonly keys: readonly string[] }
  | { readonly kind: 'paste'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'replace'; readonly at: number; readonly length: number; readonly text: string }
  | { readonly kind: 'indent'; readonly line: number; readonly text: string }
  | { readonly kind: 'dedent'; readonly line: number }
  | { readonly kind: 'deleteLines'; readonly line: number; readonly count: number }
  | { readonly kind: 'pasteLines'; readonly line: number; readonly from: number; readonly count: number }
  /** Several cursors typing the same text: one `didChange` with a change per cursor, last one first. */
  | { readonly kind: 'multiCursor'; readonly at: readonly number[]; readonly text: string }
  /** "Change End of Line Sequence": the whole text replaced. */
  | { readonly kind: 'lineEndings'; readonly crlf: boolean }
  /** Typing inside or after a value (a bullet, a name), where the incremental re-parse applies. */
  | { readonly kind: 'typeInValue'; readonly line: number; readonly at: number; readonly keys: readonly string[] }
  /** Backspace pressed inside a value, one `didChange` per press. */
  | { readonly kind: 'backspaceInValue'; readonly line: number; readonly at: number; readonly count: number };

const place = fc.nat({ max: 1_000_000 });
/** What people type into values: words, digits, signs, quotes, and the odd invisible or foreign character. */
const valueKey = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789.,;%$€()-/+&@_=*!?\'"#:\t'.split(''),
  ' ', ' ', 'e', 'a', ' by 40%', ' #', ': ', '\u00a0', '😀', '\u200f', '\u0301', 'é', 'ü', 'ß', '\u0000', '\ufeff', '\u2028', '\u0085', ' \\', '\\n',
);
const piece = fc.constantFrom(...PIECES);
const word = fc.constantFrom(...PIECES.filter((p) => p.length > 1 && !/[\r\n\ud800-\udfff]/.test(p)));
/** Keystrokes: single pieces, or a word typed character by character. */
const keys = fc.oneof(
  fc.array(piece, { minLength: 1, maxLength: 4 }),
  word.map((w) => Array.from(w)),
);

export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('type' as const), at: place, keys }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('paste' as const), at: place, text: fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join('')) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: place, length: fc.integer({ min: 1, max: 24 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: place, length: fc.integer({ min: 1, max: 12 }), text: piece }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('indent' as const), line: place, text: fc.constantFrom('  ', ' ', '\t', '    ') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dedent' as const), line: place }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteLines' as const), line: place, count: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pasteLines' as const), line: place, from: place, count: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('multiCursor' as const), at: fc.array(place, { minLength: 2, maxLength: 3 }), text: piece }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('lineEndings' as const), crlf: fc.boolean() }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('typeInValue' as const), line: place, at: place, keys: fc.array(valueKey, { minLength: 1, maxLength: 6 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('backspaceInValue' as const), line: place, at: place, count: fc.integer({ min: 1, max: 4 }) }) },
);

const valueStep: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('typeInValue' as const), line: place, at: place, keys: fc.array(valueKey, { minLength: 1, maxLength: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('backspaceInValue' as const), line: place, at: place, count: fc.integer({ min: 1, max: 4 }) }) },
);

/**
 * A sequence of steps: half the time anything at all, half the time only typing and deleting inside values, which
 * keeps the YAML valid long enough for the incremental re-parse to be taken again and again.
 */
export const sequenceArbitrary = (maxLength: number): fc.Arbitrary<Step[]> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.array(stepArbitrary, { minLength: 1, maxLength }) },
    { weight: 1, arbitrary: fc.array(valueStep, { minLength: 1, maxLength }) },
  );

/** A text to start from: a whole resume, a window of its lines, or a defect's text; with either line ending. */
export const startArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom(...RESUMES) },
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...RESUMES), place, fc.integer({ min: 1, max: 30 })).map(([text, from, count]) => window(text, from, count)) },
      { weight: 2, arbitrary: fc.constantFrom(...DEFECT_TEXTS) },
    ),
    fc.boolean(),
  )
  .map(([text, crlf]) => (crlf ? text.replace(/\r?\n/g, '\r\n') : text));

function window(text: string, from: number, count: number): string {
  const lines = text.split('\n');
  const start = from % lines.length;
  return lines.slice(start, start + count).join('\n') + '\n';
}

/** The `didChange` notifications a step sends, each a list of content changes, computed against the current text. */
export function changesFor(step: Step, doc: TextDocument): TextDocumentContentChangeEvent[][] {
  const text = doc.getText();
  const offset = (at: number): number => caretIn(text, at % (text.length + 1));
  const range = (start: number, end: number) => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
  const lineStart = (line: number): number => doc.offsetAt({ line: line % doc.lineCount, character: 0 });
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  switch (step.kind) {
    case 'type':
      return typing(text, offset(step.at), step.keys);
    case 'typeInValue': {
      const at = valueOffset(text, step.line, step.at);
      return at === undefined ? [] : typing(text, at, step.keys);
    }
    case 'backspaceInValue': {
      const at = valueOffset(text, step.line, step.at);
      if (at === undefined) return [];
      const presses: TextDocumentContentChangeEvent[][] = [];
      let current = text;
      let caret = at;
      for (let i = 0; i < step.count && caret > 0 && !/[\r\n]/.test(current[caret - 1]!); i++) {
        const from = caretIn(current, caret - 1);
        presses.push([{ range: { start: positionIn(current, from), end: positionIn(current, caret) }, text: '' }]);
        current = current.slice(0, from) + current.slice(caret);
        caret = from;
      }
      return presses;
    }
    case 'paste':
      return [[{ range: range(offset(step.at), offset(step.at)), text: step.text }]];
    case 'delete': {
      const start = offset(step.at);
      return [[{ range: range(start, caretIn(text, Math.min(text.length, start + step.length))), text: '' }]];
    }
    case 'replace': {
      const start = offset(step.at);
      return [[{ range: range(start, caretIn(text, Math.min(text.length, start + step.length))), text: step.text }]];
    }
    case 'indent': {
      const start = lineStart(step.line);
      return [[{ range: range(start, start), text: step.text }]];
    }
    case 'dedent': {
      const start = lineStart(step.line);
      const spaces = /^ {0,2}/.exec(text.slice(start, start + 2))![0].length;
      return spaces === 0 ? [] : [[{ range: range(start, start + spaces), text: '' }]];
    }
    case 'deleteLines': {
      const first = step.line % doc.lineCount;
      const end = first + step.count < doc.lineCount ? doc.offsetAt({ line: first + step.count, character: 0 }) : text.length;
      return [[{ range: range(lineStart(first), end), text: '' }]];
    }
    case 'pasteLines': {
      const start = lineStart(step.line);
      const from = step.from % LINES.length;
      const pasted = LINES.slice(from, from + step.count).map((line) => line + eol).join('');
      return [[{ range: range(start, start), text: pasted }]];
    }
    case 'multiCursor': {
      const offsets = [...new Set(step.at.map(offset))].sort((a, b) => b - a);
      return [offsets.map((at) => ({ range: range(at, at), text: step.text }))];
    }
    case 'lineEndings': {
      const converted = step.crlf ? text.replace(/\r?\n/g, '\r\n') : text.replace(/\r\n/g, '\n');
      return converted === text ? [] : [[{ range: range(0, text.length), text: converted }]];
    }
  }
}

/** Keystrokes typed from `at` on, each landing after the previous one, positions computed on the text as it is then. */
function typing(text: string, from: number, keys: readonly string[]): TextDocumentContentChangeEvent[][] {
  let at = from;
  let current = text;
  return keys.map((key) => {
    at = caretIn(current, at);
    const position = positionIn(current, at);
    current = current.slice(0, at) + key + current.slice(at);
    at += key.length;
    return [{ range: { start: position, end: position }, text: key }];
  });
}

/** An offset inside or at the end of the value on the first line from `line` on that has one (`key: value`, `- value`). */
function valueOffset(text: string, line: number, at: number): number | undefined {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  const starts: number[] = [];
  lines.reduce((start, l) => (starts.push(start), start + l.length), 0);
  for (let i = 0; i < lines.length; i++) {
    const index = (line + i) % lines.length;
    const content = lines[index]!.replace(/\r?\n$|\r$/, '');
    const value = /^(\s*(?:- )?(?:[^\s:#][^:#]*: +)?)([^\s#].*)$/.exec(content);
    if (!value) continue;
    const start = starts[index]! + value[1]!.length;
    return caretIn(text, start + (at % (value[2]!.length + 1)));
  }
  return undefined;
}

/** Where an editor can put the caret: never between "\r" and "\n", nor inside a surrogate pair. */
function caretIn(text: string, offset: number): number {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before === 13 && after === 10) return offset - 1;
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return offset - 1;
  return offset;
}

/** An LSP position in a text, counting lines the way LSP does ("\n", "\r\n" or a lone "\r"). */
export function positionIn(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}

/** How a step reads in a failure report. */
export function describeStep(step: Step): string {
  return JSON.stringify(step);
}
