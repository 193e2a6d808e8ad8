import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PreviewPaint, VitaeApi } from '../../../client/src/api';
import { closeAllEditors, codeOf, diagnosticsWhere, openFixture, paintWhere, PREVIEW_RESUME as RESUME, removeScratch, scratchUri, until, vitaeApi, within, writeScratchFile } from './helpers';

/** Line 10 ("…service for mobile releases."): typing here makes it "…for 30 weekly mobile releases." */
const BEFORE_MOBILE = new vscode.Position(9, '      - Built the internal feature-flag service for '.length);

async function typeAt(editor: vscode.TextEditor, position: vscode.Position, text: string): Promise<void> {
  editor.selection = new vscode.Selection(position, position);
  await vscode.commands.executeCommand('type', { text });
}

describe('Live preview', function () {
  this.timeout(120_000);
  let api: VitaeApi;
  before(async () => {
    api = await vitaeApi();
  });
  afterEach(closeAllEditors);
  after(removeScratch);

  it('opens beside the resume, follows typing in a bullet, keeps the last page while the YAML is broken, and underlines problems', async () => {
    const uri = await writeScratchFile('live.resume.yaml', RESUME);
    const editor = await openFixture('.tmp-e2e/live.resume.yaml');
    const first = paintWhere(api, uri, (p) => p.text.includes('Cut p95 checkout latency'), 'the resume');
    await vscode.commands.executeCommand('vitae.showPreviewToSide');
    const shown = await first;
    assert.match(shown.text, /Ada Okafor/);
    assert.deepEqual(api.preview.shown(), [{ uri: uri.toString(), locked: false }]);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'focus stays in the editor');

    await typeAt(editor, BEFORE_MOBILE, '30 weekly ');
    const typed = await paintWhere(api, uri, (p) => p.text.includes('service for 30 weekly mobile releases.'), 'the typed words');
    assert.equal(typed.version, editor.document.version);

    // An unclosed quote at the start of the last bullet: the page stays, a banner says where.
    await typeAt(editor, new vscode.Position(10, 8), '"');
    const broken = await paintWhere(api, uri, (p) => p.banner !== '', 'the broken-YAML banner');
    assert.match(broken.banner, /^Line \d+: .+ — showing the last good version\.$/);
    assert.match(broken.text, /service for 30 weekly mobile releases\./);
    await vscode.commands.executeCommand('undo');
    await paintWhere(api, uri, (p) => p.banner === '', 'no banner after the fix');

    // "Responsible for…" opens weakly and states no number: the messages of its line are its underline's title.
    const onWeakBullet = await diagnosticsWhere(uri, (found) => found.some((d) => d.range.start.line === 11), 'diagnostics on the weak bullet');
    const expected = onWeakBullet.filter((d) => d.range.start.line === 11).map((d) => d.message);
    const underlined = await paintWhere(api, uri, (p) => p.problemTitles.some((title) => expected.some((m) => title.includes(m))), 'problem underlines');
    const weakTitle = underlined.problemTitles.find((title) => title.includes(expected[0]!))!;
    assert.deepEqual(weakTitle.split('\n').sort(), [...expected].sort());
  });

  it('while the YAML is broken, each underline stays on its own bullet of the last good page', async () => {
    const uri = await writeScratchFile('stale.resume.yaml', RESUME);
    const editor = await openFixture('.tmp-e2e/stale.resume.yaml');
    const weak = 'Responsible for the on-call rotation and incident reviews.';
    const first = paintWhere(api, uri, (p) => (p.problemTexts ?? []).includes(weak), 'the weak bullet underlined');
    await vscode.commands.executeCommand('vitae.showPreviewToSide');
    await first;

    // When the resume's diagnostics last changed: the paint that shows them comes after.
    let changedAt = Number.POSITIVE_INFINITY;
    const watching = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) changedAt = Date.now();
    });
    // A line one space short of its neighbours under basics (pasted): the YAML breaks and every bullet moves down.
    await editor.edit((edit) => edit.insert(new vscode.Position(3, 0), ' phone: 555-0100\n'));
    const found = await diagnosticsWhere(uri, (all) => all.some((d) => codeOf(d) === 'yaml-syntax') && all.some((d) => d.range.start.line === 12), 'diagnostics of the broken text');
    const opener = found.find((d) => d.range.start.line === 12 && codeOf(d) === 'bullet-weak-opener')!.message;
    const noMetric = found.find((d) => d.range.start.line === 10 && codeOf(d) === 'bullet-no-metric')!.message;
    const pairs = (p: PreviewPaint): Array<[string, string]> => p.problemTitles.map((title, i) => [title, p.problemTexts?.[i] ?? '']);
    const shown = await paintWhere(api, uri, (p) => p.paintedAt > changedAt && p.banner !== '' && pairs(p).some(([, text]) => text === weak), 'the weak bullet underlined after the break');
    watching.dispose();
    for (const [title, text] of pairs(shown)) {
      if (title.includes(opener)) assert.equal(text, weak, `"${title}" underlines "${text}"`);
    }
    const flag = pairs(shown).find(([, text]) => text === 'Built the internal feature-flag service for mobile releases.');
    assert.ok(flag?.[0].includes(noMetric), `the bullet without a number is underlined with its message: ${JSON.stringify(pairs(shown))}`);
    assert.match(shown.text, /Ada Okafor/);
    assert.doesNotMatch(shown.text, /555-0100/, 'the page is the last good one');
  });

  it('a resume broken from the start says what is wrong and that the preview will appear', async () => {
    const uri = await writeScratchFile('broken.resume.yaml', ['basics:', '  name: Ada Okafor', ' label: Engineer', '']);
    await openFixture('.tmp-e2e/broken.resume.yaml');
    const shown = paintWhere(api, uri, (p) => p.banner !== '', 'the banner');
    await vscode.commands.executeCommand('vitae.showPreviewToSide');
    assert.equal((await shown).banner, 'Line 3: This line is not indented like its neighbours. Line it up with the other keys of the same entry. The preview will appear when the YAML parses.');
  });

  it('a click in the preview selects the source in the editor; the cursor in the editor highlights the element', async () => {
    const uri = await writeScratchFile('sync.resume.yaml', RESUME);
    const editor = await openFixture('.tmp-e2e/sync.resume.yaml');
    const first = paintWhere(api, uri, (p) => p.text.includes('Migrated 40 services'), 'the resume');
    await vscode.commands.executeCommand('vitae.showPreviewToSide');
    await first;

    const text = editor.document.getText();
    const bullet = 'Migrated 40 services from Jenkins to GitHub Actions in one quarter.';
    const start = text.indexOf(bullet);
    const selected = until(vscode.window.onDidChangeTextEditorSelection, () => {
      const selection = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.selection;
      return selection && editor.document.getText(selection) === bullet ? selection : undefined;
    }, 'the editor to select the clicked bullet');
    assert.equal(await within(api.preview.click(uri, start + 3), 'the preview to click'), true);
    const selection = await selected;
    assert.deepEqual([selection.start.line, selection.start.character], [10, 8]);

    const other = text.indexOf('Cut p95 checkout latency');
    const highlighted = paintWhere(api, uri, (p) => p.highlighted?.startsWith(`${other}-`) === true, 'the highlight of the first bullet');
    editor.selection = new vscode.Selection(editor.document.positionAt(other + 5), editor.document.positionAt(other + 5));
    assert.equal((await highlighted).highlighted, `${other}-${other + 'Cut p95 checkout latency from 800 ms to 120 ms by caching tax rates.'.length}`);
  });

  it('scrolls with the editor, and scrolling the preview scrolls the editor (vitae.preview.scrollSync)', async () => {
    const bullet = (n: number): string => `Cut build time of service ${n} from ${20 + n} minutes to ${n + 2} minutes.`;
    const lines = ['basics:', '  name: Ada Okafor', 'work:', '  - name: Northwind', '    position: Backend Engineer', '    highlights:'];
    const uri = await writeScratchFile('scroll.resume.yaml', [...lines, ...Array.from({ length: 80 }, (_, i) => `      - ${bullet(i + 1)}`), '']);
    const editor = await openFixture('.tmp-e2e/scroll.resume.yaml');
    const first = paintWhere(api, uri, (p) => p.text.includes(bullet(80)), 'the resume');
    await vscode.commands.executeCommand('vitae.showPreviewToSide');
    await first;
    const text = editor.document.getText();
    const source = (n: number): string => `${text.indexOf(bullet(n))}-${text.indexOf(bullet(n)) + bullet(n).length}`;
    const lineOf = (n: number): number => lines.length + n - 1;

    // The editor scrolls: bullet 20's line at its top (below the sticky-scroll headers) brings bullet 20 to the top
    // of the preview.
    const followed = paintWhere(api, uri, (p) => p.top === source(20), 'bullet 20 at the top of the preview');
    editor.revealRange(new vscode.Range(lineOf(20), 0, lineOf(20), 0), vscode.TextEditorRevealType.AtTop);
    await followed;

    // The reader scrolls the preview to bullet 10: the editor shows its line at the top, as revealRange AtTop does
    // (a few lines down, under the sticky-scroll headers).
    const atTop = (): boolean => {
      const first = editor.visibleRanges[0]?.start.line ?? -1;
      return first <= lineOf(10) && lineOf(10) <= first + 5;
    };
    const shown = until(vscode.window.onDidChangeTextEditorVisibleRanges, () => (atTop() ? true : undefined), 'bullet 10 at the top of the editor');
    api.preview.scroll(uri, text.indexOf(bullet(10)));
    await shown;
    // The editor's scroll is not echoed back: the preview stays where the reader put it. An echo would reach the
    // preview before the next paint, so a paint after an edit below bullet 10 says whether one came.
    const settled = editor.visibleRanges[0]!.start.line;
    const end = editor.document.positionAt(text.indexOf(bullet(11)) + bullet(11).length);
    const repainted = paintWhere(api, uri, (p) => p.text.includes('Zeta'), 'the edit below bullet 10');
    await editor.edit((edit) => edit.insert(end, ' Zeta'));
    await repainted;
    assert.equal(api.preview.lastPaint(uri)?.top, source(10));
    assert.equal(editor.visibleRanges[0]!.start.line, settled);
  });

  it('follows the active resume editor until locked; a locked preview keeps its resume', async () => {
    const first = await writeScratchFile('first.resume.yaml', RESUME);
    const second = await writeScratchFile('second.resume.yaml', RESUME.map((line) => line.replace('Ada Okafor', 'Grace Hopper')));
    await openFixture('.tmp-e2e/first.resume.yaml');
    const firstShown = paintWhere(api, first, (p) => p.text.includes('Ada Okafor'), 'the first resume');
    await vscode.commands.executeCommand('vitae.showPreviewToSide');
    await firstShown;

    const followed = paintWhere(api, second, (p) => p.text.includes('Grace Hopper'), 'the second resume in the same preview');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(second), vscode.ViewColumn.One);
    await followed;
    assert.deepEqual(api.preview.shown(), [{ uri: second.toString(), locked: false }]);

    await vscode.commands.executeCommand('vitae.togglePreviewLock');
    assert.deepEqual(api.preview.shown(), [{ uri: second.toString(), locked: true }]);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first), vscode.ViewColumn.One);
    // The locked preview stays on the second resume, so previewing the first one opens a second panel.
    const again = paintWhere(api, first, (p) => p.text.includes('Ada Okafor'), 'a new preview of the first resume');
    await vscode.commands.executeCommand('vitae.showPreviewToSide');
    await again;
    assert.deepEqual(api.preview.shown(), [{ uri: second.toString(), locked: true }, { uri: first.toString(), locked: false }]);
  });

  it('the title bar: Lock and Unlock, Open Source beside the preview, Export… in a chosen format', async () => {
    const uri = await writeScratchFile('title.resume.yaml', RESUME);
    const editor = await openFixture('.tmp-e2e/title.resume.yaml');
    const first = paintWhere(api, uri, (p) => p.text.includes('Ada Okafor'), 'the resume');
    await vscode.commands.executeCommand('vitae.showPreviewToSide');
    await first;
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor'); // only the preview is left

    await vscode.commands.executeCommand('vitae.lockPreview');
    assert.deepEqual(api.preview.shown(), [{ uri: uri.toString(), locked: true }]);
    await vscode.commands.executeCommand('vitae.unlockPreview');
    assert.deepEqual(api.preview.shown(), [{ uri: uri.toString(), locked: false }]);

    const previewColumn = vscode.window.tabGroups.all.find((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('vitae.preview')))?.viewColumn;
    assert.ok(previewColumn, 'the preview is in a tab group');
    const opened = until(vscode.window.onDidChangeActiveTextEditor, () => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined), 'the resume in an editor');
    await vscode.commands.executeCommand('vitae.showSource');
    const source = await opened;
    assert.notEqual(source.viewColumn, previewColumn, 'beside the preview, not in its place');

    const target = scratchUri('title.html');
    const written = await within(vscode.commands.executeCommand<vscode.Uri | undefined>('vitae.export', uri, 'html', target), 'Export… as HTML');
    assert.equal(written?.toString(), target.toString());
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), /Ada Okafor/);
  });
});
