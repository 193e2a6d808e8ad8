import { isMap } from 'yaml';
import { bareEntry, entry, extras, keywordList, prose, textElement } from './blocks';
import { KNOWN } from './known';
import { field, type RenderContext, type Value } from './source';

/** Skills, languages, interests and references: short entries, laid out compactly by the theme. */

export function skillEntry(ctx: RenderContext, node: Value): string {
  if (!isMap(node)) return bareEntry(ctx, node);
  const f = (key: string): Value => field(ctx, node, key);
  // The keywords and the level side by side, after the group's name: one line a group on paper.
  const detail = [keywordList(ctx, f('keywords')), textElement(ctx, 'span', 'vitae-level', f('level'))].filter(Boolean).join('');
  return entry(node, [
    textElement(ctx, 'h3', 'vitae-entry-title', f('name')),
    detail === '' ? '' : `<div class="vitae-skill-detail">${detail}</div>`,
    extras(ctx, node, KNOWN.skill),
  ]);
}

export function languageEntry(ctx: RenderContext, node: Value): string {
  if (!isMap(node)) return bareEntry(ctx, node);
  const f = (key: string): Value => field(ctx, node, key);
  return entry(node, [textElement(ctx, 'h3', 'vitae-entry-title', f('language')), textElement(ctx, 'p', 'vitae-level', f('fluency')), extras(ctx, node, KNOWN.language)]);
}

export function interestEntry(ctx: RenderContext, node: Value): string {
  if (!isMap(node)) return bareEntry(ctx, node);
  const f = (key: string): Value => field(ctx, node, key);
  return entry(node, [textElement(ctx, 'h3', 'vitae-entry-title', f('name')), keywordList(ctx, f('keywords')), extras(ctx, node, KNOWN.interest)]);
}

export function referenceEntry(ctx: RenderContext, node: Value): string {
  if (!isMap(node)) return bareEntry(ctx, node);
  const f = (key: string): Value => field(ctx, node, key);
  const quote = prose(ctx, 'vitae-reference-text', f('reference'));
  return entry(node, [quote === '' ? '' : `<blockquote class="vitae-reference">${quote}</blockquote>`, textElement(ctx, 'p', 'vitae-reference-name', f('name')), extras(ctx, node, KNOWN.reference)]);
}
