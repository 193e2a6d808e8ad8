import type { SeverityName } from '../codes';
import type { Finding, Fix } from '../finding';
import type { Derived } from './facts';
import type { Text } from './text';

/**
 * A finding in offsets of one text rather than of the document: it depends on the text alone, so it is worked
 * out once per distinct text and placed in the document (`findingIn`) on every lint.
 */
export interface TextFinding {
  readonly code: string;
  readonly severity: SeverityName;
  readonly message: string;
  /** `text.slice(from, to)` at fault; the whole trimmed text when absent. */
  readonly range?: readonly [number, number];
  readonly fixes?: readonly TextFix[];
}

/** Replace `text.slice(from, to)` with `newText`. */
export interface TextFix {
  readonly title: string;
  readonly from: number;
  readonly to: number;
  readonly newText: string;
}

export const NO_FINDINGS: readonly TextFinding[] = [];

/**
 * Places a text finding in the document. Fixes are offered only where the document holds exactly the characters
 * they replace (no escapes, no line folds in between), so that a fix can never garble the YAML.
 */
export function findingIn(text: Text, found: TextFinding): Finding {
  const { code, severity, message, range } = found;
  const [start, end] = range ? text.span(range[0], range[1]) : text.trimmedSpan;
  const fixes = found.fixes;
  if (!fixes?.length) return { code, severity, message, start, end };
  let offered: Fix[] | undefined;
  // Fixes offering other words for the same words share one span.
  let span: [number, number] = [0, 0];
  let spanned: TextFix | undefined;
  for (let i = 0; i < fixes.length; i++) {
    const fix = fixes[i]!;
    if (fix.to <= fix.from || !text.verbatim(fix.from, fix.to)) continue;
    if (spanned?.from !== fix.from || spanned.to !== fix.to) {
      span = text.span(fix.from, fix.to);
      spanned = fix;
    }
    (offered ??= []).push({ title: fix.title, newText: fix.newText, span });
  }
  return offered ? { code, severity, message, start, end, fixes: offered } : { code, severity, message, start, end };
}

/**
 * The findings `derived` holds for each text, placed in the document. Indexed loops: these run over every bullet
 * on every keystroke, and `for…of` inside a generator allocates an iterator result per step.
 */
export function* findingsOf(texts: readonly Text[], derived: Derived<readonly TextFinding[]>): Generator<Finding, void, undefined> {
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const found = text.facts.get(derived);
    for (let k = 0; k < found.length; k++) yield findingIn(text, found[k]!);
  }
}

/** “quoted” for messages. */
export const quote = (words: string): string => `“${words}”`;

/** "Owned, Led or Ran". */
export function orList(options: readonly string[]): string {
  if (options.length <= 1) return options.join('');
  return `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`;
}
