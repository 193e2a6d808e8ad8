import type { ProblemMark } from '../messages';
import { elementAt, indexSources } from './sources';

/**
 * Decorations the webview adds on top of the rendered page: problem underlines (classes and a `title` with the
 * messages) and the highlight of the element under the editor's cursor. `decorate` brings a tree to the wanted
 * state touching only elements whose decoration changes: a render is decorated before the DOM differ compares it
 * with the page, so unchanged elements stay equal and the browser restyles nothing it need not.
 */

const SEVERITY_ORDER: ReadonlyArray<ProblemMark['severity']> = ['error', 'warning', 'info', 'hint'];
const SEVERITY_CLASSES = SEVERITY_ORDER.map((severity) => `vitae-problem-${severity}`);
export const PROBLEM_CLASS = 'vitae-problem';
export const ACTIVE_CLASS = 'vitae-active';

interface WantedProblem {
  readonly severityClass: string;
  readonly title: string;
}

/** Underlines the innermost element holding each problem's start (one title per element) and highlights `active`. */
export function decorate(root: ParentNode, problems: readonly ProblemMark[], activeOffset: number | undefined): Element | undefined {
  const index = problems.length > 0 || activeOffset !== undefined ? indexSources(root) : undefined;
  const wanted = new Map<Element, ProblemMark[]>();
  for (const problem of problems) {
    const element = elementAt(index!, problem.start);
    if (element) wanted.set(element, [...(wanted.get(element) ?? []), problem]);
  }
  for (const element of root.querySelectorAll(`.${PROBLEM_CLASS}`)) {
    if (!wanted.has(element)) clearProblem(element);
  }
  for (const [element, list] of wanted) {
    const worst = SEVERITY_ORDER.find((severity) => list.some((problem) => problem.severity === severity)) ?? 'hint';
    setProblem(element, { severityClass: `vitae-problem-${worst}`, title: list.map((problem) => problem.message).join('\n') });
  }

  const active = activeOffset === undefined ? undefined : elementAt(index!, activeOffset);
  for (const element of root.querySelectorAll(`.${ACTIVE_CLASS}`)) {
    if (element !== active) element.classList.remove(ACTIVE_CLASS);
  }
  if (active && !active.classList.contains(ACTIVE_CLASS)) active.classList.add(ACTIVE_CLASS);
  return active;
}

function setProblem(element: Element, wanted: WantedProblem): void {
  const classes = element.classList;
  if (!classes.contains(PROBLEM_CLASS)) classes.add(PROBLEM_CLASS);
  for (const severityClass of SEVERITY_CLASSES) {
    const want = severityClass === wanted.severityClass;
    if (classes.contains(severityClass) !== want) classes.toggle(severityClass, want);
  }
  if (element.getAttribute('title') !== wanted.title) element.setAttribute('title', wanted.title);
}

function clearProblem(element: Element): void {
  element.classList.remove(PROBLEM_CLASS, ...SEVERITY_CLASSES);
  element.removeAttribute('title');
}
