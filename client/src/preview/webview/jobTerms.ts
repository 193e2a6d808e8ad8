// The job posting's terms, marked where the resume shows them (vitae.preview.jobTerms): CSS Custom Highlights over
// the words themselves, so the page's DOM — and what morphdom compares — stays untouched.
import type { JobTermMark } from '../messages';
import { elementAt, indexSources } from './sources';

let marks: readonly JobTermMark[] = [];

export function setJobTerms(next: readonly JobTermMark[]): void {
  marks = next;
}

/** Draws the marks on the page in `root` (again after every patch: a patched text node loses its range). */
export function drawJobTerms(root: ParentNode): number {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return 0;
  const required = new Highlight();
  const preferred = new Highlight();
  if (marks.length > 0) {
    const index = indexSources(root);
    for (const mark of marks) {
      const element = elementAt(index, mark.start);
      const range = element && rangeOfWords(element, mark.text);
      if (range) (mark.need === 'required' ? required : preferred).add(range);
    }
  }
  CSS.highlights.set('vitae-job-required', required);
  CSS.highlights.set('vitae-job-preferred', preferred);
  return required.size + preferred.size;
}

/** The first place `words` stand in `element`'s text (any case), as a Range over its text nodes. */
function rangeOfWords(element: Element, words: string): Range | undefined {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const text = nodes.map((node) => node.data).join('');
  const at = text.toLowerCase().indexOf(words.trim().toLowerCase());
  if (!words.trim() || at < 0) return undefined;
  const range = document.createRange();
  let offset = 0;
  for (const node of nodes) {
    const next = offset + node.data.length;
    if (at >= offset && at <= next) range.setStart(node, at - offset);
    if (at + words.trim().length >= offset && at + words.trim().length <= next) {
      range.setEnd(node, at + words.trim().length - offset);
      return range;
    }
    offset = next;
  }
  return undefined;
}
