import type { SeverityName } from '../codes';
import type { Finding, Fix } from '../finding';
import type { Text } from './bullets';

/** A finding on `text.slice(from, to)` of a bullet or paragraph (the whole trimmed text by default). */
export function findingIn(
  text: Text,
  code: string,
  severity: SeverityName,
  message: string,
  range: readonly [number, number] = text.trimmed,
  fixes: ReadonlyArray<Fix | undefined> = [],
): Finding {
  const [start, end] = range === text.trimmed ? text.span : text.map.span(range[0], range[1]);
  const offered = fixes.filter((fix): fix is Fix => fix !== undefined);
  return { code, severity, message, start, end, ...(offered.length ? { fixes: offered } : {}) };
}

/**
 * A fix replacing `text.slice(from, to)` with `newText`, offered only where the document holds exactly those
 * characters (no escapes, no line folds in between), so that a fix can never garble the YAML.
 */
export function fixIn(text: Text, title: string, from: number, to: number, newText: string): Fix | undefined {
  if (to <= from || !text.map.verbatim(from, to)) return undefined;
  return { title, newText, span: text.map.span(from, to) };
}

/** “quoted” for messages. */
export const quote = (words: string): string => `“${words}”`;

/** "Owned, Led or Ran". */
export function orList(options: readonly string[]): string {
  if (options.length <= 1) return options.join('');
  return `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`;
}
