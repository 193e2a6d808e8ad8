import * as assert from 'node:assert/strict';
import { closeAllEditors, openFixture, poll, vitaeApi, vitaeExtension } from './helpers';

describe('Activation', () => {
  after(closeAllEditors);

  it('stays asleep until a YAML file is opened (the Markdown, text and JSON files VS Code opens by itself do not wake it)', () => {
    assert.equal(vitaeExtension().isActive, false, 'nothing should have activated Vitae before a resume was opened');
  });

  it('recognises ada.resume.yaml as a resume and starts the language server', async () => {
    const editor = await openFixture('ada.resume.yaml');
    assert.equal(editor.document.languageId, 'resume-yaml');

    // VS Code activates the extension by itself (onLanguage:resume-yaml), without an event to wait on.
    await poll(() => (vitaeExtension().isActive ? true : undefined), 'VS Code to activate Vitae');
    const api = await vitaeApi();
    assert.ok(api.serverProcessId(), 'the language server should run as its own process');
  });
});
