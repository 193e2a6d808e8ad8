/**
 * Every message between the extension and the preview webview, both ways, defined once. The extension side
 * (client/src/preview/*.ts) and the webview script (client/src/preview/webview/*.ts) both import these types.
 * Positions are UTF-16 offsets into the text of the rendered document version, as in the `data-src` attributes.
 */
import type { PaperRequest } from '../../../server/src/page/types';

/** A diagnostic of the resume, as the preview underlines it (offsets, message for the hover title). */
export interface ProblemMark {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
}

/** What the slim banner at the top of the preview says; nothing shown when both are absent. */
export interface BannerState {
  /** The first YAML error of the text being typed (0-based line); the page still shows the last good render. */
  readonly problem?: { readonly message: string; readonly line: number };
  /** Why the chosen JSON Resume theme was not used. */
  readonly themeMessage?: string;
}

/** What the page the extension writes into `webview.html` carries for the script (JSON in a meta tag). */
export interface InitialState extends BannerState {
  readonly version: number;
  /** The version the page body was rendered from, when older than `version` (the last good render). */
  readonly pageVersion?: number;
  /** In the page body's text (`pageVersion`). */
  readonly problems: readonly ProblemMark[];
  /**
   * Paper mode with the built-in theme: lay the page out as sheets with the PDF printer's paginator (the same
   * request the printer gets), fitting it to pages when the design asks.
   */
  readonly paper?: Omit<PaperRequest, 'mode' | 'previous'>;
  /** Kept by the webview with `setState`, so the preview comes back after a window reload. */
  readonly persisted: PersistedState;
}

// ---------------------------------------------------------------------------------------------------------------
// Extension → webview

/** A newer render: patch the page with `html` (absent when the YAML is broken: keep the page, show the banner). */
export interface UpdateMessage extends BannerState {
  readonly type: 'update';
  readonly version: number;
  readonly html?: string;
  /** The version `html` was rendered from, when older than `version` (the last good render, sent again). */
  readonly pageVersion?: number;
  /** The problems in the text of `html`'s version, so the new page is underlined in the same paint. */
  readonly problems?: readonly ProblemMark[];
}

/** The resume's diagnostics changed (or `vitae.preview.showProblems` was turned off: an empty list). */
export interface ProblemsMessage {
  readonly type: 'problems';
  readonly problems: readonly ProblemMark[];
  /**
   * The version whose text the offsets are in; absent: the page's. Problems of another version than the page's
   * are not drawn (their offsets would land on the wrong elements).
   */
  readonly version?: number;
}

/** The editor's cursor moved: highlight the innermost element whose source holds `offset`, scroll it into view. */
export interface RevealMessage {
  readonly type: 'reveal';
  readonly offset: number;
}

/**
 * Dispatch a real (DOM) click, or double click, on the innermost element whose source holds `offset`; the webview
 * answers with `clicked`. For end-to-end tests, which cannot reach into the webview otherwise.
 */
export interface ClickMessage {
  readonly type: 'click';
  readonly offset: number;
  readonly double: boolean;
}

/**
 * The editor scrolled (`vitae.preview.scrollSync`): its first visible line starts at `offset`, in the text of the
 * page's version. Bring the element of that line to the top, unless the reader is scrolling the page.
 */
export interface ScrollToMessage {
  readonly type: 'scrollTo';
  readonly offset: number;
}

/** Scroll as a reader would, so the element of `offset` is at the top (reported back as `scrolled`). For tests. */
export interface ScrollMessage {
  readonly type: 'scroll';
  readonly offset: number;
}

/** The preview was locked or unlocked: keep it for the next window reload. */
export interface PersistMessage {
  readonly type: 'persist';
  readonly state: PersistedState;
}

/** Mark what the matched job posting asks for: offsets in the text of `version` (the page's); none: take them off. */
export interface JobTermsMessage {
  readonly type: 'jobTerms';
  readonly version: number;
  readonly marks: readonly JobTermMark[];
}

/** One place the resume shows a term the posting asks for: its offsets, and the resume's own words there. */
export interface JobTermMark {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly canonical: string;
  readonly need: 'required' | 'preferred';
}

export type ToWebview = UpdateMessage | ProblemsMessage | RevealMessage | ClickMessage | ScrollToMessage | ScrollMessage | PersistMessage | JobTermsMessage;

// ---------------------------------------------------------------------------------------------------------------
// Webview → extension

/** The script has loaded and handles messages from now on. */
export interface ReadyMessage {
  readonly type: 'ready';
}

/** A click on an element: select its source in the editor, keeping focus in the preview. */
export interface SelectMessage {
  readonly type: 'select';
  readonly start: number;
  readonly end: number;
}

/** A double click on an element: move focus to the editor, cursor at the start of its source. */
export interface OpenMessage {
  readonly type: 'open';
  readonly start: number;
  readonly end: number;
}

/**
 * The page shows `version` on screen (sent right after the paint that follows a patch). `text` is the
 * text of the page, so tests in the extension host can see what the reader sees.
 */
export interface PaintedMessage {
  readonly type: 'painted';
  readonly version: number;
  /** When the paint was done, in milliseconds since the epoch (`performance.timeOrigin + performance.now()`). */
  readonly paintedAt: number;
  readonly text: string;
  readonly banner: string;
  /** The `title` of every underlined problem, in page order. */
  readonly problemTitles: readonly string[];
  /** The text of every underlined element, in the same order as `problemTitles`. */
  readonly problemTexts?: readonly string[];
  /** The `data-src` of the highlighted element, if any. */
  readonly highlighted?: string;
  /** In paper mode: the pages as they will print (count, first words of each, fill) and what fitting did. */
  readonly pages?: PaperSummary;
  /** With `vitae.preview.jobTerms`: how many of the job posting's terms are marked on the page. */
  readonly jobTerms?: number;
  /** With a JSON Resume theme package: how wide the pane is, and how wide the theme laid its text out. */
  readonly layout?: ThemeLayout;
  /** The `data-src` of the element at the top of the page, if any. */
  readonly top?: string;
}

/** Widths in CSS pixels, rounded. */
export interface ThemeLayout {
  /** The pane (the page's width without a scroll bar). */
  readonly viewportWidth: number;
  /** From the left edge of the leftmost to the right edge of the rightmost heading, paragraph or list item. */
  readonly textWidth: number;
}

/** The pages of the paper preview, as the PDF will have them. */
export interface PaperSummary {
  readonly count: number;
  readonly firstLines: readonly string[];
  readonly fill: readonly number[];
  readonly note?: string;
  /** Whether the shipped fonts had loaded when the pages were laid out (the final layout). */
  readonly fontsReady: boolean;
  /** The sheet's width in millimetres (210 for A4, 215.9 for Letter). */
  readonly widthMm: number;
}

/**
 * The reader scrolled the page (debounced, never for a scroll the script made): the element now at its top has
 * this source, in the text of the page's version. The editor shows that line at its top.
 */
export interface ScrolledMessage {
  readonly type: 'scrolled';
  readonly start: number;
  readonly end: number;
}

/** The answer to `click`: whether an element held the offset (the click was dispatched). */
export interface ClickedMessage {
  readonly type: 'clicked';
  readonly offset: number;
  readonly found: boolean;
}

export type FromWebview = ReadyMessage | SelectMessage | OpenMessage | PaintedMessage | ClickedMessage | ScrolledMessage;

/** The state the webview keeps across a window reload (`vscode.setState`), read by the panel serializer. */
export interface PersistedState {
  readonly uri: string;
  readonly locked: boolean;
}
