import { isMap, isNode, isSeq, type Node, type Pair } from 'yaml';
import { keyText, spanOf, type PathSegment } from './nodes';

export interface PathHit {
  readonly path: PathSegment[];
  readonly pair?: Pair;
  readonly onKey: boolean;
}

const within = (span: [number, number] | undefined, offset: number): boolean =>
  span !== undefined && span[0] <= offset && offset <= span[1];

/** The path of the innermost key or value at `offset` in the syntax tree. */
export function pathAt(root: unknown, offset: number): PathHit | undefined {
  let node: unknown = root;
  const path: PathSegment[] = [];
  let hit: PathHit | undefined;
  for (let depth = 0; depth < 64 && isNode(node); depth++) {
    if (isMap(node)) {
      const pair = node.items.find((item) => within(spanOf(item.key), offset) || within(valueSpan(item), offset));
      const key = pair ? keyText(pair) : null;
      if (!pair || key === null) return hit;
      path.push(key);
      if (within(spanOf(pair.key), offset)) return { path, pair, onKey: true };
      hit = { path: [...path], pair, onKey: false };
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => within(spanOf(item), offset));
      if (index < 0) return hit;
      path.push(index);
      node = node.items[index];
    } else return hit;
  }
  return hit;
}

function valueSpan(pair: Pair): [number, number] | undefined {
  const value = pair.value as Node | null;
  return spanOf(value);
}
