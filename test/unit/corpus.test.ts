import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core/service';
import { source } from '../helpers/text';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
const service = createLanguageService({ today: () => new Date('2026-11-22T12:00:00Z') });

/** The structural checks of the foundation; writing and technology checks have their own tests. */
const FOUNDATION_EXPECTATIONS: Array<[RegExp, string]> = [
  [/valid email/, 'invalid-email'],
  [/URL without scheme/, 'invalid-url'],
  [/canonical spelling is GitHub/, 'network-spelling'],
  [/unknown key/, 'unknown-key'],
  [/month 13/, 'invalid-date'],
  [/ends before it starts/, 'date-order'],
  [/future/, 'date-future'],
  [/ISO 8601/, 'invalid-date'],
  [/must be a string/, 'type-mismatch'],
];
const FOUNDATION_CODES = new Set(FOUNDATION_EXPECTATIONS.map(([, code]) => code));

describe('the shared corpus', () => {
  it('messy.resume.yaml: every foundation EXPECT line gets its diagnostic, and no other line gets one', () => {
    const text = fixture('messy.resume.yaml');
    const diagnostics = service.lint(source(text)).filter((d) => FOUNDATION_CODES.has(String(d.code)));
    const lines = text.split('\n');
    const expected = new Map<number, string>();
    lines.forEach((line, index) => {
      const comment = /# EXPECT: (.*)$/.exec(line)?.[1];
      const match = comment && FOUNDATION_EXPECTATIONS.find(([pattern]) => pattern.test(comment));
      if (match) expected.set(index, match[1]);
    });
    assert.ok(expected.size >= 9, 'the fixture still has its EXPECT lines');
    const actual = new Map(diagnostics.map((d) => [d.range.start.line, String(d.code)]));
    assert.deepEqual([...actual.entries()].sort(), [...expected.entries()].sort());
  });

  it('ada.resume.yaml, a clean resume, has no errors', () => {
    const errors = service.lint(source(fixture('ada.resume.yaml'))).filter((d) => d.severity === DiagnosticSeverity.Error);
    assert.deepEqual(errors, []);
  });

  it('every diagnostic is from vitae, has a code, and a range on one line', () => {
    for (const diagnostic of service.lint(source(fixture('messy.resume.yaml')))) {
      assert.equal(diagnostic.source, 'vitae');
      assert.equal(typeof diagnostic.code, 'string');
      assert.ok(diagnostic.range.end.line - diagnostic.range.start.line <= 1, JSON.stringify(diagnostic));
    }
  });
});
