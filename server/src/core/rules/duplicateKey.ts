import { visit, type Document } from 'yaml';
import { DiagnosticCodes } from '../codes';
import { spanOf } from '../yaml/nodes';
import type { Rule } from './rule';

/** The same key twice in one entry: YAML keeps only one of them, so the other is silently lost. */
export const duplicateKey: Rule = {
  id: DiagnosticCodes.duplicateKey,
  *check({ doc }) {
    for (const error of doc.yaml.errors) {
      if (error.code !== 'DUPLICATE_KEY') continue;
      const start = keyFrom(doc.yaml, error.pos[0]) ?? error.pos[0];
      // Underline the whole key, not only the character the parser points at.
      const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]+?)(?=\s*:)/.exec(doc.text.slice(start, start + 1024))?.[1] ?? doc.text.slice(start, error.pos[1]);
      const end = start + key.length;
      yield {
        code: DiagnosticCodes.duplicateKey,
        severity: 'error',
        message: `"${key}" appears twice in this entry; only one value can be kept. Remove or rename one of them.`,
        start,
        end: Math.max(end, start + 1),
      };
    }
  },
};

/**
 * Where the repeated key starts. The parser reports the end of what precedes the key, which is the line break before
 * it when the previous key has no value (`work:⏎work:`): the first key starting there is the one meant.
 */
function keyFrom(yaml: Document.Parsed, offset: number): number | undefined {
  let found: number | undefined;
  visit(yaml, {
    Pair(_key, pair) {
      const start = spanOf(pair.key)?.[0];
      if (start !== undefined && start >= offset && (found === undefined || start < found)) found = start;
    },
  });
  return found;
}
