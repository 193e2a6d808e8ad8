import * as vscode from 'vscode';
import { firstVisibleFor, readingLine, revealPadding, type EditorScrollGuard, type RevealOptions } from './scrollSync';

/** The offset of the line the reader sees at the top of `editor` (its first character that is not indentation). */
export function topLineOffset(editor: vscode.TextEditor): number | undefined {
  const first = editor.visibleRanges[0]?.start.line;
  if (first === undefined) return undefined;
  const top = Math.min(readingLine(first, padding(editor)), editor.document.lineCount - 1);
  return editor.document.offsetAt(new vscode.Position(top, editor.document.lineAt(top).firstNonWhitespaceCharacterIndex));
}

/** Shows the line of `offset` at the top of `editor`, telling `guard` which visible-range change will echo it. */
export function showAtTop(editor: vscode.TextEditor, offset: number, guard: EditorScrollGuard): void {
  const line = editor.document.positionAt(offset).line;
  const first = firstVisibleFor(line, padding(editor));
  if (editor.visibleRanges[0]?.start.line === first) return;
  guard.moving(first);
  editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
}

function padding(editor: vscode.TextEditor): number {
  const range = editor.visibleRanges[0];
  return revealPadding(range ? range.end.line - range.start.line + 1 : 0, revealOptions(editor));
}

/** The editor options that decide where a line revealed "at top" lands (the sticky-scroll headers cover the top). */
function revealOptions(editor: vscode.TextEditor): RevealOptions {
  const config = vscode.workspace.getConfiguration('editor', editor.document);
  return {
    cursorSurroundingLines: config.get<number>('cursorSurroundingLines', 0),
    stickyScroll: config.get<boolean>('stickyScroll.enabled', true),
    stickyLines: config.get<number>('stickyScroll.maxLineCount', 5),
  };
}
