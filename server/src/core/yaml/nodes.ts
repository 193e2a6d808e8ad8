import { isMap, isNode, isPair, isScalar, isSeq, visit, type Document, type Node, type Pair, type ParsedNode } from 'yaml';

export type PathSegment = string | number;

/** The key of a map pair as text (`null` when the key is not a plain scalar). */
export function keyText(pair: Pair): string | null {
  const key = pair.key;
  if (isScalar(key) && key.value !== null && typeof key.value !== 'object') return String(key.value);
  return null;
}

/** Source offsets `[start, end)` of a node, without the trailing whitespace and comments yaml keeps in range[2]. */
export function spanOf(node: unknown): [number, number] | undefined {
  if (!isNode(node) || !node.range) return undefined;
  return [node.range[0], node.range[1]];
}

export interface Located {
  readonly node: ParsedNode | null;
  readonly pair?: Pair<ParsedNode, ParsedNode | null>;
}

/**
 * Follows a path (as in JSON Pointer segments) into the syntax tree. Stops at the deepest node it can reach, so the
 * caller always has something to point at.
 */
export function locate(root: unknown, path: readonly PathSegment[]): Located & { depth: number } {
  let current: Located = { node: (isNode(root) ? root : null) as ParsedNode | null };
  let depth = 0;
  for (const segment of path) {
    const node = current.node;
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item) === String(segment));
      if (!pair) break;
      current = { node: (pair.value ?? null) as ParsedNode | null, pair: pair as Pair<ParsedNode, ParsedNode | null> };
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (!isNode(item)) break;
      current = { node: item as ParsedNode };
    } else break;
    depth++;
  }
  return { ...current, depth };
}

/** The span to underline for a located node: the value when it has text, otherwise its key. */
export function targetSpan(located: Located, preferKey = false): [number, number] | undefined {
  const keySpan = located.pair ? spanOf(located.pair.key) : undefined;
  const valueSpan = spanOf(located.node);
  const valueIsBlock = isMap(located.node) || isSeq(located.node);
  if (keySpan && (preferKey || valueIsBlock || !valueSpan || valueSpan[0] === valueSpan[1])) return keySpan;
  if (valueSpan && valueIsBlock) return firstLine(valueSpan, located.node as Node);
  return valueSpan ?? keySpan;
}

function firstLine(span: [number, number], node: Node): [number, number] {
  const items = (node as unknown as { items: unknown[] }).items;
  const first = items[0];
  const inner = isPair(first) ? spanOf(first.key) : spanOf(first);
  return inner ?? [span[0], span[0] + 1];
}

/** The spans of every map key in the document, by start offset, in one walk (for placing parser errors on keys). */
export function keySpans(yaml: Document.Parsed): { at(offset: number): [number, number] | undefined; from(offset: number): number | undefined } {
  const spans: Array<[number, number]> = [];
  visit(yaml, {
    Pair(_key, pair) {
      const span = spanOf(pair.key);
      if (span) spans.push(span);
    },
  });
  spans.sort((a, b) => a[0] - b[0]);
  const firstFrom = (offset: number): number => {
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (spans[mid]![0] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return {
    at: (offset) => {
      const span = spans[firstFrom(offset)];
      return span && span[0] === offset ? span : undefined;
    },
    from: (offset) => spans[firstFrom(offset)]?.[0],
  };
}
