import type { ResumeEvidence } from './evidence';
import type { Coverage, JobMatch, JobPosting, Need, TermMatch } from './types';

const WEIGHT: Readonly<Record<Need, number>> = { required: 3, preferred: 1 };
const CREDIT: Readonly<Record<Coverage, number>> = { covered: 1, listed: 0.75, missing: 0 };

/** What is scored: one technology the posting names on its own, or one group of alternatives. */
interface Unit {
  readonly names: readonly string[];
  readonly need: Need;
  readonly coverage: Coverage;
}

/**
 * Matches a posting against the resume's evidence. Each technology counts once however often the posting names
 * it (required if any mention requires it); a group of alternatives counts once, as well as its best member.
 * The score is the weighted share of credit: required weighs 3, preferred 1; shown in a bullet, summary or
 * project gives full credit, only listed in skills three quarters.
 */
export function matchJob(posting: JobPosting, evidence: ResumeEvidence): JobMatch {
  const terms: TermMatch[] = posting.terms.map((term) => {
    const found = evidence.get(term.canonical) ?? [];
    const coverage: Coverage = found.some((item) => item.kind !== 'skill') ? 'covered' : found.length > 0 ? 'listed' : 'missing';
    return { ...term, coverage, evidence: found };
  });
  const units = unitsOf(terms);
  const total = units.reduce((sum, unit) => sum + WEIGHT[unit.need], 0);
  const earned = units.reduce((sum, unit) => sum + WEIGHT[unit.need] * CREDIT[unit.coverage], 0);
  const score = total === 0 ? 0 : Math.round((100 * earned) / total);
  const count = (need: Need): { covered: number; total: number } => {
    const of = units.filter((unit) => unit.need === need);
    return { covered: of.filter((unit) => unit.coverage !== 'missing').length, total: of.length };
  };
  return { score, terms, requirements: posting.requirements, required: count('required'), preferred: count('preferred'), explanation: explain(units, total) };
}

function unitsOf(terms: readonly TermMatch[]): Unit[] {
  const best = (a: Coverage, b: Coverage): Coverage => (CREDIT[a] >= CREDIT[b] ? a : b);
  const single = new Map<string, { need: Need; coverage: Coverage }>();
  const groups = new Map<number, { names: Set<string>; need: Need; coverage: Coverage }>();
  for (const term of terms) {
    if (term.group === undefined) {
      const known = single.get(term.canonical);
      single.set(term.canonical, { need: known?.need === 'required' || term.need === 'required' ? 'required' : 'preferred', coverage: term.coverage });
    } else {
      const known = groups.get(term.group);
      if (known) {
        known.names.add(term.canonical);
        known.coverage = best(known.coverage, term.coverage);
        if (term.need === 'required') known.need = 'required';
      } else groups.set(term.group, { names: new Set([term.canonical]), need: term.need, coverage: term.coverage });
    }
  }
  const units: Unit[] = [...single].map(([name, unit]) => ({ names: [name], ...unit }));
  const seen = new Set<string>();
  for (const group of groups.values()) {
    const names = [...group.names];
    const key = [...names].sort().join('\n');
    // A group whose every member the posting also asks for on its own adds nothing; the same group twice counts once.
    if (seen.has(key) || names.every((name) => single.has(name))) continue;
    seen.add(key);
    units.push({ names, need: group.need, coverage: group.coverage });
  }
  return units;
}

/** Which units moved the score, largest loss first, in words. */
function explain(units: readonly Unit[], total: number): string[] {
  if (units.length === 0) return ['The posting names no technology, so there is nothing to score.'];
  const lines: string[] = [];
  const label = (unit: Unit): string => (unit.names.length > 1 ? `one of ${unit.names.join(', ')}` : unit.names[0]!);
  const points = (unit: Unit): number => (100 * WEIGHT[unit.need] * (1 - CREDIT[unit.coverage])) / total;
  const say = (need: Need, coverage: Coverage, words: string): void => {
    const of = units.filter((unit) => unit.need === need && unit.coverage === coverage);
    if (of.length === 0) return;
    const lost = of.reduce((sum, unit) => sum + points(unit), 0);
    const names = of.map(label).join('; ');
    lines.push(coverage === 'covered' ? `${words}: ${names}.` : `${words}: ${names} (−${lost.toFixed(lost < 10 ? 1 : 0)} points).`);
  };
  say('required', 'missing', 'Required, missing');
  say('required', 'listed', 'Required, only listed in skills (no bullet shows it)');
  say('preferred', 'missing', 'Preferred, missing');
  say('preferred', 'listed', 'Preferred, only listed in skills');
  say('required', 'covered', 'Required, shown');
  say('preferred', 'covered', 'Preferred, shown');
  return lines;
}
