import type { Position } from 'vscode-languageserver-types';
import { parseResume, type ResumeDocument } from '../../server/src/core/document';
import type { TextSource } from '../../server/src/core/service';
import { WritingCodes } from '../../server/src/core/writing/codes';

/** Lines joined with "\n": tests write documents line by line, the way they look in the editor. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

export const CURSOR = '$|$';

/** Removes the `$|$` cursor marker and returns the text and the cursor's position. */
export function withCursor(marked: string): { text: string; position: Position } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error(`no ${CURSOR} in the text`);
  const text = marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
  const before = text.slice(0, offset).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1]!.length } };
}

let version = 0;

export function source(text: string, uri = 'file:///resume.yaml'): TextSource {
  const v = ++version;
  return { uri, version: v, getText: () => text };
}

export function resumeOf(text: string): ResumeDocument {
  return parseResume('file:///resume.yaml', ++version, text);
}

/** The text a range covers, for asserting exactly what is underlined. */
export function textAt(text: string, range: { start: Position; end: Position }): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line]!.slice(range.start.character, range.end.character);
  return [lines[range.start.line]!.slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line]!.slice(0, range.end.character)].join('\n');
}

/** Lint options that turn the writing rules off, for tests about structure. */
export const STRUCTURE_ONLY = {
  severities: Object.fromEntries(Object.values(WritingCodes).map((code) => [code, 'off' as const])),
};
