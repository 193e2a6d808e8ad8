// The paginator as a script for the PDF printer's page (dist/page.js): the printer evaluates it, then calls
// `vitaePaper(request)` to mark the page breaks before printing — the same code the preview's paper mode runs.
import { layOutPaper, type PaperRequest, type PaperResult } from './fit';

declare global {
  var vitaePaper: (request: PaperRequest) => Promise<PaperResult | undefined>;
}

globalThis.vitaePaper = async (request) => {
  await document.fonts.ready;
  const root = document.querySelector<HTMLElement>('.vitae-resume');
  if (!root) return undefined;
  document.body.classList.add('vitae-paper');
  return layOutPaper(root, request);
};
