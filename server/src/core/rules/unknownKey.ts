import { closest, distance } from 'fastest-levenshtein';
import { isMap } from 'yaml';
import { DiagnosticCodes } from '../codes';
import { pointerToPath } from '../schema/errorLocation';
import { keysAt } from '../schema/resumeSchema';
import { keyText, locate, spanOf } from '../yaml/nodes';
import type { Rule } from './rule';

/** The key the author most likely meant, when it is close enough to be a typo. */
export function didYouMean(key: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = key.toLowerCase();
  const sameLetters = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  const best = closest(key, [...candidates]);
  const allowed = Math.max(1, Math.min(3, Math.floor(best.length / 3)));
  return distance(lower, best.toLowerCase()) <= allowed ? best : undefined;
}

/** A key JSON Resume does not define: usually a typo, and a typo silently drops the value from the resume. */
export const unknownKey: Rule = {
  id: DiagnosticCodes.unknownKey,
  *check(context) {
    for (const error of context.schemaErrors()) {
      if (error.keyword !== 'additionalProperties') continue;
      const path = pointerToPath(error.instancePath);
      const { node, depth } = locate(context.doc.yaml.contents, path);
      if (depth !== path.length || !isMap(node)) continue;
      const key = String(error.params['additionalProperty']);
      const pair = node.items.find((item) => keyText(item) === key);
      const span = spanOf(pair?.key);
      if (!span) continue;
      const known = keysAt(path).map(([name]) => name);
      const suggestion = didYouMean(key, known);
      const where = path.length === 0 ? 'at the top level of a resume' : `in ${sectionName(path)}`;
      // Renaming onto a key the entry already has would make a duplicate key and lose one of the two values.
      const taken = suggestion !== undefined && node.items.some((item) => keyText(item) === suggestion);
      const advice = taken
        ? `Did you mean "${suggestion}"? This entry already has "${suggestion}": keep one of the two values and remove the other.`
        : suggestion
          ? `Did you mean "${suggestion}"?`
          : `Known keys here: ${known.slice(0, 12).join(', ')}.`;
      yield {
        code: DiagnosticCodes.unknownKey,
        severity: 'warning',
        message: `"${key}" is not a JSON Resume key ${where}, so no theme will show it. ${advice}`,
        start: span[0],
        end: span[1],
        ...(suggestion && !taken ? { suggestion, fixes: [{ title: `Change to "${suggestion}"`, newText: suggestion }] } : {}),
      };
    }
  },
};

function sectionName(path: readonly (string | number)[]): string {
  const names = path.filter((segment) => typeof segment === 'string');
  return names.length === 0 ? 'this entry' : `"${names.join('.')}"`;
}
