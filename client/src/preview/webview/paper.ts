// Paper mode: the page laid out as the sheets the PDF will have, by the PDF printer's own paginator
// (server/src/page/), then scaled to fit the panel — a transform, so the layout stays the printed one.
import { layOutPaper } from '../../../../server/src/page/fit';
import type { PaperRequest } from '../../../../server/src/page/types';
import type { PaperSummary } from '../messages';

/** Where fitting ended last time, so a keystroke starts its search there. */
let previousStep = -1;

/** Paginates the page when paper mode is on (and the built-in theme draws it); undefined otherwise. */
export function layOutSheets(content: HTMLElement, request: Omit<PaperRequest, 'mode' | 'previous'> | undefined): PaperSummary | undefined {
  if (!request || !document.body.classList.contains('vitae-paper')) return undefined;
  const root = content.querySelector<HTMLElement>('.vitae-resume');
  if (!root) return undefined;
  const result = layOutPaper(root, { ...request, mode: 'screen', previous: previousStep });
  previousStep = result.step;
  fitToPane(content, root);
  const fontsReady = document.fonts.status === 'loaded';
  const widthMm = Math.round((root.offsetWidth * 25.4 * 10) / 96) / 10;
  return { count: result.count, firstLines: result.firstLines, fill: result.fill, fontsReady, widthMm, ...(result.note ? { note: result.note } : {}) };
}

/** Scales the sheets down to the panel's width (never up) and centres them. */
export function fitToPane(content: HTMLElement, root = content.querySelector<HTMLElement>('.vitae-resume')): void {
  if (!root || !document.body.classList.contains('vitae-paper')) return;
  const pane = document.documentElement.clientWidth;
  const width = root.offsetWidth;
  const scale = Math.min(1, (pane - 24) / width);
  root.style.transform = scale < 1 ? `scale(${scale.toFixed(4)})` : '';
  root.style.marginLeft = `${Math.max(12, (pane - width * scale) / 2)}px`;
  content.style.height = `${Math.ceil(root.offsetHeight * scale) + 24}px`;
}
