import { isScalar } from 'yaml';
import { readDate, type DateReading } from '../dates';
import { isDateSchema } from '../schema/resumeSchema';
import type { SchemaPair } from '../yaml/walk';
import { spanOf } from '../yaml/nodes';
import type { RuleContext } from './rule';

export interface DateField extends SchemaPair {
  readonly reading: DateReading;
  readonly span: [number, number];
}

const cache = new WeakMap<RuleContext, DateField[]>();

/** Every date the schema defines (startDate, endDate, date, releaseDate) that has a value, read once per lint. */
export function dateFields(context: RuleContext): DateField[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const out: DateField[] = [];
  cache.set(context, out);
  for (const entry of context.schemaPairs()) {
    if (!isDateSchema(entry.schema)) continue;
    const value = entry.pair.value;
    const span = spanOf(value) ?? spanOf(entry.pair.key);
    if (!span) continue;
    if (isScalar(value) && value.value === null) continue;
    const raw = isScalar(value) ? value.value : Symbol('collection');
    out.push({ ...entry, reading: readDate(raw), span });
  }
  return out;
}
