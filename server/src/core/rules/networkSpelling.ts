import { isScalar } from 'yaml';
import { DiagnosticCodes } from '../codes';
import { SUGGESTED_VALUES, squash } from '../data/values';
import { spanOf } from '../yaml/nodes';
import type { Rule } from './rule';

const NETWORKS = new Map(SUGGESTED_VALUES['basics.profiles.network']!.map((name) => [squash(name), name]));

/** "Github", "linkedin": recruiters notice; themes use the name to pick an icon. */
export const networkSpelling: Rule = {
  id: DiagnosticCodes.networkSpelling,
  *check(context) {
    for (const entry of context.schemaPairs()) {
      if (entry.key !== 'network' || entry.path[0] !== 'basics') continue;
      const value = entry.pair.value;
      if (!isScalar(value) || typeof value.value !== 'string') continue;
      const canonical = NETWORKS.get(squash(value.value));
      const span = spanOf(value);
      if (!canonical || canonical === value.value || !span) continue;
      yield {
        code: DiagnosticCodes.networkSpelling,
        severity: 'warning',
        message: `The canonical spelling is "${canonical}".`,
        start: span[0],
        end: span[1],
        fixes: [{ title: `Change to ${canonical}`, newText: canonical }],
      };
    }
  },
};
