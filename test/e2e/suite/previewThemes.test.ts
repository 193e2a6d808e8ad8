import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VitaeApi } from '../../../client/src/api';
import { closeAllEditors, fixtureUri, openFixture, paintWhere, vitaeApi, setVitaeSetting } from './helpers';

// Themes are found in node_modules folders up from the resume. Written to a scratch folder (git ignores `.tmp-*`)
// in test/fixtures/themes, it sees the fixture themes (jsonresume-theme-broken) and, in the repository's own
// node_modules, jsonresume-theme-even.
const SCRATCH = 'themes/.tmp-e2e';
const RESUME = [
  'basics:',
  '  name: Ada Okafor',
  '  label: Staff Platform Engineer',
  '  summary: Platform engineer who turns slow, fragile delivery pipelines into fast, boring ones.',
  'work:',
  '  - name: Parcelwise',
  '    position: Staff Platform Engineer',
  '    startDate: 2021-03',
  '    highlights:',
  '      - Cut p95 checkout latency from 800 ms to 120 ms by caching tax rates.',
  '      - Migrated 40 services from Jenkins to GitHub Actions in one quarter.',
  '',
];

describe('Live preview with a JSON Resume theme package', function () {
  this.timeout(120_000);
  let api: VitaeApi;
  const vitae = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('vitae');
  before(async () => {
    api = await vitaeApi();
  });
  afterEach(closeAllEditors);
  after(async () => {
    await setVitaeSetting('preview.theme', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.delete(fixtureUri(SCRATCH), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it("shows the theme's page, laid out across the pane; a theme that throws falls back with a banner", async () => {
    await vitae().update('preview.theme', 'even', vscode.ConfigurationTarget.Global);
    const uri = fixtureUri(`${SCRATCH}/themed.resume.yaml`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(RESUME.join('\n')));
    await openFixture(`${SCRATCH}/themed.resume.yaml`);
    const themed = paintWhere(api, uri, (p) => p.layout !== undefined && p.text.includes('Parcelwise'), "the theme's page");
    // In the editor's place: the whole width of the editor area.
    await vscode.commands.executeCommand('vitae.showPreview');
    const shown = await themed;
    assert.equal(shown.banner, '');
    assert.match(shown.text, /Ada Okafor/);
    assert.match(shown.text, /Migrated 40 services/);
    const { viewportWidth, textWidth } = shown.layout!;
    console.log(`      the theme's text runs ${textWidth} px wide in a ${viewportWidth} px pane`);
    // Squeezed into one grid column, it ran about 210 px wide whatever the pane.
    assert.ok(textWidth > 400, `the theme's text runs only ${textWidth} px wide in a ${viewportWidth} px pane`);

    await vitae().update('preview.theme', 'broken', vscode.ConfigurationTarget.Global);
    const fallback = await paintWhere(api, uri, (p) => p.banner !== '', 'the broken theme banner');
    assert.match(fallback.banner, /^The theme "broken" failed: .+\. Showing the built-in theme\.$/);
    assert.match(fallback.text, /Migrated 40 services/);
    assert.equal(fallback.layout, undefined, 'the built-in page');
  });
});
