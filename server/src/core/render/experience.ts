import { isMap } from 'yaml';
import { bareEntry, bulletList, entry, extras, keywordList, linkedText, prose, textElement } from './blocks';
import { KNOWN } from './known';
import { dateRange } from './dates';
import { entries, field, type RenderContext, type Value } from './source';

/** The head every dated entry shares: what (title), where (organisation, linked, and the place), when. */
function head(ctx: RenderContext, title: string, organisation: string, node: Value, place = ''): string {
  const parts = [title, organisation, place, dateRange(ctx, field(ctx, node, 'startDate'), field(ctx, node, 'endDate'))];
  const shown = parts.filter(Boolean);
  return shown.length === 0 ? '' : `<header class="vitae-entry-head">${shown.join('')}</header>`;
}

export function workEntry(ctx: RenderContext, node: Value): string {
  if (!isMap(node)) return bareEntry(ctx, node);
  const f = (key: string): Value => field(ctx, node, key);
  return entry(node, [
    head(ctx, textElement(ctx, 'h3', 'vitae-entry-title', f('position')), linkedText(ctx, 'p', 'vitae-entry-org', f('name'), f('url')), node, textElement(ctx, 'p', 'vitae-entry-location', f('location'))),
    prose(ctx, 'vitae-entry-description', f('description')),
    prose(ctx, 'vitae-entry-summary', f('summary')),
    bulletList(ctx, 'vitae-highlights', f('highlights')),
    extras(ctx, node, KNOWN.work),
  ]);
}

export function volunteerEntry(ctx: RenderContext, node: Value): string {
  if (!isMap(node)) return bareEntry(ctx, node);
  const f = (key: string): Value => field(ctx, node, key);
  return entry(node, [
    head(ctx, textElement(ctx, 'h3', 'vitae-entry-title', f('position')), linkedText(ctx, 'p', 'vitae-entry-org', f('organization'), f('url')), node),
    prose(ctx, 'vitae-entry-summary', f('summary')),
    bulletList(ctx, 'vitae-highlights', f('highlights')),
    extras(ctx, node, KNOWN.volunteer),
  ]);
}

export function projectEntry(ctx: RenderContext, node: Value): string {
  if (!isMap(node)) return bareEntry(ctx, node);
  const f = (key: string): Value => field(ctx, node, key);
  const roles = entries(ctx, f('roles'));
  return entry(node, [
    head(ctx, linkedText(ctx, 'h3', 'vitae-entry-title', f('name'), f('url')), textElement(ctx, 'p', 'vitae-entry-org', f('entity')), node),
    textElement(ctx, 'p', 'vitae-entry-type', f('type')),
    roles.length > 0 ? bulletList(ctx, 'vitae-roles', f('roles')) : '',
    prose(ctx, 'vitae-entry-description', f('description')),
    bulletList(ctx, 'vitae-highlights', f('highlights')),
    keywordList(ctx, f('keywords')),
    extras(ctx, node, KNOWN.project),
  ]);
}

export function educationEntry(ctx: RenderContext, node: Value): string {
  if (!isMap(node)) return bareEntry(ctx, node);
  const f = (key: string): Value => field(ctx, node, key);
  const degree = [textElement(ctx, 'span', 'vitae-study-type', f('studyType')), textElement(ctx, 'span', 'vitae-area', f('area'))].filter(Boolean);
  const title = degree.length === 0 ? '' : `<h3 class="vitae-entry-title">${degree.join(' ')}</h3>`;
  const score = textElement(ctx, 'span', 'vitae-score-value', f('score'));
  return entry(node, [
    head(ctx, title, linkedText(ctx, 'p', 'vitae-entry-org', f('institution'), f('url')), node),
    score === '' ? '' : `<p class="vitae-score">${score}</p>`,
    bulletList(ctx, 'vitae-courses', f('courses')),
    extras(ctx, node, KNOWN.education),
  ]);
}
