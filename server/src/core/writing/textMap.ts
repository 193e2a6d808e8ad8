import { Scalar } from 'yaml';

const LOOKAHEAD = 12;
const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';

/**
 * Maps offsets in a scalar's value to offsets in the document. A plain one-line scalar is its own source, so an
 * offset maps by adding the scalar's start; quoted, escaped, folded and block scalars are aligned character by
 * character (on first use) so that ranges still land on the words.
 */
export class TextMap {
  readonly #docText: string;
  readonly #value: string;
  readonly #start: number;
  readonly #end: number;
  readonly #type: Scalar['type'];
  #identity: boolean | undefined;
  #offsets: Int32Array | undefined;

  constructor(docText: string, value: string, start: number, end: number, type: Scalar['type']) {
    this.#docText = docText;
    this.#value = value;
    this.#start = start;
    this.#end = end;
    this.#type = type;
  }

  /** Document offsets covering `value.slice(from, to)`. */
  span(from: number, to: number): [number, number] {
    if (to <= from) return [this.#offset(from), this.#offset(from)];
    return [this.#offset(from), this.#offset(to - 1) + 1];
  }

  /** Whether the document holds exactly `value.slice(from, to)` there, so a fix may replace it as text. */
  verbatim(from: number, to: number): boolean {
    if (this.#isIdentity()) return true;
    const [a, b] = this.span(from, to);
    return this.#docText.slice(a, b) === this.#value.slice(from, to);
  }

  #isIdentity(): boolean {
    this.#identity ??= this.#end - this.#start === this.#value.length && this.#docText.startsWith(this.#value, this.#start);
    return this.#identity;
  }

  #offset(index: number): number {
    if (this.#isIdentity()) return this.#start + index;
    this.#offsets ??= align(this.#docText, this.#value, contentStart(this.#docText, this.#start, this.#end, this.#type), this.#end);
    return this.#offsets[Math.min(Math.max(index, 0), Math.max(this.#value.length - 1, 0))] ?? this.#start;
  }
}

function contentStart(docText: string, start: number, end: number, type: Scalar['type']): number {
  if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) return start + 1;
  if (type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) {
    const header = docText.indexOf('\n', start);
    return header < 0 || header >= end ? start : header + 1;
  }
  return start;
}

// Greedy: each value character takes the next matching source character; escapes ("\"", "''", "\u00e9") and
// folded line breaks are skipped over. Characters that cannot be found keep the cursor where it is.
function align(docText: string, value: string, from: number, to: number): Int32Array {
  const out = new Int32Array(value.length);
  let cursor = from;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (isSpace(ch)) {
      out[i] = Math.min(cursor, to);
      if (isSpace(docText[cursor])) {
        while (cursor < to && isSpace(docText[cursor])) cursor++;
      }
      continue;
    }
    let found = -1;
    for (let j = cursor; j < Math.min(to, cursor + LOOKAHEAD); j++) {
      if (docText[j] === ch) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      out[i] = Math.min(cursor, Math.max(to - 1, from));
      continue;
    }
    out[i] = found;
    cursor = found + 1;
  }
  return out;
}
