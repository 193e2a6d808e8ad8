import type { BannerState } from '../messages';

/** The CSS variable (on the root element) that preview.css turns into room above the page while the banner shows. */
const ROOM = '--vitae-banner-room';

/**
 * What the banner says (and, in paper mode, what fitting the page did). With a page on screen a YAML problem means the page is the last good version; without one
 * (the resume was broken from the start) there is nothing to show yet, and the banner says so.
 */
export function bannerLines(state: BannerState, hasPage: boolean, note?: string): string[] {
  const lines: string[] = [];
  if (state.problem) {
    const where = `Line ${state.problem.line + 1}: ${state.problem.message}`;
    lines.push(hasPage ? `${where} — showing the last good version.` : `${where} The preview will appear when the YAML parses.`);
  }
  if (state.themeMessage) lines.push(state.themeMessage);
  if (note) lines.push(note);
  return lines;
}

/**
 * Fills the banner (fixed over the top of the panel) and gives the page room below it, so it never covers the
 * resume's name. Scrolled into the page, the page is scrolled by the same amount: the text the reader sees stays put.
 */
export function showBanner(banner: HTMLElement, state: BannerState, hasPage: boolean, note?: string): void {
  const lines = bannerLines(state, hasPage, note);
  const text = lines.join('\n');
  if (banner.textContent !== text) banner.textContent = text;
  banner.hidden = lines.length === 0;
  banner.classList.toggle('vitae-banner-error', state.problem !== undefined);
  // Only a note (what fitting the page to paper did): information, not a warning.
  banner.classList.toggle('vitae-banner-note', state.problem === undefined && state.themeMessage === undefined && note !== undefined);
  makeRoom(banner);
}

/** Keeps the room in step with the banner's height, which changes when its lines wrap in a narrower panel. */
export function followBannerSize(banner: HTMLElement): void {
  new ResizeObserver(() => makeRoom(banner)).observe(banner);
}

function makeRoom(banner: HTMLElement): void {
  const root = document.documentElement;
  const height = banner.hidden ? 0 : Math.ceil(banner.getBoundingClientRect().height);
  const before = Number.parseFloat(root.style.getPropertyValue(ROOM)) || 0;
  if (height === before) return;
  const scrolled = (document.scrollingElement?.scrollTop ?? 0) > 0;
  root.style.setProperty(ROOM, `${height}px`);
  if (scrolled) window.scrollBy(0, height - before);
}
