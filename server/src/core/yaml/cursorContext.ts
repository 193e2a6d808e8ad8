import type { PathSegment } from './nodes';

/**
 * Where the cursor is, read from the text's indentation rather than the syntax tree: while someone types, the
 * line under the cursor is rarely valid YAML (`  pos`, `- `), but its indentation still says where it belongs.
 */
export type CursorContext =
  | {
      readonly kind: 'key';
      readonly path: PathSegment[];
      readonly prefix: string;
      /** The character on the cursor's line where the word being typed starts. */
      readonly start: number;
      readonly siblings: ReadonlySet<string>;
      /** The cursor follows a fresh "- ": the first key of a new list item. */
      readonly newItem: boolean;
    }
  | { readonly kind: 'value'; readonly path: PathSegment[]; readonly prefix: string; readonly start: number };

interface LineShape {
  readonly dashes: number[];
  readonly keyCol: number;
  readonly key?: string;
  /** The key has something after its colon on the same line (so nothing can nest below it). */
  readonly inlineValue: boolean;
  readonly blank: boolean;
}

const KEY = /^([^\s#'"\-?:,[\]{}][^#:]*?|"[^"]*"|'[^']*'):(?:\s+(.*))?$/;

function shapeOf(line: string): LineShape {
  const indent = line.length - line.trimStart().length;
  let rest = line.slice(indent);
  if (rest === '' || rest.startsWith('#')) return { dashes: [], keyCol: indent, inlineValue: false, blank: true };
  const dashes: number[] = [];
  let col = indent;
  while (/^-(\s+|$)/.test(rest)) {
    const width = (/^-\s*/.exec(rest) ?? ['-'])[0].length;
    dashes.push(col);
    col += width;
    rest = rest.slice(width);
  }
  const match = KEY.exec(rest.replace(/\s+#.*$/, ''));
  if (!match) return { dashes, keyCol: col, inlineValue: rest !== '', blank: false };
  const after = (match[2] ?? '').trim();
  const inlineValue = after !== '' && !/^[&!|>]/.test(after);
  return { dashes, keyCol: col, key: match[1]!.replace(/^["']|["']$/g, ''), inlineValue, blank: false };
}

/**
 * Walks up from `lineNo` to find the path of the block whose content sits at column `target`. `inclusive` means we
 * came out of a sequence item, whose parent key may sit at the same column as the dash (`work:\n- name: …`).
 */
function pathFor(lines: Lines, lineNo: number, target: number, inclusive: boolean): PathSegment[] | undefined {
  const path: PathSegment[] = [];
  for (let i = lineNo - 1; i >= 0; i--) {
    if (target === 0 && !inclusive) return path;
    const text = lines.line(i);
    // Lines indented past the target cannot be its parent; skipping them before any regex keeps this fast.
    const indent = leadingSpaces(text);
    if (indent > target || (indent === target && !inclusive)) continue;
    const shape = shapeOf(text);
    if (shape.blank) continue;
    const dash = [...shape.dashes].reverse().find((column) => column < target);
    if (dash !== undefined && shape.keyCol >= target) {
      path.unshift(0);
      target = dash;
      inclusive = true;
      continue;
    }
    if (shape.keyCol > target || (shape.keyCol === target && !inclusive)) continue;
    if (shape.keyCol === target && shape.dashes.length > 0) continue;
    if (!shape.key || shape.inlineValue) return undefined;
    path.unshift(shape.key);
    target = shape.keyCol;
    inclusive = false;
    const ownDash = shape.dashes[shape.dashes.length - 1];
    if (ownDash !== undefined) {
      path.unshift(0);
      target = ownDash;
      inclusive = true;
    }
  }
  return target === 0 && !inclusive ? path : undefined;
}

/** Keys already written in the block the cursor is in (above and below), so completion does not offer them again. */
function siblingsAround(lines: Lines, lineNo: number, col: number): Set<string> {
  const siblings = new Set<string>();
  for (let i = lineNo - 1; i >= 0; i--) {
    if (leadingSpaces(lines.line(i)) > col) continue;
    const shape = shapeOf(lines.line(i));
    if (shape.blank || shape.keyCol > col) continue;
    if (shape.keyCol === col && shape.key) siblings.add(shape.key);
    if (shape.keyCol < col || shape.dashes.some((dash) => dash < col)) break;
  }
  for (let i = lineNo + 1; i < lines.count; i++) {
    if (leadingSpaces(lines.line(i)) > col) continue;
    const shape = shapeOf(lines.line(i));
    if (shape.blank) continue;
    if (shape.keyCol < col || shape.dashes.some((dash) => dash < col)) break;
    if (shape.keyCol === col && shape.key) siblings.add(shape.key);
  }
  return siblings;
}

/** Random access to the document's lines (without their line breaks). */
export interface Lines {
  readonly count: number;
  line(index: number): string;
}

export function cursorContext(lines: Lines, position: { line: number; character: number }): CursorContext | undefined {
  const lineNo = position.line;
  const before = lines.line(lineNo).slice(0, position.character);
  if (inComment(before)) return undefined;
  const offset = position.character;

  const valueMatch = /^(\s*)((?:-\s+)*)([^\s#'"\-?:,[\]{}][^#:]*?):\s+(.*)$/.exec(before);
  if (valueMatch) {
    const dashes = dashColumns(valueMatch[1]!.length, valueMatch[2]!);
    const keyCol = valueMatch[1]!.length + valueMatch[2]!.length;
    const parent = dashes.length > 0 ? pathFor(lines, lineNo, dashes[0]!, true) : pathFor(lines, lineNo, keyCol, false);
    if (!parent) return undefined;
    const prefix = valueMatch[4]!.replace(/^["']/, '');
    return { kind: 'value', path: [...parent, ...dashes.map(() => 0), valueMatch[3]!], prefix, start: offset - prefix.length };
  }
  const keyMatch = /^(\s*)((?:-\s+)*)([\w$]*)$/.exec(before);
  if (!keyMatch) return undefined;
  const dashes = dashColumns(keyMatch[1]!.length, keyMatch[2]!);
  const col = keyMatch[1]!.length + keyMatch[2]!.length;
  const parent = dashes.length > 0 ? pathFor(lines, lineNo, dashes[0]!, true) : pathFor(lines, lineNo, col, false);
  if (!parent) return undefined;
  const prefix = keyMatch[3]!;
  const siblings = dashes.length > 0 ? new Set<string>() : siblingsAround(lines, lineNo, col);
  return { kind: 'key', path: [...parent, ...dashes.map(() => 0)], prefix, start: offset - prefix.length, siblings, newItem: dashes.length > 0 };
}

/** A "#" at the line's start or after a space, outside a quoted value, starts a comment; the one in "C#" does not. */
function inComment(before: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < before.length; i++) {
    const char = before[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if ((char === '"' || char === "'") && (i === 0 || /[\s[{,]/.test(before[i - 1]!))) quote = char;
    else if (char === '#' && (i === 0 || /\s/.test(before[i - 1]!))) return true;
  }
  return false;
}

function dashColumns(indent: number, dashes: string): number[] {
  const out: number[] = [];
  let col = indent;
  for (const match of dashes.matchAll(/-\s+/g)) {
    out.push(col);
    col += match[0].length;
  }
  return out;
}

function leadingSpaces(text: string): number {
  let count = 0;
  while (text.charCodeAt(count) === 32) count++;
  return count;
}
