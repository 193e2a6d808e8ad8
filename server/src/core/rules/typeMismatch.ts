import { isMap, isScalar, isSeq } from 'yaml';
import { DiagnosticCodes } from '../codes';
import type { Finding } from '../finding';
import { locateError } from '../schema/errorLocation';
import { targetSpan } from '../yaml/nodes';
import type { Rule } from './rule';

const EXPECTED: Record<string, { noun: string; hint: string }> = {
  string: { noun: 'text', hint: 'Put the value in quotes.' },
  array: { noun: 'a list', hint: 'Write each item on its own line, starting with "- ".' },
  object: { noun: 'a group of fields', hint: 'Write its fields indented below it, as "key: value" lines.' },
};

function describe(node: unknown): string {
  if (isMap(node)) return 'a group of fields';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const value = node.value;
    if (value === null) return 'empty';
    if (typeof value === 'number') return 'a number';
    if (typeof value === 'boolean') return `the yes/no value ${String(value)}`;
  }
  return 'something else';
}

/** A value of the wrong kind, e.g. `fluency: 7` where the schema expects text. */
export const typeMismatch: Rule = {
  id: DiagnosticCodes.typeMismatch,
  *check(context) {
    for (const error of context.schemaErrors()) {
      if (error.keyword !== 'type') continue;
      const located = locateError(context.doc, error);
      const span = targetSpan(located);
      if (!span) continue;
      const expected = EXPECTED[String(error.params['type'])] ?? { noun: String(error.params['type']), hint: '' };
      const what = located.key ? `"${located.key}"` : 'A resume';
      const finding: Finding = {
        code: DiagnosticCodes.typeMismatch,
        severity: 'error',
        message: `${what} must be ${expected.noun}, not ${describe(located.node)}. ${expected.hint}`.trim(),
        start: span[0],
        end: span[1],
      };
      const quotable = expected.noun === 'text' && isScalar(located.node) && located.node.value !== null;
      if (!quotable) {
        yield finding;
        continue;
      }
      const source = context.doc.text.slice(span[0], span[1]);
      yield { ...finding, fixes: [{ title: `Quote ${source} as text`, newText: JSON.stringify(source), auto: true }] };
    }
  },
};
