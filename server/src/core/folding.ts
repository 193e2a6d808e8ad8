import { isMap, isNode, isSeq, type Node } from 'yaml';
import type { FoldingRange } from 'vscode-languageserver-types';
import type { ResumeDocument } from './document';
import { spanOf } from './yaml/nodes';

/** Folds every section, entry and list that spans more than one line. */
export function foldingRanges(doc: ResumeDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (start: number, end: number): void => {
    const first = doc.lines.positionAt(start).line;
    const last = doc.lines.positionAt(trimEnd(doc.text, end)).line;
    if (last > first) ranges.push({ startLine: first, endLine: last });
  };
  const visit = (node: unknown, depth: number): void => {
    if (!isNode(node) || depth > 32) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const keySpan = spanOf(pair.key);
        const valueSpan = spanOf(pair.value);
        if (keySpan && valueSpan && (isMap(pair.value) || isSeq(pair.value))) add(keySpan[0], valueSpan[1]);
        visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const span = spanOf(item);
        if (span && isMap(item)) add(span[0], span[1]);
        visit(item as Node, depth + 1);
      }
    }
  };
  visit(doc.yaml.contents, 0);
  return ranges;
}

/** Node ranges end after trailing newlines; a fold should end on the last line with text. */
function trimEnd(text: string, end: number): number {
  let at = Math.min(end, text.length);
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return Math.max(0, at - 1);
}
