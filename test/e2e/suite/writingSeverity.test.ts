import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codeOf,
  diagnosticsWhere,
  fixtureUri,
  openScratchCopy,
  removeScratch,
  scratchUri,
  vitaeApi,
  writeScratchFile,
} from './helpers';

/** test/fixtures/drafts/no-numbers.yaml: one role whose bullets 6 and 9 state no number; bullet 8 opens weakly. */
const DRAFT = 'drafts/no-numbers.yaml';

/** The severities of `code` by 1-based line, e.g. `['6:information', '9:information']`; none when the rule is off. */
function severities(diagnostics: readonly vscode.Diagnostic[], code: string): string[] {
  return diagnostics
    .filter((d) => codeOf(d) === code)
    .map((d) => `${d.range.start.line + 1}:${vscode.DiagnosticSeverity[d.severity].toLowerCase()}`)
    .sort();
}

/**
 * Waits until `code` has exactly `expected` severities, while the weak opener on line 8 is still reported (so an
 * empty list means the rule is off, not that the server has not linted yet).
 */
function noMetricBecomes(uri: vscode.Uri, expected: string[], what: string): Promise<vscode.Diagnostic[]> {
  return diagnosticsWhere(
    uri,
    (all) => all.some((d) => codeOf(d) === 'bullet-weak-opener') && severities(all, 'bullet-no-metric').join() === expected.join(),
    what,
  );
}

const DEFAULT = ['6:information', '9:information'];

describe('Rule severities from settings and .vitaerc.yaml', () => {
  before(vitaeApi);
  afterEach(closeAllEditors);
  after(removeScratch);

  describe('the vitae.rules.<code> setting', () => {
    const settingsFolder = fixtureUri('.vscode');
    let hadSettingsFolder = false;

    before(async () => {
      hadSettingsFolder = await vscode.workspace.fs.stat(settingsFolder).then(() => true, () => false);
    });
    after(async () => {
      await vscode.workspace.getConfiguration('vitae').update('rules.bullet-no-metric', undefined, vscode.ConfigurationTarget.Workspace);
      // Workspace settings live in test/fixtures/.vscode/settings.json; leave the fixtures as they were.
      if (!hadSettingsFolder) await vscode.workspace.fs.delete(settingsFolder, { recursive: true, useTrash: false });
    });

    it('turns bullet-no-metric off for the editor, and back on when reset', async () => {
      const { document } = await openScratchCopy(DRAFT, 'settings.resume.yaml');
      await noMetricBecomes(document.uri, DEFAULT, 'the default no-metric notes');

      const vitae = () => vscode.workspace.getConfiguration('vitae');
      await vitae().update('rules.bullet-no-metric', 'off', vscode.ConfigurationTarget.Workspace);
      await noMetricBecomes(document.uri, [], 'the no-metric notes to go away');

      await vitae().update('rules.bullet-no-metric', 'error', vscode.ConfigurationTarget.Workspace);
      await noMetricBecomes(document.uri, ['6:error', '9:error'], 'the no-metric notes to come back as errors');

      await vitae().update('rules.bullet-no-metric', undefined, vscode.ConfigurationTarget.Workspace);
      await noMetricBecomes(document.uri, DEFAULT, 'the no-metric notes to return to their default severity');
    });
  });

  describe('a .vitaerc.yaml beside the resume', () => {
    it('sets the severity in the editor too, is re-read when it changes, and stops counting once deleted', async () => {
      const { document } = await openScratchCopy(DRAFT, 'project.resume.yaml');
      await noMetricBecomes(document.uri, DEFAULT, 'the default no-metric notes');

      await writeScratchFile('.vitaerc.yaml', ['rules:', '  bullet-no-metric: error', '']);
      await noMetricBecomes(document.uri, ['6:error', '9:error'], 'the no-metric notes to become errors (.vitaerc.yaml created)');

      await writeScratchFile('.vitaerc.yaml', ['rules:', '  bullet-no-metric: off', '']);
      await noMetricBecomes(document.uri, [], 'the no-metric notes to go away (.vitaerc.yaml changed)');

      await vscode.workspace.fs.delete(scratchUri('.vitaerc.yaml'), { useTrash: false });
      const restored = await noMetricBecomes(document.uri, DEFAULT, 'the default no-metric notes (.vitaerc.yaml deleted)');
      assert.deepEqual(severities(restored, 'bullet-weak-opener'), ['8:warning']);
    });
  });
});
