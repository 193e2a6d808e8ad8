import { resolve, schemaAt, type JsonSchema } from './schema/resumeSchema';
import type { PathSegment } from './yaml/nodes';

/** Advice beyond the schema's terse descriptions, for the fields people most often get wrong. */
const ADVICE: Readonly<Record<string, string>> = {
  'work.highlights': 'One achievement per item. Start with a strong verb and state the impact as a number.',
  'work.endDate': 'Leave it out for the job you hold now.',
  'work.startDate': 'ISO 8601: `2021`, `2021-03` or `2021-03-14`.',
  'basics.url': 'Include the scheme: `https://…`.',
  'basics.email': 'An address recruiters can write to.',
  'languages.fluency': 'e.g. Native speaker, Professional working proficiency, C1.',
  'basics.profiles.network': 'The site\'s own spelling: GitHub, LinkedIn, Stack Overflow.',
  $schema: 'The JSON Resume schema this file follows. Vitae uses its bundled copy and never fetches it.',
};

/** Markdown documentation of the field at `path`: its type, the schema's description and our advice. */
export function fieldDocumentation(path: readonly PathSegment[]): string {
  const schema = schemaAt(path);
  const name = path.filter((segment) => typeof segment === 'string').join('.');
  const parts = [`**${name || 'resume'}** · ${typeLabel(schema) || 'value'}`];
  const description = (schema?.description as string | undefined) ?? '';
  if (description) parts.push(description);
  const advice = ADVICE[name];
  if (advice) parts.push(advice);
  return parts.join('\n\n');
}

/** The kind of value a field takes, in words. */
export function typeLabel(schema: JsonSchema | undefined): string {
  const resolved = resolve(schema);
  if (!resolved) return '';
  if (schema?.$ref) return 'date (YYYY, YYYY-MM or YYYY-MM-DD)';
  if (resolved.type === 'array') {
    const items = resolve(resolved.items);
    return items?.type === 'object' ? 'list of entries' : 'list of text';
  }
  if (resolved.type === 'object') return 'group of fields';
  if (resolved.format === 'email') return 'email address';
  if (resolved.format === 'uri') return 'URL (https://…)';
  return 'text';
}

