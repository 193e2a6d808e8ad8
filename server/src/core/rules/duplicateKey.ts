import { DiagnosticCodes } from '../codes';
import type { Rule } from './rule';

/** The same key twice in one entry: YAML keeps only one of them, so the other is silently lost. */
export const duplicateKey: Rule = {
  id: DiagnosticCodes.duplicateKey,
  *check({ doc }) {
    for (const error of doc.yaml.errors) {
      if (error.code !== 'DUPLICATE_KEY') continue;
      const start = error.pos[0];
      // The parser points at the key's first character; underline the whole key.
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
