/**
 * Source positions in the page: every element the renderer made from resume text carries
 * `data-src="<start>-<end>"`, UTF-16 offsets into the text of the rendered version.
 */

export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

export function rangeOf(element: Element): SourceRange | undefined {
  const match = /^(\d+)-(\d+)$/.exec(element.getAttribute('data-src') ?? '');
  return match ? { start: Number(match[1]), end: Number(match[2]) } : undefined;
}

/** The nearest element at or above `node` that has a source range (what a click on `node` means). */
export function sourceElementOf(node: EventTarget | null): Element | undefined {
  let element = node instanceof Element ? node : node instanceof Node ? node.parentElement : null;
  while (element) {
    if (element.hasAttribute('data-src')) return element;
    element = element.parentElement;
  }
  return undefined;
}

/** Every element with a source range, except the outermost (the whole resume), in document order. */
export interface SourceIndex {
  readonly elements: readonly Element[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Reads every `data-src` once, so looking up many offsets (each problem, the cursor) costs no DOM queries. */
export function indexSources(root: ParentNode): SourceIndex {
  const found = root.querySelectorAll('[data-src] [data-src]');
  const elements: Element[] = [];
  const starts = new Int32Array(found.length);
  const ends = new Int32Array(found.length);
  for (const element of found) {
    const range = rangeOf(element);
    if (!range) continue;
    starts[elements.length] = range.start;
    ends[elements.length] = range.end;
    elements.push(element);
  }
  return { elements, starts, ends };
}

/**
 * The innermost element whose source holds `offset` (its start up to and including its end, so a cursor just after
 * the last character of a bullet still finds that bullet). Ties go to the shortest range, then the deepest element.
 * The outermost element (the whole resume) never counts: highlighting or underlining the whole page says nothing.
 */
export function elementAt(index: SourceIndex, offset: number): Element | undefined {
  let best = -1;
  let bestLength = Infinity;
  for (let i = 0; i < index.elements.length; i++) {
    if (offset < index.starts[i]! || offset > index.ends[i]!) continue;
    const length = index.ends[i]! - index.starts[i]!;
    // `<=`: the index is in document order, so among equal ranges the later (deeper) element wins.
    if (length <= bestLength) {
      best = i;
      bestLength = length;
    }
  }
  return best < 0 ? undefined : index.elements[best];
}

export function elementAtOffset(root: ParentNode, offset: number): Element | undefined {
  return elementAt(indexSources(root), offset);
}
