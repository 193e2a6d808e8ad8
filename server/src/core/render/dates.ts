import type { DateStyle } from '../design';
import { readDate, type ResumeDate } from '../dates';
import { escapeHtml } from './html';
import { src, textOf, type RenderContext, type Value } from './source';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date as people write it on a resume: "2019", "Mar 2021", "15 Mar 2021" (short); "March 2021" (long);
 * "03/2021" (numeric). Unreadable dates stay as written.
 */
export function humanDate(value: string | number, style: DateStyle = 'short'): string {
  const reading = readDate(value);
  return reading.ok ? spell(reading.date, style) : String(value).trim();
}

function spell(date: ResumeDate, style: DateStyle): string {
  if (date.month === undefined) return String(date.year);
  if (style === 'numeric') {
    const month = `${String(date.month).padStart(2, '0')}/${date.year}`;
    return date.day === undefined ? month : `${String(date.day).padStart(2, '0')}/${month}`;
  }
  const name = MONTHS[date.month - 1]!;
  const month = `${style === 'long' ? name : name.slice(0, 3)} ${date.year}`;
  return date.day === undefined ? month : `${date.day} ${month}`;
}

function dateText(ctx: RenderContext, node: Value): string | undefined {
  if (node === undefined) return undefined;
  const text = textOf(ctx, node);
  return text === undefined ? undefined : humanDate(text, ctx.dateStyle);
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
  const body = from === undefined ? `Until ${to}` : `${from} – ${to ?? '<span class="vitae-present">Present</span>'}`;
  return `<p class="vitae-dates">${body}</p>`;
}

/** One date (an award, a certificate, a publication). */
export function singleDate(ctx: RenderContext, node: Value): string {
  const time = timeElement(ctx, node);
  return time === undefined ? '' : `<p class="vitae-dates">${time}</p>`;
}
