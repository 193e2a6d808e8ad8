import { DiagnosticCodes } from '../codes';
import { keySpans } from '../yaml/nodes';
import type { Rule } from './rule';

/** The same key twice in one entry: YAML keeps only one of them, so the other is silently lost. */
export const duplicateKey: Rule = {
  id: DiagnosticCodes.duplicateKey,
  *check({ doc }) {
    let keys: ReturnType<typeof keySpans> | undefined;
    for (const error of doc.yaml.errors) {
      if (error.code !== 'DUPLICATE_KEY') continue;
      // The parser reports the end of what precedes the key: the line break before it when the previous key has no
      // value (`work:⏎work:`). The first key starting there is the one meant.
      keys ??= keySpans(doc.yaml);
      const start = keys.from(error.pos[0]) ?? error.pos[0];
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
