import type {
  CodeAction,
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Position,
  Range,
  TextEdit,
} from 'vscode-languageserver-types';

/** What the server answers about one version of a document. */
export interface Answers {
  readonly diagnostics: readonly Diagnostic[];
  readonly symbols: readonly DocumentSymbol[];
  readonly folding: readonly FoldingRange[];
  readonly codeActions?: readonly CodeAction[];
  readonly codeLenses?: readonly CodeLens[];
  readonly completion?: CompletionList | null;
  readonly hover?: Hover | null;
}

/**
 * The lengths of a text's lines without their line breaks, counted as LSP counts them: UTF-16 code units, lines
 * ending at "\n", "\r\n" or a lone "\r". Written here from scratch, so the check does not trust the code it checks.
 */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

const show = (range: Range): string => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Every way an answer is not valid LSP for this text, as sentences (none when it is valid). */
export function problemsOf(answers: Answers, text: string): string[] {
  const lengths = lineLengths(text);
  const problems: string[] = [];
  const position = (p: Position, what: string): void => {
    const valid = Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0;
    if (!valid || p.line >= lengths.length || p.character > lengths[p.line]!) {
      problems.push(`${what}: position ${p.line}:${p.character} is outside the document (line length ${String(lengths[p.line])})`);
    }
  };
  const range = (r: Range, what: string): void => {
    position(r.start, what);
    position(r.end, what);
    if (!before(r.start, r.end)) problems.push(`${what}: range ${show(r)} ends before it starts`);
  };
  const within = (inner: Range, outer: Range): boolean => before(outer.start, inner.start) && before(inner.end, outer.end);

  for (const d of answers.diagnostics) {
    range(d.range, `diagnostic ${String(d.code)}`);
    if (typeof d.message !== 'string' || !d.message.trim()) problems.push(`diagnostic ${String(d.code)} has no message`);
  }
  const symbol = (s: DocumentSymbol, path: string): void => {
    const what = `symbol ${path}${JSON.stringify(s.name)}`;
    if (typeof s.name !== 'string' || s.name.trim() === '') problems.push(`${what}: the name is empty or only white space`);
    range(s.range, what);
    range(s.selectionRange, `${what} selection`);
    if (!within(s.selectionRange, s.range)) problems.push(`${what}: selection ${show(s.selectionRange)} is not inside ${show(s.range)}`);
    for (const child of s.children ?? []) symbol(child, `${path}${s.name} › `);
  };
  answers.symbols.forEach((s) => symbol(s, ''));
  for (const f of answers.folding) {
    if (!(f.startLine >= 0 && f.startLine < f.endLine && f.endLine < lengths.length)) problems.push(`folding ${f.startLine}-${f.endLine} is not inside the document`);
  }
  for (const action of answers.codeActions ?? []) {
    const edits: TextEdit[] = Object.values(action.edit?.changes ?? {}).flat();
    edits.forEach((edit) => range(edit.range, `code action ${JSON.stringify(action.title)}`));
    const sorted = [...edits].sort((a, b) => (before(a.range.start, b.range.start) ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) {
      if (!before(sorted[i - 1]!.range.end, sorted[i]!.range.start)) problems.push(`code action ${JSON.stringify(action.title)}: edits overlap`);
    }
  }
  for (const lens of answers.codeLenses ?? []) range(lens.range, `code lens ${JSON.stringify(lens.command?.title)}`);
  for (const item of answers.completion?.items ?? []) {
    const edit = item.textEdit;
    if (edit && 'range' in edit) range(edit.range, `completion ${JSON.stringify(item.label)}`);
    if (edit && 'insert' in edit) {
      range(edit.insert, `completion ${JSON.stringify(item.label)} insert`);
      range(edit.replace, `completion ${JSON.stringify(item.label)} replace`);
    }
    if (!item.label) problems.push('completion item without a label');
  }
  if (answers.hover?.range) range(answers.hover.range, 'hover');
  return problems;
}
