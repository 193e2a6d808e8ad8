import type { ResumeDocument } from './document';
import type { Finding } from './finding';

/** What the `# vitae-disable…` comments of one document silence. */
export interface Suppressions {
  /** Whether a finding of `code` starting at `offset` is silenced. */
  silences(code: string, offset: number): boolean;
}

const NONE: Suppressions = { silences: () => false };
const cache = new WeakMap<ResumeDocument, Suppressions>();

/**
 * `# vitae-disable-next-line <code>[, <code>…]` silences those codes (or, with no code, all) on the next line;
 * `# vitae-disable <code>…` anywhere silences them in the whole file. Comments are read from the text, so they work
 * even where the YAML does not parse.
 */
export function suppressionsOf(doc: ResumeDocument): Suppressions {
  if (!doc.text.includes('vitae-disable')) return NONE;
  let suppressions = cache.get(doc);
  if (!suppressions) {
    suppressions = read(doc);
    cache.set(doc, suppressions);
  }
  return suppressions;
}

function read(doc: ResumeDocument): Suppressions {
  const fileWide = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  const directive = /#\s*vitae-disable(-next-line)?\b([^\n#]*)/g;
  for (const match of doc.text.matchAll(directive)) {
    const codes = match[2]!.split(/[\s,]+/).filter(Boolean);
    const all = codes.length === 0 ? ['*'] : codes;
    if (!match[1]) {
      all.forEach((code) => fileWide.add(code));
      continue;
    }
    const line = doc.lines.positionAt(match.index).line + 1;
    const set = byLine.get(line) ?? new Set<string>();
    all.forEach((code) => set.add(code));
    byLine.set(line, set);
  }
  return {
    silences(code, offset) {
      if (fileWide.has('*') || fileWide.has(code)) return true;
      const codes = byLine.get(doc.lines.positionAt(offset).line);
      return !!codes && (codes.has('*') || codes.has(code));
    },
  };
}

/** The findings no comment silences. */
export function applySuppressions(doc: ResumeDocument, findings: readonly Finding[]): Finding[] {
  const suppressions = suppressionsOf(doc);
  if (suppressions === NONE) return [...findings];
  return findings.filter((finding) => !suppressions.silences(finding.code, finding.start));
}
