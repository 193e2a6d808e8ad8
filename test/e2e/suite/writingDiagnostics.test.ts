import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codeOf,
  describeDiagnostics,
  diagnosticsWhere,
  fixtureLines,
  openFixture,
  openScratchCopy,
  removeScratch,
  vitaeApi,
  within,
  writeScratchFile,
} from './helpers';

const WRITING_CODES = /^(bullet|entry)-/;
const NO_METRIC_MESSAGE = 'No metric: add the impact as a number — how much, how many, how fast?';

/**
 * test/fixtures/drafts/weak-bullets.yaml: a role with one weak bullet (line 6, with a comment of its own), one bare
 * claim (line 9) and two results.
 */
const DRAFT = 'drafts/weak-bullets.yaml';

/** The writing diagnostics only (the short draft also earns a `resume-length` hint, which is not the point here). */
const writing = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.filter((d) => WRITING_CODES.test(codeOf(d)));
const has = (code: string, line: number) => (diagnostics: readonly vscode.Diagnostic[]) =>
  diagnostics.some((d) => codeOf(d) === code && d.range.start.line === line - 1);

describe('Weak bullets while you write', () => {
  before(vitaeApi);
  afterEach(closeAllEditors);
  after(removeScratch);

  it('marks a weak opener and a bullet without a number, on the words at fault, saying how to fix them', async () => {
    const { document } = await openScratchCopy(DRAFT, 'weak.resume.yaml');
    const found = await diagnosticsWhere(document.uri, has('bullet-no-metric', 9), 'the writing diagnostics of weak.resume.yaml');

    assert.deepEqual(describeDiagnostics(writing(found)), ['6:bullet-no-metric', '6:bullet-weak-opener', '9:bullet-no-metric']);

    const opener = found.find((d) => codeOf(d) === 'bullet-weak-opener')!;
    assert.equal(document.getText(opener.range), 'Responsible for');
    assert.equal(opener.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(
      opener.message,
      'Weak opener: “Responsible for” says what you were around, not what you did. Start with a strong verb: “Owned”, “Led” or “Ran”.',
    );

    const bare = found.filter((d) => codeOf(d) === 'bullet-no-metric');
    assert.deepEqual(
      bare.map((d) => document.getText(d.range)),
      ['Responsible for the billing service and its on-call rotation.', 'Built the internal feature-flag service for mobile releases.'],
      'each no-metric diagnostic spans the bullet string, not its dash or its comment',
    );
    for (const diagnostic of bare) {
      assert.equal(diagnostic.message, NO_METRIC_MESSAGE);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    }
  });

  it('replaces only the weak phrase with a strong verb, keeping the comment and the key order', async () => {
    const { document } = await openScratchCopy(DRAFT, 'fix.resume.yaml');
    const found = await diagnosticsWhere(document.uri, has('bullet-weak-opener', 6), 'the weak-opener warning');
    const opener = found.find((d) => codeOf(d) === 'bullet-weak-opener')!;

    const actions = await within(
      vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, opener.range, vscode.CodeActionKind.QuickFix.value),
      'quick fixes for the weak opener',
    );
    const titles = actions.map((action) => action.title);
    assert.deepEqual(titles.filter((title) => title.startsWith('Replace “Responsible for”')), [
      'Replace “Responsible for” with “Owned”',
      'Replace “Responsible for” with “Led”',
      'Replace “Responsible for” with “Ran”',
    ]);
    const owned = actions.find((action) => action.title === 'Replace “Responsible for” with “Owned”')!;
    assert.equal(owned.isPreferred, true, 'the first strong verb is the preferred fix');
    assert.ok(owned.edit, 'the fix carries its edit');

    assert.equal(await vscode.workspace.applyEdit(owned.edit), true);
    const fixed = await fixtureLines(DRAFT);
    fixed[5] = '      - Owned the billing service and its on-call rotation.  # keep: billing';
    assert.equal(document.getText(), fixed.join('\n'), 'only the weak phrase changed');

    const after = await diagnosticsWhere(
      document.uri,
      (all) => !all.some((d) => codeOf(d) === 'bullet-weak-opener') && has('bullet-no-metric', 6)(all),
      'the weak-opener warning to go away',
    );
    assert.deepEqual(describeDiagnostics(writing(after)), ['6:bullet-no-metric', '9:bullet-no-metric'], 'the bullet still needs a number');
  });

  it('turns a nominalised opener into its verbs, and offers nothing for a position held', async () => {
    await writeScratchFile('shapes.resume.yaml', [
      'work:',
      '  - name: Northwind',
      '    position: Backend Engineer',
      '    startDate: 2021-03',
      '    highlights:',
      '      - Design and implementation of the billing cluster for 40 teams.  # keep: billing',
      '      - Acting as the technical architect for 3 platform teams.',
      '',
    ]);
    const { document } = await openFixture('.tmp-e2e/shapes.resume.yaml');
    const found = await diagnosticsWhere(document.uri, (all) => has('bullet-weak-opener', 6)(all) && has('bullet-weak-opener', 7)(all), 'the two weak openers');
    const [nominal, position] = [6, 7].map((line) => found.find((d) => codeOf(d) === 'bullet-weak-opener' && d.range.start.line === line - 1)!);
    assert.equal(nominal!.message, 'Weak opener: “Design and implementation of” names the work as a noun, like a list of duties. Use its verb: “Designed and implemented”.');
    assert.equal(
      position!.message,
      'Weak opener: “Acting as” names a position you held, not what you did in it. Start with what you achieved in that role, such as Led, Built or Cut.',
    );

    const quickFixes = (range: vscode.Range) =>
      within(vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value), 'quick fixes');
    const forPosition = (await quickFixes(position!.range)).filter((action) => action.diagnostics?.some((d) => codeOf(d) === 'bullet-weak-opener'));
    assert.deepEqual(forPosition.map((action) => action.title), [], '"Acted as" would be just as weak');
    const fix = (await quickFixes(nominal!.range)).find((action) => action.title === 'Replace “Design and implementation of” with “Designed and implemented”');
    assert.ok(fix?.edit, 'the nominalised opener has its fix');

    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(document.lineAt(5).text, '      - Designed and implemented the billing cluster for 40 teams.  # keep: billing');
    await diagnosticsWhere(document.uri, (all) => !has('bullet-weak-opener', 6)(all) && has('bullet-weak-opener', 7)(all), 'the fixed opener to go away');
  });

  it('lets "# vitae-disable-next-line" silence one bullet, and "# vitae-disable" a code in the whole file', async () => {
    await writeScratchFile('quiet.resume.yaml', [
      'work:',
      '  - name: Northwind',
      '    position: Backend Engineer',
      '    startDate: 2021-03',
      '    highlights:',
      '      # vitae-disable-next-line bullet-no-metric',
      '      - Helped build the internal feature-flag service for mobile releases.',
      '      - Helped rebuild the onboarding flow for new merchants.',
      '      - Cut p95 checkout latency from 800 ms to 120 ms by caching tax rates.',
      '',
    ]);
    const { document } = await openFixture('.tmp-e2e/quiet.resume.yaml');
    const found = await diagnosticsWhere(document.uri, has('bullet-no-metric', 8), 'the writing diagnostics of quiet.resume.yaml');
    assert.deepEqual(
      describeDiagnostics(writing(found)),
      ['7:bullet-weak-opener', '8:bullet-no-metric', '8:bullet-weak-opener'],
      'line 7 keeps its weak opener but loses its no-metric note; line 8 keeps both',
    );

    const editor = vscode.window.activeTextEditor!;
    assert.equal(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# vitae-disable bullet-weak-opener\n')), true);
    const quiet = await diagnosticsWhere(
      document.uri,
      (all) => !all.some((d) => codeOf(d) === 'bullet-weak-opener') && has('bullet-no-metric', 9)(all),
      'the weak openers to go quiet in the whole file',
    );
    assert.deepEqual(describeDiagnostics(writing(quiet)), ['9:bullet-no-metric']);
  });
});
