/**
 * The pieces a page may break between, read from the laid-out page: a heading, an entry's head, a paragraph, one
 * bullet, a skills line. The CSS decides, so the preview and the printed PDF agree: an element with
 * `break-inside: avoid` (or a flex or grid box, whose items sit side by side) is one piece; a block whose children
 * are all blocks is opened; `break-after: avoid` keeps a piece with the next (a heading, an entry's head).
 */
export interface Unit {
  readonly element: HTMLElement;
  readonly keepWithNext: boolean;
}

const BLOCK_DISPLAYS = new Set(['block', 'list-item', 'flow-root', 'table', 'flex', 'grid']);

export function collectUnits(root: HTMLElement): Unit[] {
  const units: Unit[] = [];
  const visit = (parent: HTMLElement): void => {
    for (const child of parent.children) {
      if (!(child instanceof HTMLElement)) continue;
      const style = getComputedStyle(child);
      if (style.display === 'none' || style.position === 'absolute' || style.position === 'fixed') continue;
      if (opens(child, style)) visit(child);
      // A head keeps with what follows it inside its own entry; the last thing in an entry keeps with nothing.
      else units.push({ element: child, keepWithNext: (style.breakAfter === 'avoid' || style.breakAfter === 'avoid-page') && child.nextElementSibling !== null });
    }
  };
  visit(root);
  return units;
}

/** Whether the pieces are inside `element`: a plain block holding only blocks, free to break inside. */
function opens(element: HTMLElement, style: CSSStyleDeclaration): boolean {
  if (style.display !== 'block' && style.display !== 'list-item') return false;
  if (style.breakInside === 'avoid' || style.breakInside === 'avoid-page') return false;
  if (element.children.length === 0) return false;
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '') return false;
  }
  for (const child of element.children) {
    if (!(child instanceof HTMLElement)) return false;
    const display = getComputedStyle(child).display;
    if (display !== 'none' && !BLOCK_DISPLAYS.has(display)) return false;
  }
  return true;
}

/**
 * The element a break before `unit` goes on: the outermost box that starts where the unit starts (a section whose
 * heading it is, an entry whose head it is), so that the box's own margin and border move with it.
 */
export function breakTarget(unit: HTMLElement, root: HTMLElement): HTMLElement {
  let target = unit;
  for (let parent = target.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (parent.firstElementChild !== target) break;
    const style = getComputedStyle(parent);
    if (parseFloat(style.paddingTop) > 0 || parseFloat(style.borderTopWidth) > 0) break;
    target = parent;
  }
  return target;
}

/** The first words of a piece, to name the line a page starts with. */
export function firstWords(element: HTMLElement): string {
  return (element.innerText || element.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 80);
}
