/**
 * The resume as a document, for the exports that are not a web page (plain text, Markdown, Word). It is read once
 * from the YAML tree (read.ts) and written by one small writer per format, so every format shows the same things
 * in the same order: the sections as the author wrote them, entries in source order.
 */

/** A run of text. `href` is set only for a URL that passed the renderer's policy (https, http, mailto, tel). */
export interface Span {
  readonly text: string;
  readonly href?: string;
  readonly strong?: boolean;
  readonly em?: boolean;
  readonly code?: boolean;
  readonly strike?: boolean;
}

/** One line of text: spans in reading order. */
export type Inline = readonly Span[];

/** A paragraph, or one bullet of a list. */
export interface Block {
  readonly kind: 'paragraph' | 'bullet';
  readonly content: Inline;
}

/**
 * When: a range (an open end is "Present") or a single date ("on"), each as people write it ("Mar 2021"); a resume in
 * another language carries its own words for "Present" and "Until".
 */
export type When = { readonly from?: string; readonly to?: string; readonly present?: string; readonly until?: string } | { readonly on: string };

export interface ExportEntry {
  /** The head line: what and where ("Staff Engineer", "Acme"), each part its own Inline, joined by the writers. */
  readonly title: readonly Inline[];
  readonly when?: When;
  /** Short facts after the dates on the same line: place, kind of project. */
  readonly facts: readonly string[];
  /** Paragraphs and bullets in reading order. */
  readonly body: readonly Block[];
  /** A one-line entry (a skill, a language, a bare value): listed tightly, with no title of its own. */
  readonly compact?: boolean;
}

export interface ExportSection {
  /** The YAML key (`work`, `talks`). */
  readonly key: string;
  /** The heading ("Experience", "Talks"). */
  readonly title: string;
  readonly entries: readonly ExportEntry[];
}

export interface ExportHeader {
  readonly name?: string;
  readonly label?: string;
  /** Location, email, phone, website, in that order. */
  readonly contact: readonly Inline[];
  /** "GitHub: adaokafor", the username linking to the profile. */
  readonly profiles: readonly Inline[];
  /** The summary, then any field JSON Resume does not define. */
  readonly body: readonly Block[];
}

export interface ExportResume {
  /** The person's name, or "Resume": a document's title. */
  readonly title: string;
  readonly header: ExportHeader;
  readonly sections: readonly ExportSection[];
  /** The document's language (BCP 47: "fr") when the resume is not written in English, as the page's `<html lang>`. */
  readonly lang?: string;
}

export type ExportOutcome =
  | { readonly ok: true; readonly resume: ExportResume }
  | { readonly ok: false; readonly problem: { readonly message: string; readonly line: number } };

/** "Mar 2021 – Present", "2014 – 2017", "Until Feb 2021", "Nov 2014"; `dash` is the writer's (ASCII in plain text). */
export function whenText(when: When | undefined, dash: string): string | undefined {
  if (when === undefined) return undefined;
  if ('on' in when) return when.on;
  if (when.from === undefined) return when.to === undefined ? undefined : `${when.until ?? 'Until'} ${when.to}`;
  return `${when.from} ${dash} ${when.to ?? when.present ?? 'Present'}`;
}
