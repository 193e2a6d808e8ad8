import { isMap, isScalar, isSeq } from 'yaml';
import { humanDate } from '../render/dates';
import { ENGLISH_WORDING } from '../render/wording';
import { KNOWN } from '../render/known';
import { entries, field, resolved, textOf, type RenderContext, type Value } from '../render/source';
import { blockMarkdown, clean, inlineMarkdown, linked, plain, tidy } from './inline';
import type { Block, ExportEntry, Inline, Span, When } from './model';

/** One reader per JSON Resume section: the fields of an entry in the order the page shows them (render/*.ts). */
type Reader = (ctx: RenderContext, node: Value) => ExportEntry | undefined;

const text = (ctx: RenderContext, node: Value, key: string): string | undefined => textOf(ctx, field(ctx, node, key));

/** The sections JSON Resume defines, with the page's headings (render/index.ts); a unit test keeps them equal. */
export const SECTIONS: ReadonlyMap<string, readonly [title: string, read: Reader]> = new Map<string, readonly [string, Reader]>([
  ['work', ['Experience', (ctx, node) => dated(ctx, node, 'position', 'name', KNOWN.work, ['location'], ['description', 'summary'])]],
  ['volunteer', ['Volunteering', (ctx, node) => dated(ctx, node, 'position', 'organization', KNOWN.volunteer, [], ['summary'])]],
  ['projects', ['Projects', project]],
  ['education', ['Education', education]],
  ['awards', ['Awards', (ctx, node) => once(ctx, node, plain(text(ctx, node, 'title')), 'awarder', 'date', KNOWN.award)]],
  ['certificates', ['Certificates', (ctx, node) => once(ctx, node, linkedField(ctx, node, 'name'), 'issuer', 'date', KNOWN.certificate)]],
  ['publications', ['Publications', (ctx, node) => once(ctx, node, linkedField(ctx, node, 'name'), 'publisher', 'releaseDate', KNOWN.publication)]],
  ['skills', ['Skills', (ctx, node) => compact(ctx, node, KNOWN.skill, 'name', 'level', (n) => list(ctx, field(ctx, n, 'keywords')))]],
  ['languages', ['Languages', (ctx, node) => compact(ctx, node, KNOWN.language, 'language', undefined, (n) => text(ctx, n, 'fluency'))]],
  ['interests', ['Interests', (ctx, node) => compact(ctx, node, KNOWN.interest, 'name', undefined, (n) => list(ctx, field(ctx, n, 'keywords')))]],
  ['references', ['References', reference]],
]);

const NONE: ReadonlySet<string> = new Set();

/** An entry of a section JSON Resume does not define (`talks:`): its fields, plainly, never hidden. */
export function unknownEntry(ctx: RenderContext, node: Value): ExportEntry | undefined {
  return isMap(node) ? make([], undefined, [], extras(ctx, node, NONE)) : bare(ctx, node);
}

/** Work and volunteering: what (position), where (linked to `url`), when, place; prose, highlights. */
function dated(ctx: RenderContext, node: Value, what: string, where: string, known: ReadonlySet<string>, facts: readonly string[], prose: readonly string[]): ExportEntry | undefined {
  if (!isMap(node)) return bare(ctx, node);
  return make(
    [plain(text(ctx, node, what)), linked(text(ctx, node, where), text(ctx, node, 'url'))],
    range(ctx, node),
    facts.map((key) => text(ctx, node, key)),
    [...prose.flatMap((key) => paragraphs(ctx, field(ctx, node, key))), ...bullets(ctx, field(ctx, node, 'highlights')), ...extras(ctx, node, known)],
  );
}

function project(ctx: RenderContext, node: Value): ExportEntry | undefined {
  if (!isMap(node)) return bare(ctx, node);
  return make([linkedField(ctx, node, 'name'), plain(text(ctx, node, 'entity'))], range(ctx, node), [text(ctx, node, 'type')], [
    ...labelled('Roles', list(ctx, field(ctx, node, 'roles'))),
    ...paragraphs(ctx, field(ctx, node, 'description')),
    ...bullets(ctx, field(ctx, node, 'highlights')),
    ...labelled('Keywords', list(ctx, field(ctx, node, 'keywords'))),
    ...extras(ctx, node, KNOWN.project),
  ]);
}

function education(ctx: RenderContext, node: Value): ExportEntry | undefined {
  if (!isMap(node)) return bare(ctx, node);
  const degree = [text(ctx, node, 'studyType'), text(ctx, node, 'area')].filter((part) => part !== undefined).join(' ');
  return make([plain(degree || undefined), linkedField(ctx, node, 'institution')], range(ctx, node), [], [
    ...labelled('Score', text(ctx, node, 'score')),
    ...bullets(ctx, field(ctx, node, 'courses')),
    ...extras(ctx, node, KNOWN.education),
  ]);
}

/** Awards, certificates, publications: a title, who gave or published it, one date, a summary. */
function once(ctx: RenderContext, node: Value, title: Inline, by: string, date: string, known: ReadonlySet<string>): ExportEntry | undefined {
  if (!isMap(node)) return bare(ctx, node);
  const day = dateText(ctx, field(ctx, node, date));
  return make([title, plain(text(ctx, node, by))], day === undefined ? undefined : { on: day }, [], [...paragraphs(ctx, field(ctx, node, 'summary')), ...extras(ctx, node, known)]);
}

/** Skills, languages, interests: one line, "Name (qualifier): detail"; only the parts that are there. */
function compact(ctx: RenderContext, node: Value, known: ReadonlySet<string>, name: string, qualifier: string | undefined, detail: (node: Value) => string | undefined): ExportEntry | undefined {
  if (!isMap(node)) return bare(ctx, node);
  const title = text(ctx, node, name);
  const grade = qualifier === undefined ? undefined : text(ctx, node, qualifier);
  const after = detail(node);
  const spans: Span[] = [];
  if (title !== undefined) spans.push({ text: clean(title), strong: true });
  if (grade !== undefined) spans.push({ text: title === undefined ? clean(grade) : ` (${clean(grade)})` });
  if (after !== undefined) spans.push({ text: spans.length === 0 ? clean(after) : `: ${clean(after)}` });
  const line = tidy(spans);
  return make([], undefined, [], [...(line.length > 0 ? [paragraph(line)] : []), ...extras(ctx, node, known)], true);
}

function reference(ctx: RenderContext, node: Value): ExportEntry | undefined {
  if (!isMap(node)) return bare(ctx, node);
  return make([plain(text(ctx, node, 'name'))], undefined, [], [...paragraphs(ctx, field(ctx, node, 'reference')), ...extras(ctx, node, KNOWN.reference)]);
}

/** A bare text where an entry belongs (`work: [Acme]`): one line. */
function bare(ctx: RenderContext, node: Value): ExportEntry | undefined {
  const value = textOf(ctx, node);
  return value === undefined ? undefined : make([], undefined, [], [paragraph(plain(value))], true);
}

function make(title: readonly Inline[], when: When | undefined, facts: ReadonlyArray<string | undefined>, body: readonly Block[], compact = false): ExportEntry | undefined {
  const parts = title.filter((part) => part.length > 0);
  const shown = facts.filter((fact): fact is string => fact !== undefined).map((fact) => clean(fact).trim()).filter(Boolean);
  const blocks = body.filter((block) => block.content.length > 0);
  if (parts.length === 0 && when === undefined && shown.length === 0 && blocks.length === 0) return undefined;
  return { title: parts, ...(when ? { when } : {}), facts: shown, body: blocks, ...(compact ? { compact } : {}) };
}

/**
 * Fields the section does not know (a typo like `postion`, or a custom key): still written, plainly, as on the
 * page. A list becomes bullets, anything else a line of text.
 */
export function extras(ctx: RenderContext, node: Value, known: ReadonlySet<string>): Block[] {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) => {
    if (isScalar(pair.key) && known.has(String(pair.key.value))) return [];
    const value = resolved(ctx, pair.value);
    if (isSeq(value)) return bullets(ctx, value);
    const words = textOf(ctx, value);
    return words === undefined ? [] : [paragraph(plain(words))];
  });
}

export function paragraphs(ctx: RenderContext, node: Value): Block[] {
  const value = textOf(ctx, node);
  return value === undefined ? [] : blockMarkdown(value);
}

function bullets(ctx: RenderContext, node: Value): Block[] {
  return entries(ctx, node).flatMap((item) => {
    const value = textOf(ctx, item);
    return value === undefined ? [] : [{ kind: 'bullet' as const, content: inlineMarkdown(value) }];
  });
}

function range(ctx: RenderContext, node: Value): When | undefined {
  const from = dateText(ctx, field(ctx, node, 'startDate'));
  const to = dateText(ctx, field(ctx, node, 'endDate'));
  if (from === undefined && to === undefined) return undefined;
  // A resume in another language says "aujourd'hui" and "Jusqu'en" in its own words.
  const words = ctx.wording && ctx.wording !== ENGLISH_WORDING ? { present: ctx.wording.present, until: ctx.wording.until } : {};
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), ...words };
}

/** A date as people write it on a resume ("Mar 2021"), by the page's own rule. */
function dateText(ctx: RenderContext, node: Value): string | undefined {
  const value = textOf(ctx, node);
  return value === undefined ? undefined : clean(humanDate(value, 'short', ctx.wording)).trim() || undefined;
}

/** Keywords or roles, as one line: "Go, PostgreSQL". */
function list(ctx: RenderContext, node: Value): string | undefined {
  const items = entries(ctx, node)
    .map((item) => textOf(ctx, item))
    .filter((item): item is string => item !== undefined);
  return items.length === 0 ? undefined : items.join(', ');
}

function labelled(label: string, value: string | undefined): Block[] {
  return value === undefined ? [] : [paragraph(tidy([{ text: `${label}: ` }, { text: clean(value) }]))];
}

function linkedField(ctx: RenderContext, node: Value, key: string): Inline {
  return linked(text(ctx, node, key), text(ctx, node, 'url'));
}

function paragraph(content: Inline): Block {
  return { kind: 'paragraph', content };
}
