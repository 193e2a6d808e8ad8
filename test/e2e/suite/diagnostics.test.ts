import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, describeDiagnostics, diagnosticsWhere, openFixture, vitaeApi } from './helpers';

/**
 * What messy.resume.yaml's `# EXPECT:` comments promise, as `line:code` with the line numbers an editor shows.
 * Codes from later features (weak bullets, skills) are not listed here: each feature's own suite checks those.
 */
const EXPECTED = [
  '5:invalid-email', //     email: sam.rivera@example      — not a valid email address
  '6:invalid-url', //       url: www.samrivera.example     — URL without scheme
  '8:network-spelling', //  network: Github                — canonical spelling is GitHub
  '12:unknown-key', //      postion:                       — did you mean "position"?
  '13:invalid-date', //     startDate: 2020-13             — month 13 is not a date
  '14:date-order', //       endDate: 2019-05               — ends before it starts
  '22:date-future', //      startDate: 2030-01             — starts in the future
  '23:unknown-key', //      hightlights:                   — did you mean "highlights"?
  '35:invalid-date', //     startDate: June 2015           — not an ISO 8601 date
  '39:type-mismatch', //    fluency: 7                     — must be a string
];
const CHECKED_CODES = new Set(EXPECTED.map((entry) => entry.split(':')[1]));

describe('Diagnostics in the Problems panel', () => {
  before(vitaeApi);
  after(closeAllEditors);

  it('reports each mistake in messy.resume.yaml on its line, with its code', async () => {
    const { document } = await openFixture('messy.resume.yaml');
    const diagnostics = await diagnosticsWhere(document.uri, (found) => found.length > 0, 'Vitae diagnostics for messy.resume.yaml');

    const checked = describeDiagnostics(diagnostics.filter((diagnostic) => CHECKED_CODES.has(codeOf(diagnostic))));
    assert.deepEqual(checked, EXPECTED);
  });

  it('lists no problem on a line the fixture does not mark with # EXPECT', async () => {
    const { document } = await openFixture('messy.resume.yaml');
    const diagnostics = await diagnosticsWhere(document.uri, (found) => found.length > 0, 'Vitae diagnostics for messy.resume.yaml');

    // Hints (such as the whole-resume `resume-length`) are not problems: VS Code leaves them out of the panel.
    const problems = diagnostics.filter((diagnostic) => diagnostic.severity !== vscode.DiagnosticSeverity.Hint);
    const unexpected = problems.filter((diagnostic) => !document.lineAt(diagnostic.range.start.line).text.includes('# EXPECT:'));
    assert.deepEqual(describeDiagnostics(unexpected), []);
    for (const entry of EXPECTED) {
      const line = parseInt(entry, 10);
      assert.match(document.lineAt(line - 1).text, /# EXPECT:/, `the fixture's line ${line} should carry an # EXPECT comment`);
    }
  });
});
