import { breakTarget, collectUnits, firstWords, type Unit } from './units';

import type { Pages, PaperMode } from './types';

/**
 * Chooses the page breaks of a resume laid out as paper (body.vitae-paper: the sheet's width and margins) and marks
 * each element that starts a page (see PaperMode). A page breaks before the first piece that would not fit, moved
 * back over pieces kept with the next (a heading and the entry head under it go with its first line).
 */
const PAGE_START = 'vitae-page-start';

/** Takes the marks of an earlier pagination away, so the page is laid out as one flow again. */
export function clearPages(root: HTMLElement): void {
  for (const element of root.querySelectorAll<HTMLElement>(`.${PAGE_START}`)) {
    element.classList.remove(PAGE_START);
    element.style.removeProperty('margin-top');
    if (element.getAttribute('class') === '') element.removeAttribute('class');
    if (element.getAttribute('style') === '') element.removeAttribute('style');
  }
  root.style.removeProperty('min-height');
}

interface Geometry {
  /** The sheet's height, its margin and the desk between sheets, in CSS pixels before any scaling. */
  readonly page: number;
  readonly margin: number;
  readonly gap: number;
  /** The on-screen size over the layout size (the preview scales the sheets to the panel). */
  readonly scale: number;
}

function geometry(root: HTMLElement): Geometry {
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;visibility:hidden;width:0;height:var(--vitae-page-height);padding-top:var(--vitae-sheet-gap,0px)';
  root.append(probe);
  const page = probe.getBoundingClientRect().height;
  const gap = parseFloat(getComputedStyle(probe).paddingTop) || 0;
  probe.remove();
  const scale = root.offsetWidth > 0 ? root.getBoundingClientRect().width / root.offsetWidth : 1;
  return { page: page / scale - gap, margin: parseFloat(getComputedStyle(root).paddingTop) || 0, gap, scale };
}

export function paginate(root: HTMLElement, mode: PaperMode): Pages {
  clearPages(root);
  const geo = geometry(root);
  const height = geo.page - 2 * geo.margin;
  const period = geo.page + geo.gap;
  const units = collectUnits(root);
  const top = (element: HTMLElement): number => (element.getBoundingClientRect().top - root.getBoundingClientRect().top) / geo.scale;
  const bottom = (element: HTMLElement): number => (element.getBoundingClientRect().bottom - root.getBoundingClientRect().top) / geo.scale;
  // The unit each page starts with, and the sheet it is on (a piece taller than a page spills onto the next).
  const starts: Array<{ unit: number; sheet: number; top: number }> = [{ unit: 0, sheet: 0, top: geo.margin }];
  for (;;) {
    const current = starts[starts.length - 1]!;
    const over = units.findIndex((unit, index) => index >= current.unit && bottom(unit.element) - current.top > height - 0.5);
    if (over < 0) break;
    let next = over;
    while (next - 1 > current.unit && units[next - 1]!.keepWithNext) next--;
    if (next <= current.unit) next = current.unit + 1;
    if (next >= units.length) break;
    const target = breakTarget(units[next]!.element, root);
    target.classList.add(PAGE_START);
    const natural = top(target);
    let sheet = current.sheet + 1;
    while (mode === 'screen' && sheet * period + geo.margin < natural - 0.5) sheet++;
    if (mode === 'screen') place(target, sheet * period + geo.margin, top);
    starts.push({ unit: next, sheet, top: top(units[next]!.element) });
  }
  const last = starts[starts.length - 1]!;
  const lastBottom = units.length > 0 ? bottom(units[units.length - 1]!.element) : geo.margin;
  const count = last.sheet + Math.max(1, Math.ceil((lastBottom - last.top - 0.5) / height));
  if (mode === 'screen') root.style.minHeight = `${count * period - geo.gap}px`;
  return { count, ...describe(units, starts, height, bottom) };
}

/** Moves `target` down so that its top is at `wanted`; margins may collapse with a neighbour's, so check once. */
function place(target: HTMLElement, wanted: number, top: (element: HTMLElement) => number): void {
  const natural = top(target);
  target.style.setProperty('margin-top', `${wanted - natural}px`, 'important');
  const placed = top(target);
  if (Math.abs(placed - wanted) > 0.25) target.style.setProperty('margin-top', `${wanted - natural + (wanted - placed)}px`, 'important');
}

function describe(units: readonly Unit[], starts: ReadonlyArray<{ unit: number; top: number }>, height: number, bottom: (element: HTMLElement) => number): Omit<Pages, 'count'> {
  const firstLines: string[] = [];
  const fill: number[] = [];
  const words: number[] = [];
  starts.forEach((start, index) => {
    const end = starts[index + 1]?.unit ?? units.length;
    const onPage = units.slice(start.unit, end);
    firstLines.push(onPage[0] ? firstWords(onPage[0].element) : '');
    fill.push(onPage.length ? Math.min(1, (bottom(onPage[onPage.length - 1]!.element) - start.top) / height) : 0);
    words.push(onPage.reduce((sum, unit) => sum + countWords(unit.element), 0));
  });
  return { firstLines, fill, words };
}

function countWords(element: HTMLElement): number {
  return (element.textContent ?? '').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
