import { isMap, isSeq, type Pair, type ParsedNode } from 'yaml';
import { resolve, type JsonSchema } from '../schema/resumeSchema';
import { keyText, type PathSegment } from './nodes';

/** A map entry whose key the schema defines: the pair, its path and the property's schema. */
export interface SchemaPair {
  readonly path: readonly PathSegment[];
  readonly key: string;
  readonly pair: Pair<ParsedNode, ParsedNode | null>;
  readonly schema: JsonSchema;
  /** The map holding the pair (an entry such as one `work` item). */
  readonly parent: ParsedNode;
}

/**
 * Lists the pairs the schema defines, walking only where the schema goes (so hostile nesting elsewhere costs
 * nothing).
 */
export function collectSchemaPairs(root: ParsedNode | null, schema: JsonSchema): SchemaPair[] {
  const out: SchemaPair[] = [];
  const visit = (node: ParsedNode | null, nodeSchema: JsonSchema | undefined, path: PathSegment[]): void => {
    const resolved = resolve(nodeSchema);
    if (!resolved || !node) return;
    if (isMap(node) && resolved.properties) {
      for (const pair of node.items as Array<Pair<ParsedNode, ParsedNode | null>>) {
        const key = keyText(pair);
        const propertySchema = key === null ? undefined : resolved.properties[key];
        if (key === null || !propertySchema) continue;
        const childPath = [...path, key];
        out.push({ path: childPath, key, pair, schema: propertySchema, parent: node });
        visit(pair.value, propertySchema, childPath);
      }
    } else if (isSeq(node) && resolved.items) {
      node.items.forEach((item, index) => visit(item as ParsedNode, resolved.items, [...path, index]));
    }
  };
  visit(root, schema, []);
  return out;
}
