// The preview's title bar as package.json contributes it: what a user sees above a focused preview.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FORMATS } from '../../../client/src/preview/exportFormats';

interface Contributed {
  commands: Array<{ command: string; title: string; icon?: string }>;
  menus: Record<string, Array<{ command: string; when?: string; group?: string }>>;
}
const contributes = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { contributes: Contributed }).contributes;
const PREVIEW = "activeWebviewPanelId == 'vitae.preview'";

describe('the preview’s title bar', () => {
  /** The buttons over a focused preview, in order, with their icons and titles, for a lock state. */
  function buttons(locked: boolean): string[] {
    return contributes.menus['editor/title']!
      .filter((item) => item.when?.startsWith(PREVIEW))
      .filter((item) => !item.when!.includes('vitaePreviewLocked') || item.when!.includes('!vitaePreviewLocked') !== locked)
      .sort((a, b) => (a.group ?? '').localeCompare(b.group ?? ''))
      .map((item) => {
        const command = contributes.commands.find((c) => c.command === item.command)!;
        return `${command.icon} ${command.title}`;
      });
  }

  it('shows Open Source, the lock as it is, Export… and the job posting\'s terms', () => {
    assert.deepEqual(buttons(false), ['$(go-to-file) Open Source', '$(unlock) Lock Preview', '$(export) Export…', '$(briefcase) Toggle Job Terms in Preview']);
    assert.deepEqual(buttons(true), ['$(go-to-file) Open Source', '$(lock) Unlock Preview', '$(export) Export…', '$(briefcase) Toggle Job Terms in Preview']);
  });

  it('Export… offers HTML and PDF, each with its own command', () => {
    assert.deepEqual(EXPORT_FORMATS.map((format) => format.label), ['HTML', 'PDF', 'Plain text', 'Markdown', 'Word (DOCX)']);
    for (const format of EXPORT_FORMATS) assert.ok(contributes.commands.some((c) => c.command === format.command), format.command);
  });
});
