import { readDate, type ResumeDate } from '../dates';
import { escapeHtml } from './html';
import { src, textOf, type RenderContext, type Value } from './source';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as people write it on a resume: "2019", "Mar 2021", "15 Mar 2021". Unreadable dates stay as written. */
export function humanDate(value: string | number): string {
  const reading = readDate(value);
  return reading.ok ? spell(reading.date) : String(value).trim();
}

function spell(date: ResumeDate): string {
  if (date.month === undefined) return String(date.year);
  const month = `${MONTHS[date.month - 1]} ${date.year}`;
  return date.day === undefined ? month : `${date.day} ${month}`;
}

function dateText(ctx: RenderContext, node: Value): string | undefined {
  if (node === undefined) return undefined;
  const text = textOf(ctx, node);
  return text === undefined ? undefined : humanDate(text);
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
