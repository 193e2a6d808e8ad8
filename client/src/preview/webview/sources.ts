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

/**
 * The innermost element whose source holds `offset` (its start up to and including its end, so a cursor just after
 * the last character of a bullet still finds that bullet). Ties go to the shortest range, then the deepest element.
 * The outermost element (the whole resume) never counts: highlighting or underlining the whole page says nothing.
 */
export function elementAtOffset(root: ParentNode, offset: number): Element | undefined {
  let best: Element | undefined;
  let bestLength = Infinity;
  for (const element of root.querySelectorAll('[data-src] [data-src]')) {
    const range = rangeOf(element);
    if (!range || offset < range.start || offset > range.end) continue;
    const length = range.end - range.start;
    // `<=`: querySelectorAll is in document order, so among equal ranges the later (deeper) element wins.
    if (length <= bestLength) {
      best = element;
      bestLength = length;
    }
  }
  return best;
}
