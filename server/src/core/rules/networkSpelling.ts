import { isScalar } from 'yaml';
import { DiagnosticCodes } from '../codes';
import { SUGGESTED_VALUES, squash } from '../data/values';
import { technologyOptions } from '../technologies/extras';
import { techIndexFor } from '../technologies/vocabulary';
import { spanOf } from '../yaml/nodes';
import type { Rule, RuleContext } from './rule';

const NETWORKS = new Map(SUGGESTED_VALUES['basics.profiles.network']!.map((name) => [squash(name), name]));

/** The site's own spelling: from the technology vocabulary (category `network`), else the profile list. */
function canonicalNetwork(written: string, context: RuleContext): string | undefined {
  const resolution = techIndexFor(technologyOptions(context).extra, context.caches).resolve(written.trim());
  if (resolution?.tech.extra) return undefined;
  // A spelling, not a rename: themes pick icons by the name, and many still know Twitter, not X.
  if (resolution?.tech.category === 'network' && (resolution.status === 'canonical' || resolution.status === 'variant')) return resolution.tech.name;
  return NETWORKS.get(squash(written));
}

/** "Github", "linkedin": recruiters notice; themes use the name to pick an icon. */
export const networkSpelling: Rule = {
  id: DiagnosticCodes.networkSpelling,
  *check(context) {
    for (const entry of context.schemaPairs()) {
      if (entry.key !== 'network' || entry.path[0] !== 'basics') continue;
      const value = entry.pair.value;
      if (!isScalar(value) || typeof value.value !== 'string') continue;
      const canonical = canonicalNetwork(value.value, context);
      const span = spanOf(value);
      if (!canonical || canonical === value.value || !span) continue;
      yield {
        code: DiagnosticCodes.networkSpelling,
        severity: 'warning',
        message: `The canonical spelling is "${canonical}".`,
        start: span[0],
        end: span[1],
        fixes: [{ title: `Change to ${canonical}`, newText: canonical, auto: true }],
      };
    }
  },
};
