import type { DateStyle } from '../design';
import { readDate, type ResumeDate } from '../dates';
import { escapeHtml } from './html';
import { src, textOf, type RenderContext, type Value } from './source';
import { ENGLISH_WORDING, type Wording } from './wording';

/**
 * A date as people write it on a resume: "2019", "Mar 2021", "15 Mar 2021" (short); "March 2021" (long);
 * "03/2021" (numeric). Unreadable dates stay as written.
 */
export function humanDate(value: string | number, style: DateStyle = 'short', wording: Wording = ENGLISH_WORDING): string {
  const reading = readDate(value);
  return reading.ok ? spell(reading.date, style, wording) : String(value).trim();
}

function spell(date: ResumeDate, style: DateStyle, wording: Wording): string {
  if (date.month === undefined) return String(date.year);
  if (style === 'numeric') {
    const month = `${String(date.month).padStart(2, '0')}/${date.year}`;
    return date.day === undefined ? month : `${String(date.day).padStart(2, '0')}/${month}`;
  }
  const month = `${wording.month(date.month, style)} ${date.year}`;
  return date.day === undefined ? month : `${date.day} ${month}`;
}

function dateText(ctx: RenderContext, node: Value): string | undefined {
  if (node === undefined) return undefined;
  const text = textOf(ctx, node);
  return text === undefined ? undefined : humanDate(text, ctx.dateStyle, ctx.wording);
}

function timeElement(ctx: RenderContext, node: Value): string | undefined {
  const shown = dateText(ctx, node);
  if (shown === undefined) return undefined;
  const raw = textOf(ctx, node)!;
  const reading = readDate(raw);
  const datetime = reading.ok ? ` datetime="${escapeHtml(raw.trim())}"` : '';
  return `<time${datetime}${src(node)}>${escapeHtml(shown)}</time>`;
}

/** "Mar 2021 – Present", "2014 – 2017", "Until Feb 2021"; empty when neither date is there. */
export function dateRange(ctx: RenderContext, start: Value, end: Value): string {
  const from = timeElement(ctx, start);
  const to = timeElement(ctx, end);
  if (from === undefined && to === undefined) return '';
  const words = ctx.wording ?? ENGLISH_WORDING;
  const body = from === undefined ? `${escapeHtml(words.until)} ${to}` : `${from} – ${to ?? `<span class="vitae-present">${escapeHtml(words.present)}</span>`}`;
  return `<p class="vitae-dates">${body}</p>`;
}

/** One date (an award, a certificate, a publication). */
export function singleDate(ctx: RenderContext, node: Value): string {
  const time = timeElement(ctx, node);
  return time === undefined ? '' : `<p class="vitae-dates">${time}</p>`;
}
