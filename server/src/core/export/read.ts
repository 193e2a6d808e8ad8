import { isMap, isScalar, type Node } from 'yaml';
import type { ResumeDocument } from '../document';
import { KNOWN } from '../render/known';
import { entries, field, resolved, textOf, type RenderContext, type Value } from '../render/source';
import { pageLang, wordingFor } from '../render/wording';
import { SECTIONS, extras, paragraphs, unknownEntry } from './entries';
import { clean, linked, plain, tidy, urlSpan } from './inline';
import type { ExportEntry, ExportHeader, ExportOutcome, ExportSection, Inline } from './model';
import { unreadable } from '../render/problem';

/** Top-level keys for tools, not readers. */
const NOT_SHOWN = new Set(['basics', 'meta', '$schema']);

/** A custom section's heading from its key: `talks` → "Talks", `openSource` → "Open source". */
const titleOf = (key: string): string => {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The resume as a document for the plain text, Markdown and Word exports, read from the same YAML tree as the page
 * (render/source.ts): `basics` first, then every section in the order the author wrote them, entries in source order.
 * Sections JSON Resume does not define are included plainly. Broken YAML yields its first error, as for the page.
 */
export function readResume(doc: ResumeDocument, language?: string): ExportOutcome {
  const problem = unreadable(doc);
  if (problem) return { ok: false, problem };
  const wording = wordingFor(language);
  const ctx: RenderContext = { text: doc.text, yaml: doc.yaml, allowRemoteImages: false, wording };
  const root = resolved(ctx, doc.yaml.contents);
  const pairs = new Map<string, Value>();
  if (isMap(root)) {
    for (const pair of root.items) {
      if (isScalar(pair.key) && !pairs.has(String(pair.key.value))) pairs.set(String(pair.key.value), resolved(ctx, pair.value));
    }
  }
  const sections: ExportSection[] = [];
  for (const [key, value] of pairs) {
    if (NOT_SHOWN.has(key)) continue;
    const known = SECTIONS.get(key);
    const [title, read] = known ? [wording.sections[key] ?? known[0], known[1]] : [titleOf(key), unknownEntry];
    const shown = entries(ctx, value)
      .map((node) => read(ctx, node))
      .filter((entry): entry is ExportEntry => entry !== undefined);
    if (shown.length > 0) sections.push({ key, title, entries: shown });
  }
  const top = header(ctx, pairs.get('basics'));
  // A document that is one bare value, not a map of sections: its text, as the page shows it.
  const stray = !isMap(root) && root !== undefined ? plain(textOf(ctx, root)) : [];
  const withStray = stray.length > 0 ? { ...top, body: [...top.body, { kind: 'paragraph' as const, content: stray }] } : top;
  const lang = pageLang(wording);
  return { ok: true, resume: { title: top.name ?? 'Resume', header: withStray, sections, ...(lang ? { lang } : {}) } };
}

/** Name, label, contact line, profiles and summary from `basics`. */
function header(ctx: RenderContext, basics: Value): ExportHeader {
  const f = (key: string): Value => field(ctx, basics, key);
  const words = (node: Value): string | undefined => {
    const value = textOf(ctx, node);
    return value === undefined ? undefined : clean(value).trim() || undefined;
  };
  if (!isMap(basics)) {
    const name = words(basics);
    return { ...(name ? { name } : {}), contact: [], profiles: [], body: [] };
  }
  const name = words(f('name'));
  const label = words(f('label'));
  const url = textOf(ctx, f('url'));
  const contact = [location(ctx, f('location')), email(textOf(ctx, f('email'))), phone(textOf(ctx, f('phone'))), url === undefined ? [] : tidy([urlSpan(url)])];
  return {
    ...(name ? { name } : {}),
    ...(label ? { label } : {}),
    contact: contact.filter((item) => item.length > 0),
    profiles: entries(ctx, f('profiles'))
      .map((node) => profile(ctx, node))
      .filter((item) => item.length > 0),
    body: [...paragraphs(ctx, f('summary')), ...extras(ctx, basics, KNOWN.basics)],
  };
}

function location(ctx: RenderContext, node: Value): Inline {
  if (!isMap(node)) return plain(textOf(ctx, node));
  const known = ['address', 'postalCode', 'city', 'region', 'countryCode'].map((key) => field(ctx, node, key));
  const others = node.items.filter((pair) => !(isScalar(pair.key) && KNOWN.location.has(String(pair.key.value)))).map((pair) => resolved(ctx, pair.value));
  const parts = [...known, ...others].map((part: Node | undefined) => textOf(ctx, part)).filter((part): part is string => part !== undefined);
  return parts.length === 0 ? [] : plain(parts.join(', '));
}

/** An address links with mailto: when it looks like one; otherwise it is shown as written. */
function email(value: string | undefined): Inline {
  if (value === undefined) return [];
  const address = value.trim().replace(/^mailto:/i, '');
  return /^[^\s@<>"]+@[^\s@<>"]+$/.test(address) ? linked(address, `mailto:${address}`) : plain(address);
}

/** A phone number links with tel: (digits and + only), and is shown as written. */
function phone(value: string | undefined): Inline {
  if (value === undefined) return [];
  const digits = value.replace(/[^\d+]/g, '');
  return digits.length < 3 ? plain(value) : linked(value, `tel:${digits}`);
}

/** "GitHub: adaokafor", the username linking to the profile; an unsafe URL is written as text beside it. */
function profile(ctx: RenderContext, node: Value): Inline {
  if (!isMap(node)) return plain(textOf(ctx, node));
  const network = textOf(ctx, field(ctx, node, 'network'));
  const username = textOf(ctx, field(ctx, node, 'username'));
  const url = textOf(ctx, field(ctx, node, 'url'));
  const handle = linked(username, url);
  const unsafe = username !== undefined && url !== undefined && handle.every((span) => span.href === undefined) ? [{ text: ' ' }, urlSpan(url)] : [];
  const rest = extras(ctx, node, KNOWN.profile).flatMap((block) => [{ text: ' ' }, ...block.content]);
  const spans = [...(network === undefined ? [] : [{ text: clean(network) + (handle.length > 0 ? ': ' : '') }]), ...handle, ...unsafe, ...rest];
  return tidy(spans);
}
