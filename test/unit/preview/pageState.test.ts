// When the preview writes a new page and when it patches the one it has: a new page for another theme, design or
// page setting; a patch for new text in the same page.
import { strict as assert } from 'node:assert';
import { previewPage } from '../../../client/src/preview/page';
import { pageStateOf, previewTitle, samePage } from '../../../client/src/preview/pageState';
import type { PreviewSettings } from '../../../client/src/preview/settings';
import type { RenderResult } from '../../../server/src/protocol';

const settings: PreviewSettings = { theme: '', paper: 'off', showProblems: true, allowRemoteImages: false, browserPath: '', editorColors: false, jobTerms: false, design: {}, scrollSync: true };
const render = (extra: Partial<RenderResult> = {}): RenderResult => ({ uri: 'file:///r.yaml', version: 1, theme: 'vitae', html: '<main></main>', designCss: 'body{}', ...extra });
const state = (result: RenderResult | undefined, changed: Partial<PreviewSettings> = {}) => pageStateOf('file:///r.yaml', result, 'vitae', { ...settings, ...changed });

describe('the preview page: write anew or patch', () => {
  it('patches for new text of the same page', () => {
    assert.ok(samePage(state(render()), state(render({ version: 2, html: '<main>more</main>' }))));
  });

  it('writes a new page for another theme, its styles or attributes, the design, paper mode, colours or remote images', () => {
    const base = state(render());
    assert.ok(!samePage(base, state(render({ theme: 'even' }))));
    assert.ok(!samePage(base, state(render({ styles: ['h1{}'] }))));
    assert.ok(!samePage(base, state(render({ themeAttributes: { body: { class: 'dark' } } }))));
    assert.ok(!samePage(base, state(render({ designCss: 'body{--vitae-font-size:11pt}' }))));
    assert.ok(!samePage(base, state(render(), { paper: 'on' })));
    assert.ok(!samePage(base, state(render(), { editorColors: true })));
    assert.ok(!samePage(base, state(render(), { allowRemoteImages: true })));
  });

  it('writes the page in the language the resume is written in, as its PDF says it (<html lang="fr">), anew when that changes', () => {
    assert.ok(!samePage(state(render()), state(render({ lang: 'fr' }))));
    const parts = { cspSource: 'https://x.test', nonce: 'n', scriptUri: 'https://x.test/p.js', styleUris: [], inlineStyles: [], bodyClasses: [], allowRemoteImages: false, body: '', state: { version: 1, problems: [], persisted: { uri: 'file:///r.yaml', locked: false } } };
    assert.match(previewPage({ ...parts, lang: 'fr' }), /<html lang="fr">/);
    assert.match(previewPage(parts), /<html lang="en">/);
    // A theme's page keeps the attributes its own export writes.
    assert.match(previewPage({ ...parts, lang: 'fr', themePage: { html: { lang: 'de' } } }), /<html lang="de">/);
  });

  it('before the first good render, is the built-in theme', () => {
    assert.equal(state(undefined).theme, 'vitae');
    assert.ok(samePage(state(undefined), state(undefined)));
  });

  it('titles the panel with the resume, its lock and, on paper, its pages', () => {
    assert.equal(previewTitle('/cv/resume.yaml', false, undefined), 'Preview resume.yaml');
    assert.equal(previewTitle('/cv/resume.yaml', true, 1), '[Preview] resume.yaml · 1 page');
    assert.equal(previewTitle('/cv/resume.yaml', false, 3), 'Preview resume.yaml · 3 pages');
  });
});
