import { isScalar } from 'yaml';
import { DiagnosticCodes } from '../codes';
import { locateError } from '../schema/errorLocation';
import { targetSpan } from '../yaml/nodes';
import type { Rule } from './rule';

/** A URL without a scheme (`www.example.com`): themes render it as a relative link that goes nowhere. */
export const invalidUrl: Rule = {
  id: DiagnosticCodes.invalidUrl,
  *check(context) {
    for (const error of context.schemaErrors()) {
      if (error.keyword !== 'format' || error.params['format'] !== 'uri') continue;
      const located = locateError(context.doc, error);
      const span = targetSpan(located);
      if (!span || !isScalar(located.node)) continue;
      const value = String(located.node.value);
      const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
      const looksLikeHost = !hasScheme && /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(value);
      const fixed = `https://${value}`;
      yield {
        code: DiagnosticCodes.invalidUrl,
        severity: 'error',
        message: hasScheme
          ? `${value} is not a valid URL. Check for spaces or characters that need escaping.`
          : `${value} has no scheme, so links to it break. Write it as ${looksLikeHost ? fixed : 'https://…'}.`,
        start: span[0],
        end: span[1],
        ...(looksLikeHost ? { fixes: [{ title: `Change to ${fixed}`, newText: fixed, auto: true }] } : {}),
      };
    }
  },
};
