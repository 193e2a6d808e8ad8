import { isMap } from 'yaml';
import { bareEntry, entry, extras, linkedText, prose, textElement } from './blocks';
import { KNOWN } from './known';
import { singleDate } from './dates';
import { field, type RenderContext, type Value } from './source';

function head(parts: readonly string[]): string {
  const shown = parts.filter(Boolean);
  return shown.length === 0 ? '' : `<header class="vitae-entry-head">${shown.join('')}</header>`;
}

export function awardEntry(ctx: RenderContext, node: Value): string {
  if (!isMap(node)) return bareEntry(ctx, node);
  const f = (key: string): Value => field(ctx, node, key);
  return entry(node, [
    head([textElement(ctx, 'h3', 'vitae-entry-title', f('title')), textElement(ctx, 'p', 'vitae-entry-org', f('awarder')), singleDate(ctx, f('date'))]),
    prose(ctx, 'vitae-entry-summary', f('summary')),
    extras(ctx, node, KNOWN.award),
  ]);
}

export function certificateEntry(ctx: RenderContext, node: Value): string {
  if (!isMap(node)) return bareEntry(ctx, node);
  const f = (key: string): Value => field(ctx, node, key);
  return entry(node, [
    head([linkedText(ctx, 'h3', 'vitae-entry-title', f('name'), f('url')), textElement(ctx, 'p', 'vitae-entry-org', f('issuer')), singleDate(ctx, f('date'))]),
    extras(ctx, node, KNOWN.certificate),
  ]);
}

export function publicationEntry(ctx: RenderContext, node: Value): string {
  if (!isMap(node)) return bareEntry(ctx, node);
  const f = (key: string): Value => field(ctx, node, key);
  return entry(node, [
    head([linkedText(ctx, 'h3', 'vitae-entry-title', f('name'), f('url')), textElement(ctx, 'p', 'vitae-entry-org', f('publisher')), singleDate(ctx, f('releaseDate'))]),
    prose(ctx, 'vitae-entry-summary', f('summary')),
    extras(ctx, node, KNOWN.publication),
  ]);
}
