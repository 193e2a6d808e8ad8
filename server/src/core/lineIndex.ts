import type { Position, Range } from 'vscode-languageserver-types';

/**
 * Converts between string offsets (what the core works in) and LSP line/character positions (what editors speak).
 * Offsets stay inside the core; positions are made only at the edge, here.
 *
 * Lines end at "\n", "\r\n" or a lone "\r", as in LSP. A position never points into a line break: an offset between
 * "\r" and "\n" (where the parser sometimes reports a problem) is the end of its line, because a character beyond
 * the line's length is outside the document for an editor.
 */
export class LineIndex {
  readonly #starts: number[];
  /** Where each line's text ends, before its line break. */
  readonly #ends: number[];
  readonly #length: number;

  constructor(text: string) {
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 /* \n */) {
        ends.push(i > 0 && text.charCodeAt(i - 1) === 13 ? i - 1 : i);
        starts.push(i + 1);
      } else if (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) {
        ends.push(i);
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    this.#starts = starts;
    this.#ends = ends;
    this.#length = text.length;
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.#length));
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.#starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: Math.min(clamped, this.#ends[low]!) - this.#starts[low]! };
  }

  /** The offset of a position; a character beyond the line's end means the end of the line, as LSP says. */
  offsetAt(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.#starts.length - 1));
    const start = this.#starts[line]!;
    return Math.max(start, Math.min(start + Math.max(0, position.character), this.#ends[line]!));
  }

  /** The text of one line, without its line break. */
  lineText(text: string, line: number): string {
    const at = Math.max(0, Math.min(line, this.#starts.length - 1));
    return text.slice(this.#starts[at]!, this.#ends[at]!);
  }

  lineStart(line: number): number {
    return this.#starts[Math.max(0, Math.min(line, this.#starts.length - 1))]!;
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }
}
