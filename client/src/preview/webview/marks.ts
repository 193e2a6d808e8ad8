import type { ProblemMark } from '../messages';
import { elementAtOffset } from './sources';

/**
 * Decorations the webview adds on top of the rendered page: problem underlines (class + `title` with the
 * messages) and the highlight of the element under the editor's cursor. They are removed before each patch and
 * put back after it, so the DOM differ only ever compares renderer output.
 */

const PROBLEM_CLASSES = ['vitae-problem', 'vitae-problem-error', 'vitae-problem-warning', 'vitae-problem-info', 'vitae-problem-hint'];
const SEVERITY_ORDER: ReadonlyArray<ProblemMark['severity']> = ['error', 'warning', 'info', 'hint'];
export const ACTIVE_CLASS = 'vitae-active';
const TITLE_MARKER = 'data-vitae-title';

export function clearProblems(root: ParentNode): void {
  for (const element of root.querySelectorAll('.vitae-problem')) {
    element.classList.remove(...PROBLEM_CLASSES);
    // Put back a title the renderer wrote (a theme may use one); drop ours.
    const original = element.getAttribute(TITLE_MARKER);
    if (original === null || original === '') element.removeAttribute('title');
    else element.setAttribute('title', original);
    element.removeAttribute(TITLE_MARKER);
  }
}

/** Underlines, for each problem, the innermost element that holds its start; messages of one element are joined. */
export function applyProblems(root: ParentNode, problems: readonly ProblemMark[]): void {
  const byElement = new Map<Element, ProblemMark[]>();
  for (const problem of problems) {
    const element = elementAtOffset(root, problem.start);
    if (!element) continue;
    const list = byElement.get(element) ?? [];
    list.push(problem);
    byElement.set(element, list);
  }
  for (const [element, list] of byElement) {
    const worst = SEVERITY_ORDER.find((severity) => list.some((problem) => problem.severity === severity)) ?? 'hint';
    element.setAttribute(TITLE_MARKER, element.getAttribute('title') ?? '');
    element.setAttribute('title', list.map((problem) => problem.message).join('\n'));
    element.classList.add('vitae-problem', `vitae-problem-${worst}`);
  }
}

export function clearHighlight(root: ParentNode): void {
  for (const element of root.querySelectorAll(`.${ACTIVE_CLASS}`)) element.classList.remove(ACTIVE_CLASS);
}

/** Highlights the element for `offset`; returns it (undefined when no element holds the offset). */
export function applyHighlight(root: ParentNode, offset: number | undefined): Element | undefined {
  if (offset === undefined) return undefined;
  const element = elementAtOffset(root, offset);
  element?.classList.add(ACTIVE_CLASS);
  return element;
}
