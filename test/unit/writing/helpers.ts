import { Caches } from '../../../server/src/core/caches';
import type { Finding, Fix } from '../../../server/src/core/finding';
import { BULLET_RULES } from '../../../server/src/core/rules/bullets';
import type { RuleContext } from '../../../server/src/core/rules/rule';
import { resumeSchema } from '../../../server/src/core/schema/resumeSchema';
import { collectSchemaPairs } from '../../../server/src/core/yaml/walk';
import type { WritingOptions } from '../../../server/src/core/writing/options';
import { joinLines, resumeOf } from '../../helpers/text';

export const TODAY = new Date('2025-06-01T00:00:00Z');

/** A resume with one work entry holding `highlights`, written line by line. */
export function workResume(highlights: readonly string[], extra: readonly string[] = []): string {
  return joinLines('work:', '  - name: Acme', '    position: Engineer', ...extra, '    highlights:', ...highlights.map((h) => `      - ${h}`));
}

/** What a finding underlines, with its code: tests compare the very text an author sees marked. */
export interface Marked {
  readonly code: string;
  readonly text: string;
  readonly message: string;
  readonly fixes: readonly string[];
}

// Kept from one context to the next, as a language service keeps them from one lint to the next.
const caches = new Caches();

/** A rule context as the linter builds it, plus the `writing` options the editor and CLI pass in. */
export function contextOf(text: string, writing?: WritingOptions): RuleContext & { writing?: WritingOptions } {
  const doc = resumeOf(text);
  const pairs = collectSchemaPairs(doc.yaml.contents, resumeSchema);
  return { doc, today: TODAY, caches, data: () => doc.yaml.toJS(), schemaErrors: () => [], schemaPairs: () => pairs, ...(writing ? { writing } : {}) };
}

/** Runs the writing rules (only those whose codes are given, or all) and returns what each finding marks. */
export function marks(text: string, codes?: readonly string[], writing?: WritingOptions): Marked[] {
  const rules = codes ? BULLET_RULES.filter((rule) => codes.includes(rule.id)) : BULLET_RULES;
  const context = contextOf(text, writing);
  return rules.flatMap((rule) => [...rule.check(context)]).sort((a, b) => a.start - b.start).map((finding) => mark(text, finding));
}

export function mark(text: string, finding: Finding): Marked {
  return {
    code: finding.code,
    text: text.slice(finding.start, finding.end),
    message: finding.message,
    fixes: (finding.fixes ?? []).map((fix) => applyFix(text, finding, fix)),
  };
}

/** The document after a fix, reduced to the line the fix touched. */
export function applyFix(text: string, finding: Finding, fix: Fix): string {
  const [start, end] = fix.span ?? [finding.start, finding.end];
  const fixed = text.slice(0, start) + fix.newText + text.slice(end);
  const lineStart = fixed.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = fixed.indexOf('\n', start);
  return fixed.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim();
}
