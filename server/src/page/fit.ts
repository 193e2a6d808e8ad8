import type { FitStep } from '../core/design';
import { paginate } from './paginate';
import type { Pages, PaperMode, PaperRequest, PaperResult } from './types';

export type { PaperRequest, PaperResult } from './types';

/** A last page filled less than this is a widow page: the layout tightens its spacing to pull it back. */
const WIDOW_FILL = 0.35;
/** …or holding fewer words than this. */
const WIDOW_WORDS = 40;

/** Lays the resume out as pages, tightening the design within readable bounds where asked (or to avoid a widow page). */
export function layOutPaper(root: HTMLElement, request: PaperRequest): PaperResult {
  const at = (index: number): Pages => {
    applyStep(index < 0 ? request.base : request.steps[index]!, request.mode);
    return paginate(root, request.mode);
  };
  const natural = at(-1);
  const last = natural.count - 1;
  const widow = request.fitPages === 0 && natural.count > 1 && ((natural.fill[last] ?? 1) < WIDOW_FILL || (natural.words[last] ?? WIDOW_WORDS) < WIDOW_WORDS);
  if (request.fitPages === 0 && !widow) return { ...natural, step: -1 };
  const target = request.fitPages > 0 ? request.fitPages : natural.count - 1;
  // A widow page is worth tighter spacing and margins, and at most a point less text.
  const allowed = request.fitPages > 0 ? request.steps.length : request.steps.filter((step) => step.fontSize >= request.base.fontSize - 1).length;
  if (natural.count <= target) return { ...natural, step: -1 };
  const fits = (index: number): Pages | undefined => {
    const pages = at(index);
    return pages.count <= target ? pages : undefined;
  };
  // The loosest step that fits, searched from where the last layout ended (a keystroke rarely moves it far).
  let index = Math.max(0, Math.min(request.previous ?? 0, allowed - 1));
  let found = allowed > 0 ? fits(index) : undefined;
  if (found) {
    for (let looser = index - 1; looser >= 0 && fits(looser); looser--) index = looser;
    found = at(index);
  } else {
    while (!found && ++index < allowed) found = fits(index);
  }
  if (found) return { ...found, step: index, note: fittedNote(request.steps[index]!, target) };
  const restored = at(-1);
  if (request.fitPages === 0) return { ...restored, step: -1 };
  const tightest = request.steps[request.steps.length - 1] ?? request.base;
  const note = `It does not fit on ${pagesText(target)} even with ${tightest.fontSize} pt text and ${tightest.margin} mm margins: it needs ${pagesText(natural.count)} as designed. Shorten it, or fit it to more pages.`;
  return { ...restored, step: -1, note };
}

function fittedNote(step: FitStep, pages: number): string {
  return `Fitted to ${pagesText(pages)}: spacing ${Math.round(step.space * 100)}%, ${step.margin} mm margins, ${step.fontSize} pt text.`;
}

function pagesText(count: number): string {
  return count === 1 ? '1 page' : `${count} pages`;
}

/** Sets the page's spacing, margins and text size; when printing, the printed page's margins too. */
function applyStep(step: FitStep, mode: PaperMode): void {
  const style = document.body.style;
  style.setProperty('--vitae-space', String(step.space));
  style.setProperty('--vitae-margin', `${step.margin}mm`);
  style.setProperty('--vitae-font-size', `${step.fontSize}pt`);
  if (mode !== 'print') return;
  let rule = document.getElementById('vitae-fit-page');
  if (!rule) {
    rule = document.createElement('style');
    rule.id = 'vitae-fit-page';
    document.head.append(rule);
  }
  rule.textContent = `@page { margin: ${step.margin}mm; }`;
}
