import { Scalar } from 'yaml';

/**
 * Maps offsets in a scalar's value to offsets in the document. A plain one-line scalar is its own source; quoted,
 * escaped, folded and block scalars are aligned character by character so that ranges still land on the words.
 */
export interface TextMap {
  /** Document offsets covering `value.slice(from, to)`. */
  span(from: number, to: number): [number, number];
  /** Whether the document holds exactly `value.slice(from, to)` there, so a fix may replace it as text. */
  verbatim(from: number, to: number): boolean;
}

const LOOKAHEAD = 12;
const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';

export function textMap(docText: string, value: string, range: readonly [number, number], type: Scalar['type']): TextMap {
  const [start, end] = range;
  let offsets: Int32Array | undefined;
  const identity = docText.slice(start, end) === value;
  const offset = (index: number): number => {
    if (identity) return start + index;
    offsets ??= align(docText, value, contentStart(docText, start, end, type), end);
    return offsets[Math.min(Math.max(index, 0), Math.max(value.length - 1, 0))] ?? start;
  };
  const span = (from: number, to: number): [number, number] => {
    if (to <= from) return [offset(from), offset(from)];
    return [offset(from), offset(to - 1) + 1];
  };
  return {
    span,
    verbatim: (from, to) => {
      const [a, b] = span(from, to);
      return docText.slice(a, b) === value.slice(from, to);
    },
  };
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
