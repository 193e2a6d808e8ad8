// The preview's one script, bundled for the browser into dist/preview.js. It patches the page with morphdom on
// every render (no reload: scroll position and text selection stay), keeps the last good page while the YAML is
// broken, underlines problems, highlights the element under the editor's cursor and reports clicks as source
// offsets. It never fetches anything and runs no code from the resume or a theme.
import morphdom from 'morphdom';
import type { BannerState, FromWebview, InitialState, PaperSummary, PersistedState, ProblemMark, ThemeLayout, ToWebview } from '../messages';
import { followBannerSize, showBanner as fillBanner } from './banner';
import { decorate } from './marks';
import { fitToPane, layOutSheets } from './paper';
import { drawJobTerms, setJobTerms } from './jobTerms';
import { sanitize } from './sanitize';
import { createScrollSync } from './scrollSync';
import { elementAtOffset, rangeOf, sourceElementOf } from './sources';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: PersistedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
/** Where the render goes: `#vitae-content`, or the body itself for a theme package's page (no wrapper). */
const content = document.getElementById('vitae-content') ?? document.body;
const themePage = content === document.body;
const banner = document.getElementById('vitae-banner')!;
// A theme's CSS lays out the body's children (a grid on body, `body > header`): the banner is not one of them.
if (themePage) document.documentElement.append(banner);
const initial = JSON.parse(document.getElementById('vitae-state')?.getAttribute('content') ?? '{}') as InitialState;

let version = initial.version;
/** The version the page's `data-src` offsets belong to: older than `version` while the YAML is broken. */
let pageVersion = initial.pageVersion ?? initial.version;
let problems: readonly ProblemMark[] = initial.problems ?? [];
/** The version whose text `problems` are in: they are drawn only on a page of that version. */
let problemsVersion = pageVersion;
let activeOffset: number | undefined;
let pages: PaperSummary | undefined;
/** The page version the job posting's marks belong to, and how many are drawn. */
let jobTermsVersion = -1;
let jobTermCount = 0;
let bannerState: BannerState = initial;
vscode.setState(initial.persisted);

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

// The page's top edge is below the banner while it shows.
const scrolling = createScrollSync(content, () => (banner.hidden ? 0 : banner.getBoundingClientRect().bottom), (range) => post({ type: 'scrolled', ...range }));

function showBanner(state: BannerState): void {
  bannerState = state;
  fillBanner(banner, state, content.childElementCount > 0, pages?.note);
}

/** Paper mode: lays the page out as the PDF's sheets again (after a patch, once fonts load). */
function layOut(): void {
  pages = layOutSheets(content, initial.paper);
}

/** Puts the page's decorations (problems, the cursor's highlight) on `root`: the page, or a render before it enters. */
function decorateTree(root: ParentNode): Element | undefined {
  return decorate(root, problemsVersion === pageVersion ? problems : [], activeOffset);
}

/** Replaces the page's content with `html`, touching only the nodes that differ. */
function patch(html: string): void {
  const template = document.createElement('template');
  template.innerHTML = `<div id="vitae-content">${html}</div>`;
  sanitize(template.content);
  const next = template.content.firstElementChild;
  if (!next) return;
  // Decorated before the comparison, so elements whose only difference would be a decoration compare equal.
  decorateTree(next);
  morphdom(content, next, {
    childrenOnly: true,
    // Unchanged subtrees are skipped whole: typing in one bullet touches one `<li>`.
    onBeforeElUpdated: (from, to) => !from.isEqualNode(to),
  });
}

/**
 * Tells the extension what is on screen once the browser has painted it: an animation frame runs just before the
 * paint, and a task queued from it runs just after (two frames would overshoot by a whole frame, 16 ms).
 */
function reportPainted(): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const paintedAt = performance.timeOrigin + performance.now();
      channel.port1.close();
      const highlighted = content.querySelector('.vitae-active')?.getAttribute('data-src') ?? undefined;
      post({
        type: 'painted',
        version,
        paintedAt,
        text: content.textContent ?? '',
        banner: banner.hidden ? '' : (banner.textContent ?? ''),
        problemTitles: [...content.querySelectorAll('.vitae-problem')].map((element) => element.getAttribute('title') ?? ''),
        problemTexts: [...content.querySelectorAll('.vitae-problem')].map((element) => element.textContent ?? ''),
        highlighted,
        ...(pages ? { pages } : {}),
        ...(jobTermCount > 0 ? { jobTerms: jobTermCount } : {}),
        ...(themePage ? { layout: themeLayout() } : {}),
        top: scrolling.topSource(),
      });
    };
    channel.port2.postMessage(undefined);
  });
}

/** How wide a theme laid its text out (measured after the paint, so the layout is already done). */
function themeLayout(): ThemeLayout {
  let left = Infinity;
  let right = -Infinity;
  for (const element of content.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0) continue;
    left = Math.min(left, box.left);
    right = Math.max(right, box.right);
  }
  return { viewportWidth: document.documentElement.clientWidth, textWidth: right > left ? Math.round(right - left) : 0 };
}

function isVisible(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
}

function handle(message: ToWebview): void {
  switch (message.type) {
    case 'update':
      if (message.version < version) return;
      version = message.version;
      if (message.html !== undefined) {
        // Problems sent with the page are in its text; without, the problems drawn so far carry over to it.
        const carried = problemsVersion === pageVersion;
        pageVersion = message.pageVersion ?? message.version;
        if (message.problems) problems = message.problems;
        if (message.problems || carried) problemsVersion = pageVersion;
        patch(message.html);
        layOut();
        // Marks are offsets into the page they came with: a new page waits for its own.
        if (jobTermsVersion !== pageVersion) setJobTerms([]);
        jobTermCount = drawJobTerms(content);
      }
      showBanner(message);
      break;
    case 'jobTerms':
      jobTermsVersion = message.version;
      setJobTerms(message.version === pageVersion ? message.marks : []);
      jobTermCount = drawJobTerms(content);
      break;
    case 'problems':
      problems = message.problems;
      problemsVersion = message.version ?? pageVersion;
      decorateTree(content);
      break;
    case 'reveal': {
      activeOffset = message.offset;
      const element = decorateTree(content);
      if (element && !isVisible(element)) scrolling.quietly(() => element.scrollIntoView({ block: 'center' }));
      break;
    }
    case 'click': {
      const element = elementAtOffset(content, message.offset);
      if (element) {
        scrolling.quietly(() => element.scrollIntoView({ block: 'nearest' }));
        const init = { bubbles: true, cancelable: true, view: window };
        element.dispatchEvent(new MouseEvent('click', { ...init, detail: 1 }));
        if (message.double) {
          element.dispatchEvent(new MouseEvent('click', { ...init, detail: 2 }));
          element.dispatchEvent(new MouseEvent('dblclick', { ...init, detail: 2 }));
        }
      }
      post({ type: 'clicked', offset: message.offset, found: element !== undefined });
      return;
    }
    case 'scrollTo':
      scrolling.followEditor(message.offset);
      break;
    case 'scroll':
      scrolling.scrollAsReader(message.offset);
      break;
    case 'persist':
      vscode.setState(message.state);
      return;
  }
  reportPainted();
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => handle(event.data));

content.addEventListener('click', (event) => {
  // The second click of a double click belongs to `dblclick`; a click that ends a text selection selects nothing;
  // a click on a link follows the link.
  if (event.detail > 1) return;
  if (!(getSelection()?.isCollapsed ?? true)) return;
  if (event.target instanceof Element && event.target.closest('a[href]')) return;
  const range = rangeOf(sourceElementOf(event.target) ?? content);
  if (range) post({ type: 'select', ...range });
});

content.addEventListener('dblclick', (event) => {
  const range = rangeOf(sourceElementOf(event.target) ?? content);
  if (range) post({ type: 'open', ...range });
});

// The first render arrives inert in a <template> and goes through the same path as every later one.
const first = document.getElementById('vitae-initial');
if (first instanceof HTMLTemplateElement) {
  first.remove();
  patch(first.innerHTML);
}
layOut();
showBanner(initial);
// The shipped fonts may arrive after the first layout: lay the sheets out again in the final font.
void document.fonts.ready.then(() => {
  if (!initial.paper) return;
  layOut();
  showBanner(bannerState);
  reportPainted();
});
window.addEventListener('resize', () => fitToPane(content));
followBannerSize(banner);
post({ type: 'ready' });
reportPainted();
