import type { Position, Range } from 'vscode-languageserver-types';

/**
 * Converts between string offsets (what the core works in) and LSP line/character positions (what editors speak).
 * Offsets stay inside the core; positions are made only at the edge, here.
 */
export class LineIndex {
  readonly #starts: number[];
  readonly #length: number;

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 /* \n */) starts.push(i + 1);
      else if (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.#starts = starts;
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
    return { line: low, character: clamped - this.#starts[low]! };
  }

  offsetAt(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.#starts.length - 1));
    const start = this.#starts[line]!;
    const end = line + 1 < this.#starts.length ? this.#starts[line + 1]! : this.#length;
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  /** The text of one line, without its line break. */
  lineText(text: string, line: number): string {
    const start = this.lineStart(line);
    const end = line + 1 < this.#starts.length ? this.#starts[line + 1]! : this.#length;
    return text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }

  lineStart(line: number): number {
    return this.#starts[Math.max(0, Math.min(line, this.#starts.length - 1))]!;
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }
}
