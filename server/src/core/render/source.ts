import type { DateStyle } from '../design';
import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Wording } from './wording';

/** What every section renderer needs: the text (for offsets and number spellings) and the options. */
export interface RenderContext {
  readonly text: string;
  readonly yaml: Document.Parsed;
  readonly allowRemoteImages: boolean;
  /** How dates are written: "Mar 2021" (short), "March 2021" (long), "03/2021" (numeric). */
  readonly dateStyle?: DateStyle;
  /** The words around the resume's own, in its language (`wording.ts`); English when absent. */
  readonly wording?: Wording;
}

export type Value = Node | undefined;

/** Follows an alias to the node it names, so `*anchor` renders like the anchored value. */
export function resolved(ctx: RenderContext, node: unknown): Value {
  if (isAlias(node)) {
    try {
      const target = node.resolve(ctx.yaml);
      return isNode(target) ? target : undefined;
    } catch {
      return undefined;
    }
  }
  return isNode(node) ? node : undefined;
}

/** The value under `key` in a map (the first one, if a key is duplicated). */
export function field(ctx: RenderContext, node: Value, key: string): Value {
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return resolved(ctx, pair.value);
  }
  return undefined;
}

/** The entries of a section: the items of a list, or a lone value treated as a one-entry list. */
export function entries(ctx: RenderContext, node: Value): Node[] {
  if (isSeq(node)) return node.items.map((item) => resolved(ctx, item)).filter((item): item is Node => item !== undefined);
  return node === undefined || (isScalar(node) && node.value === null) ? [] : [node];
}

/**
 * The text of a value as a reader should see it. Numbers keep their spelling (`3.50`, not `3.5`); a list or map
 * where text belongs shows its texts joined with commas; null and empty values have no text.
 */
export function textOf(ctx: RenderContext, node: Value): string | undefined {
  if (node === undefined) return undefined;
  if (isScalar(node)) {
    const value = node.value;
    if (value === null || value === undefined) return undefined;
    if (typeof value === 'string') return value.trim() === '' ? undefined : value;
    if (node.range && typeof value !== 'object') return ctx.text.slice(node.range[0], node.range[1]).trim() || String(value);
    return String(value);
  }
  const parts: string[] = [];
  if (isSeq(node)) for (const item of node.items) pushText(ctx, parts, resolved(ctx, item));
  else if (isMap(node)) for (const pair of node.items) pushText(ctx, parts, resolved(ctx, pair.value));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function pushText(ctx: RenderContext, parts: string[], node: Value): void {
  const text = textOf(ctx, node);
  if (text !== undefined) parts.push(text);
}

/** ` data-src="start-end"`: UTF-16 offsets of the node in the source, for sync between editor and preview. */
export function src(node: Value, end?: Value): string {
  const start = node?.range?.[0];
  const stop = (end ?? node)?.range?.[1];
  return start === undefined || stop === undefined ? '' : ` data-src="${start}-${stop}"`;
}
