import type { ResumeDocument } from './document';
import type { Finding } from './finding';

/**
 * `# vitae-disable-next-line <code>[, <code>…]` silences those codes (or, with no code, all) on the next line;
 * `# vitae-disable <code>…` anywhere silences them in the whole file. Comments are read from the text, so they work
 * even where the YAML does not parse.
 */
export function applySuppressions(doc: ResumeDocument, findings: readonly Finding[]): Finding[] {
  if (!doc.text.includes('vitae-disable')) return [...findings];
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
  return findings.filter((finding) => {
    if (fileWide.has('*') || fileWide.has(finding.code)) return false;
    const codes = byLine.get(doc.lines.positionAt(finding.start).line);
    return !codes || !(codes.has('*') || codes.has(finding.code));
  });
}
