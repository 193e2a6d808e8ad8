import { indexSources, rangeOf, type SourceIndex, type SourceRange } from './sources';

/**
 * Scroll sync with the editor, both ways, as VS Code's Markdown preview does it: the editor's first visible line
 * scrolls its element to the top of the page, and a scroll of the page (by the reader) tells the extension the
 * source of the element now at the top. A scroll the script makes itself is never reported back (no echo, no loop),
 * and the editor's scrolling does not move the page while the reader is scrolling it.
 */
export interface ScrollSync {
  /** The editor's first visible line starts at `offset` (in the page's text): bring its element to the top. */
  followEditor(offset: number): void;
  /** Scrolls as a reader would (reported like one), so the element of `offset` is at the top: for tests. */
  scrollAsReader(offset: number): boolean;
  /** Runs `scroll`, a scroll of the script's own (highlight, click), without reporting it. */
  quietly(scroll: () => void): void;
  /** The `data-src` of the element at the top of the page, if any. */
  topSource(): string | undefined;
}

/** A scroll event this soon after the script scrolled is the echo of its own scroll. */
const ECHO_MS = 150;
/** Reports a reader's scroll once it pauses this long. */
const DEBOUNCE_MS = 60;
/** While the reader scrolled this recently, the editor does not move the page. */
const READER_MS = 400;
/** A scroll is the reader's when it follows their wheel, key or touch this closely (or a held pointer: the scrollbar). */
const INPUT_MS = 1000;

export function createScrollSync(content: HTMLElement, topInset: () => number, report: (range: SourceRange) => void): ScrollSync {
  const scroller = document.scrollingElement ?? document.documentElement;
  let ownUntil = 0;
  let readerAt = -Infinity;
  let inputAt = -Infinity;
  let pointerDown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The source last reported or scrolled to: a scroll that leaves the same element on top says nothing new. */
  let lastTop: string | undefined;

  const scrollElementToTop = (element: Element): void => {
    const target = Math.max(0, scroller.scrollTop + element.getBoundingClientRect().top - topInset());
    if (Math.abs(target - scroller.scrollTop) >= 1) scroller.scrollTop = target;
  };
  const own = (scroll: () => void): void => {
    ownUntil = performance.now() + ECHO_MS;
    scroll();
    lastTop = topSource();
  };
  const atTop = (): Element | undefined => topElement(content, topInset());
  const topSource = (): string | undefined => atTop()?.getAttribute('data-src') ?? undefined;

  // Layout changes scroll the page too (scroll anchoring, entries sized as they come into view): only a scroll that
  // follows the reader's input is theirs.
  const input = (): void => {
    inputAt = performance.now();
    ownUntil = 0; // the reader takes over: what scrolls now is theirs, even right after a scroll of the script's
  };
  for (const type of ['wheel', 'keydown', 'touchstart']) window.addEventListener(type, input, { capture: true, passive: true });
  window.addEventListener('pointerdown', () => (pointerDown = true), { capture: true, passive: true });
  window.addEventListener('pointerup', () => ((pointerDown = false), input()), { capture: true, passive: true });

  /** The reader scrolled: report the element at the top once they pause. */
  const readerScrolled = (now: number): void => {
    // A smooth scroll goes on after the wheel or key that started it: it stays the reader's while it lasts.
    inputAt = now;
    readerAt = now;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const element = atTop();
      const top = element?.getAttribute('data-src') ?? undefined;
      if (!element || top === undefined || top === lastTop) return;
      lastTop = top;
      const range = rangeOf(element);
      if (range) report(range);
    }, DEBOUNCE_MS);
  };
  window.addEventListener('scroll', () => {
    const now = performance.now();
    if (now < ownUntil || (!pointerDown && now - inputAt > INPUT_MS)) return;
    readerScrolled(now);
  }, { passive: true });

  return {
    followEditor(offset) {
      if (performance.now() - readerAt < READER_MS) return;
      const element = elementForLine(indexSources(content), offset);
      if (element) own(() => scrollElementToTop(element));
    },
    scrollAsReader(offset) {
      const element = elementForLine(indexSources(content), offset);
      input();
      if (!element) return false;
      scrollElementToTop(element);
      // Reported as the reader's scroll now, not when a busy renderer gets round to the scroll event (which may come
      // later than a reader's input is trusted for).
      readerScrolled(performance.now());
      return true;
    },
    quietly: own,
    topSource,
  };
}

/**
 * The element to show for a line starting at `offset`: the innermost element holding it, unless an element starts
 * at or after it inside that one (the line `highlights:` shows as its list, not as its whole entry); otherwise the
 * first element after it.
 */
export function elementForLine(index: SourceIndex, offset: number): Element | undefined {
  let holding = -1;
  let next = -1;
  for (let i = 0; i < index.elements.length; i++) {
    const start = index.starts[i]!;
    if (start <= offset && offset <= index.ends[i]!) {
      if (holding < 0 || index.ends[i]! - start <= index.ends[holding]! - index.starts[holding]!) holding = i;
    } else if (start > offset && (next < 0 || start < index.starts[next]!)) {
      next = i;
    }
  }
  if (next >= 0 && (holding < 0 || index.starts[next]! <= index.ends[holding]!)) return index.elements[next];
  return holding >= 0 ? index.elements[holding] : undefined;
}

/**
 * The element at the top edge of the page (`y` pixels below the window's top): the innermost whose box crosses it,
 * else the first one below it. It descends level by level from the whole resume, measuring only the elements on the
 * way (a long resume has hundreds; entries off screen are not even laid out).
 */
export function topElement(content: Element, y: number): Element | undefined {
  const edge = y + 1; // a pixel's slack: an element scrolled to the top edge may rest a fraction of a pixel below it
  const root = content.querySelector('[data-src]');
  let level = root ? sourceChildren(root) : [];
  let found: Element | undefined;
  while (level.length > 0) {
    let crossing: Element | undefined;
    let below: Element | undefined;
    for (const element of level) {
      const box = element.getBoundingClientRect();
      if (box.height === 0) continue;
      if (box.top <= edge && box.bottom > edge) {
        crossing = element;
        break;
      }
      if (box.top > edge && !below) below = element;
    }
    if (!crossing) return found ?? below;
    found = crossing;
    level = sourceChildren(crossing);
  }
  return found;
}

/** The elements with a source range just below `element` (not inside another one), in document order. */
function sourceChildren(element: Element): Element[] {
  const found: Element[] = [];
  const stack = [...element.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.hasAttribute('data-src')) found.push(next);
    else stack.push(...[...next.children].reverse());
  }
  return found;
}
