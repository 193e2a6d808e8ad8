// The preview's one script, bundled for the browser into dist/preview.js. It patches the page with morphdom on
// every render (no reload: scroll position and text selection stay), keeps the last good page while the YAML is
// broken, underlines problems, highlights the element under the editor's cursor and reports clicks as source
// offsets. It never fetches anything and runs no code from the resume or a theme.
import morphdom from 'morphdom';
import type { BannerState, FromWebview, InitialState, PersistedState, ProblemMark, ToWebview } from '../messages';
import { followBannerSize, showBanner as fillBanner } from './banner';
import { decorate } from './marks';
import { sanitize } from './sanitize';
import { createScrollSync } from './scrollSync';
import { elementAtOffset, rangeOf, sourceElementOf } from './sources';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: PersistedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const content = document.getElementById('vitae-content')!;
const banner = document.getElementById('vitae-banner')!;
const initial = JSON.parse(document.getElementById('vitae-state')?.getAttribute('content') ?? '{}') as InitialState;

let version = initial.version;
/** The version the page's `data-src` offsets belong to: older than `version` while the YAML is broken. */
let pageVersion = initial.pageVersion ?? initial.version;
let problems: readonly ProblemMark[] = initial.problems ?? [];
/** The version whose text `problems` are in: they are drawn only on a page of that version. */
let problemsVersion = pageVersion;
let activeOffset: number | undefined;
vscode.setState(initial.persisted);

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

// The page's top edge is below the banner while it shows.
const scrolling = createScrollSync(content, () => (banner.hidden ? 0 : banner.getBoundingClientRect().bottom), (range) => post({ type: 'scrolled', ...range }));

function showBanner(state: BannerState): void {
  fillBanner(banner, state, content.childElementCount > 0);
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
        top: scrolling.topSource(),
      });
    };
    channel.port2.postMessage(undefined);
  });
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
      }
      showBanner(message);
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
  patch(first.innerHTML);
  first.remove();
}
showBanner(initial);
followBannerSize(banner);
post({ type: 'ready' });
reportPainted();
