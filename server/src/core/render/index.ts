import type { DateStyle } from '../design';
import { isMap, isScalar, type Node } from 'yaml';
import type { ResumeDocument } from '../document';
import { unreadable } from './problem';
import { bareEntry, entry, extras, section } from './blocks';
import { educationEntry, projectEntry, volunteerEntry, workEntry } from './experience';
import { header } from './header';
import { interestEntry, languageEntry, referenceEntry, skillEntry } from './lists';
import { awardEntry, certificateEntry, publicationEntry } from './recognition';
import { entries, field, resolved, src, textOf, type RenderContext, type Value } from './source';
import { pageLang, wordingFor } from './wording';

export interface RenderOptions {
  /** Show `basics.image` (https: only). Off by default: a resume preview fetches nothing. */
  readonly allowRemoteImages?: boolean;
  /** How dates are written (design `dateStyle`); "Mar 2021" when absent. */
  readonly dateStyle?: DateStyle;
  /** Sections named here come first, in this order; the rest follow in the YAML's order (design `sectionOrder`). */
  readonly sectionOrder?: readonly string[];
  /** The language the resume is written in (ISO 639-3, `writing/language.ts`): the page's headings and dates follow it. */
  readonly language?: string;
}

export type RenderOutcome =
  | {
      readonly ok: true;
      readonly html: string;
      readonly title: string;
      /** `meta.theme`: the JSON Resume theme the resume asks for, if any. */
      readonly metaTheme?: string;
      /** For the document's properties (a PDF's Subject and Keywords): `basics.label`, every skill keyword. */
      readonly label?: string;
      readonly keywords: readonly string[];
      /** The page's language (BCP 47, `<html lang>`), when not English. */
      readonly lang?: string;
    }
  | { readonly ok: false; readonly problem: { readonly message: string; readonly line: number } };

type EntryRenderer = (ctx: RenderContext, node: Value) => string;

/** Every JSON Resume section after `basics`, with its heading and how an entry of it is drawn. */
const SECTIONS: ReadonlyMap<string, readonly [title: string, render: EntryRenderer]> = new Map([
  ['work', ['Experience', workEntry]],
  ['projects', ['Projects', projectEntry]],
  ['volunteer', ['Volunteering', volunteerEntry]],
  ['education', ['Education', educationEntry]],
  ['awards', ['Awards', awardEntry]],
  ['certificates', ['Certificates', certificateEntry]],
  ['publications', ['Publications', publicationEntry]],
  ['skills', ['Skills', skillEntry]],
  ['languages', ['Languages', languageEntry]],
  ['interests', ['Interests', interestEntry]],
  ['references', ['References', referenceEntry]],
]);

/** Top-level keys for tools, not readers. */
const NOT_SHOWN = new Set(['basics', 'meta', '$schema']);
const NONE: ReadonlySet<string> = new Set();

const titleOf = (key: string): string => {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The sections to show, in the order the author wrote them in the YAML, or `order` first when given (keys it names
 * that the resume lacks are skipped; sections it leaves out follow in the YAML's order).
 */
export function sectionKeys(keys: readonly string[], order: readonly string[] = []): string[] {
  const shown = keys.filter((key) => !NOT_SHOWN.has(key));
  const first = order.filter((key, index) => shown.includes(key) && order.indexOf(key) === index);
  return [...first, ...shown.filter((key) => !first.includes(key))];
}

/**
 * The resume as the body of a page, in the built-in theme. Every element that shows resume text carries
 * `data-src="start-end"` (UTF-16 offsets into `doc.text`) so the preview can map clicks to source and back.
 * Broken YAML yields the first error instead; wrong types render as their text and never throw.
 */
export function renderResume(doc: ResumeDocument, options: RenderOptions = {}): RenderOutcome {
  const problem = unreadable(doc);
  if (problem) return { ok: false, problem };
  const wording = wordingFor(options.language);
  const ctx: RenderContext = { text: doc.text, yaml: doc.yaml, allowRemoteImages: options.allowRemoteImages === true, wording, ...(options.dateStyle ? { dateStyle: options.dateStyle } : {}) };
  const root = resolved(ctx, doc.yaml.contents);
  const pairs = new Map<string, { key: Node; value: Value }>();
  if (isMap(root)) {
    for (const pair of root.items) {
      if (isScalar(pair.key) && !pairs.has(String(pair.key.value))) pairs.set(String(pair.key.value), { key: pair.key, value: resolved(ctx, pair.value) });
    }
  }
  const basics = pairs.get('basics')?.value;
  const parts = [header(ctx, basics)];
  for (const key of sectionKeys([...pairs.keys()], options.sectionOrder)) {
    const found = pairs.get(key)!;
    const known = SECTIONS.get(key);
    // Sections JSON Resume does not define (`talks:`, a typo like `wrok:`): shown plainly, never hidden.
    const render: EntryRenderer = known?.[1] ?? ((c, node) => (isMap(node) ? entry(node, [extras(c, node, NONE)]) : bareEntry(c, node)));
    const title = known ? (wording.sections[key] ?? known[0]) : titleOf(key);
    parts.push(section(known ? key : 'extra', title, found, entries(ctx, found.value).map((node) => render(ctx, node))));
  }
  if (!isMap(root) && root !== undefined) parts.push(bareEntry(ctx, root));
  const shown = parts.filter(Boolean).join('');
  const body = shown === '' ? '<p class="vitae-empty">This resume has nothing to show yet. Start with <code>basics: name:</code>.</p>' : shown;
  const name = textOf(ctx, isMap(basics) ? field(ctx, basics, 'name') : basics);
  const metaTheme = textOf(ctx, field(ctx, pairs.get('meta')?.value, 'theme'))?.trim();
  const html = `<main class="vitae-resume"${src(root)}>${body}</main>`;
  const label = textOf(ctx, isMap(basics) ? field(ctx, basics, 'label') : undefined)?.trim();
  const keywords = entries(ctx, pairs.get('skills')?.value).flatMap((skill) => entries(ctx, field(ctx, skill, 'keywords')).map((k) => textOf(ctx, k)?.trim() ?? '')).filter(Boolean);
  const lang = pageLang(wording);
  return { ok: true, html, title: name ?? 'Resume', keywords, ...(metaTheme ? { metaTheme } : {}), ...(label ? { label } : {}), ...(lang ? { lang } : {}) };
}
