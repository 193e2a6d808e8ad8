import type { FitStep } from '../core/design';

/**
 * How the paginator lays a resume out as paper. `print` (the PDF printer): each element that starts a page gets
 * `.vitae-page-start`, which the stylesheet turns into `break-before: page` when printing. `screen` (the preview's
 * paper mode): the element is also pushed down to the top of its sheet, so the preview shows the PDF's pages.
 */
export type PaperMode = 'screen' | 'print';

export interface Pages {
  readonly count: number;
  /** The first words on each page. */
  readonly firstLines: readonly string[];
  /** How much of each page's height is used, 0–1. */
  readonly fill: readonly number[];
  /** Words on each page. */
  readonly words: readonly number[];
}

/** What the page needs to lay out a resume as paper: its design's starting point and how far it may tighten. */
export interface PaperRequest {
  readonly mode: PaperMode;
  /** The design's own spacing, margins and size. */
  readonly base: FitStep;
  /** Tighter settings to try, in order (core/design.ts fitSteps()). */
  readonly steps: readonly FitStep[];
  /** Fit to this many pages; 0: the design as it is, tightened only to avoid a nearly empty last page. */
  readonly fitPages: number;
  /** Where the previous layout of this resume ended up in `steps` (-1: the base), to start near it. */
  readonly previous?: number;
}

export interface PaperResult extends Pages {
  /** The step the page is laid out at (-1: the base design). */
  readonly step: number;
  /** What fitting did or could not do, in words; absent when the design was used as it is. */
  readonly note?: string;
}
