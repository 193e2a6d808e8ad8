import { isMap, isNode, isPair, isSeq, type Document, type Node } from 'yaml';
import type { LineIndex } from '../lineIndex';

/**
 * Where the parser could not read the resume as written: for each parser error, from the start of its line (or of
 * the key whose value the error opens) to the end of the innermost list or map that holds it. What the parser built
 * there is a guess — a mis-indented `label:` becomes a top-level key, a continued line turns `name` into a map — so
 * findings about the structure inside (wrong type, unknown key, …) would describe the guess, not the resume.
 */
export function unreadableSpans(yaml: Document.Parsed, lines: LineIndex): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  for (const error of yaml.errors) {
    if (error.code === 'DUPLICATE_KEY') continue; // read fine: the first value counts
    const at = error.pos[0];
    const lineStart = lines.lineStart(lines.positionAt(at).line);
    const holder = innermostCollection(yaml.contents, at);
    if (!holder) {
      spans.push([lineStart, Number.MAX_SAFE_INTEGER]);
      continue;
    }
    const [start, , end] = holder.node.range!;
    // The error opens this collection (`name: Ada⏎   label:` makes `name` a map): its key is unreadable too.
    const from = at === start && holder.key !== undefined ? Math.min(holder.key, lineStart) : Math.max(start, lineStart);
    spans.push([from, end]);
  }
  return spans;
}

/** Whether `offset` lies in one of `spans` (from `unreadableSpans`). */
export function inSpans(spans: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  return spans.some(([start, end]) => offset >= start && offset < end);
}

interface Holder {
  readonly node: Node;
  /** The start of the key whose value `node` is, if any. */
  readonly key?: number;
}

function innermostCollection(root: unknown, offset: number): Holder | undefined {
  let found: Holder | undefined;
  let current: Holder | undefined = holds(root, offset) ? { node: root as Node } : undefined;
  while (current) {
    found = current;
    current = childHolding(current.node, offset);
  }
  return found;
}

function childHolding(node: Node, offset: number): Holder | undefined {
  if (!isMap(node) && !isSeq(node)) return undefined;
  for (const item of node.items) {
    if (isPair(item)) {
      if (holds(item.value, offset)) {
        const key = isNode(item.key) && item.key.range ? item.key.range[0] : undefined;
        return key === undefined ? { node: item.value as Node } : { node: item.value as Node, key };
      }
      if (holds(item.key, offset)) return { node: item.key as Node };
    } else if (holds(item, offset)) {
      return { node: item as Node };
    }
  }
  return undefined;
}

/** A list or map whose source range holds `offset` (from its first character up to, not including, its end). */
function holds(node: unknown, offset: number): boolean {
  if (!(isMap(node) || isSeq(node)) || !node.range) return false;
  return offset >= node.range[0] && offset < node.range[2];
}
