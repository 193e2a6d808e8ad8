import schemaJson from '@jsonresume/schema/schema.json';
import type { PathSegment } from '../yaml/nodes';

/** The subset of JSON Schema the JSON Resume schema uses. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly format?: string;
  readonly pattern?: string;
  readonly $ref?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
  readonly [other: string]: unknown;
}

const official = schemaJson as unknown as JsonSchema;

// The keys Vitae reads under `meta`, where JSON Resume keeps "any other tooling configuration": completed, documented
// on hover and checked for their type like the schema's own.
const TOOLING: Readonly<Record<string, JsonSchema>> = {
  theme: { type: 'string', description: 'The JSON Resume theme to render with (`even` or `jsonresume-theme-even`), as resume-cli reads it too; the built-in theme when absent.' },
  language: { type: 'string', description: "The language the resume is written in (`en`, `fr`, `es`, `de`…), when its sentences should not decide: in another language than English it gets no advice on English wording, and its page's headings and dates are in that language." },
};

/** The official JSON Resume schema (`@jsonresume/schema`), bundled: it is never fetched; with Vitae's keys under `meta`. */
export const resumeSchema: JsonSchema = withTooling(official);

function withTooling(schema: JsonSchema): JsonSchema {
  const meta = schema.properties?.['meta'];
  if (!meta) return schema;
  return { ...schema, properties: { ...schema.properties, meta: { ...meta, properties: { ...meta.properties, ...TOOLING } } } };
}

const DATE_REF = '#/definitions/iso8601';

export function resolve(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (schema?.$ref === DATE_REF) return resumeSchema.definitions?.['iso8601'];
  return schema;
}

export function isDateSchema(schema: JsonSchema | undefined): boolean {
  return schema?.$ref === DATE_REF;
}

/** The schema of the value at `path` (indices into arrays may be any number), or undefined off the schema. */
export function schemaAt(path: readonly PathSegment[]): JsonSchema | undefined {
  let schema: JsonSchema | undefined = resumeSchema;
  for (const segment of path) {
    const resolved = resolve(schema);
    if (!resolved) return undefined;
    if (typeof segment === 'number' || resolved.type === 'array') schema = resolved.items;
    else schema = resolved.properties?.[segment];
  }
  return schema;
}

/** The keys an object at `path` may have, with their schemas, in the schema's order. */
export function keysAt(path: readonly PathSegment[]): ReadonlyArray<[string, JsonSchema]> {
  const schema = resolve(schemaAt(path));
  const keys = Object.entries(schema?.properties ?? {});
  return path.length === 0 ? keys.filter(([key]) => key !== '$schema') : keys;
}

/**
 * The schema with every object closed (`additionalProperties: false`) so that the validator reports unknown keys,
 * and the date definition opened up, because the date rules give better messages for dates than a regex does.
 * `meta` stays open: "any other tooling configuration lives here" (`meta.theme`, `meta.language`).
 */
export function strictResumeSchema(): JsonSchema {
  const close = (schema: JsonSchema, key?: string): JsonSchema => {
    if (key === 'meta') return schema;
    if (schema.$ref === DATE_REF) return {};
    const copy: Record<string, unknown> = { ...schema };
    delete copy['$id'];
    delete copy['$schema'];
    if (schema.properties) {
      copy['properties'] = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, close(v, k)]));
      copy['additionalProperties'] = false;
    }
    if (schema.items) copy['items'] = close(schema.items);
    if (schema.definitions) delete copy['definitions'];
    return copy as JsonSchema;
  };
  return close(resumeSchema);
}
