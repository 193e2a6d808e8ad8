// The design options: one description the editor's settings, .vitaerc.yaml and `vitae render`'s flags share.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProjectConfig } from '../../server/src/core/config';
import { DEFAULT_DESIGN, designCss, fitSteps, mergeDesign, readDesign } from '../../server/src/core/design';
import { joinLines } from '../helpers/text';

describe('the design', () => {
  it('reads every option, in the forms people write them', () => {
    const read = readDesign({ font: 'Serif', fontSize: '10.5pt', margin: 15, density: 'compact', accent: '#2A6', dateStyle: 'long', paper: 'letter', fitPages: '1', sectionOrder: 'work, skills' });
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.design, { font: 'serif', fontSize: 10.5, margin: 15, density: 'compact', accent: '#2a6', dateStyle: 'long', paper: 'Letter', fitPages: 1, sectionOrder: ['work', 'skills'] });
  });

  it('skips what it cannot use, and says why in words', () => {
    const read = readDesign({ font: 'comic', fontSize: 6, margin: 'wide', accent: 'blue', fitPages: 1.5, colour: 'red' });
    assert.deepEqual(read.design, {});
    assert.deepEqual(read.problems, [
      'design.font: use sans, serif, mono',
      'design.fontSize: use a number of points from 9 to 12',
      'design.margin: use a number of millimetres from 10 to 25',
      'design.accent: use a hex colour such as #1f4e79',
      'design.fitPages: use a whole number of pages (0: off) from 0 to 10',
      'design.colour: unknown design option; use font, fontSize, margin, density, accent, dateStyle, paper, fitPages, sectionOrder',
    ]);
  });

  it('layers settings, then .vitaerc.yaml, then flags: the later wins, key by key', () => {
    const design = mergeDesign({ font: 'serif', fontSize: 11 }, { fontSize: 10.5, paper: 'Letter' }, { paper: 'A4' });
    assert.deepEqual(design, { ...DEFAULT_DESIGN, font: 'serif', fontSize: 10.5, paper: 'A4' });
  });

  it('comes from .vitaerc.yaml as `design:`, its problems told like the other sections', () => {
    const config = parseProjectConfig(joinLines('design:', '  font: mono', '  fitPages: 1', '  margin: 3'));
    assert.deepEqual(config.design, { font: 'mono', fitPages: 1 });
    assert.deepEqual(config.problems, ['design.margin: use a number of millimetres from 10 to 25']);
  });

  it('has the same options and defaults as the editor settings vitae.design.*', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default: unknown }> } } };
    const settings = Object.entries(pkg.contributes.configuration.properties).filter(([key]) => key.startsWith('vitae.design.'));
    assert.deepEqual(Object.fromEntries(settings.map(([key, value]) => [key.slice('vitae.design.'.length), value.default])), DEFAULT_DESIGN);
  });

  it('becomes CSS custom properties and the printed page', () => {
    const css = designCss(mergeDesign({ font: 'serif', fontSize: 11, margin: 18, paper: 'Letter', density: 'comfortable' }));
    assert.match(css, /--vitae-font: "Vitae Serif"/);
    assert.match(css, /--vitae-font-size: 11pt;/);
    assert.match(css, /--vitae-space: 1\.2;/);
    assert.match(css, /--vitae-page-width: 215\.9mm;/);
    assert.match(css, /@page \{ size: letter; margin: 18mm; \}/);
  });

  it('fits to pages by tightening spacing first, then margins, then text, never below 9 pt and 10 mm', () => {
    const steps = fitSteps(DEFAULT_DESIGN);
    assert.deepEqual(steps[0], { space: 0.9, margin: 12, fontSize: 10 });
    assert.deepEqual(steps[steps.length - 1], { space: 0.7, margin: 10, fontSize: 9 });
    for (let i = 1; i < steps.length; i++) {
      const [before, after] = [steps[i - 1]!, steps[i]!];
      assert.ok(after.space <= before.space && after.margin <= before.margin && after.fontSize <= before.fontSize, `step ${i} is tighter`);
    }
    assert.ok(steps.findIndex((s) => s.margin < 12) > steps.findIndex((s) => s.space === 0.7), 'spacing before margins');
    assert.ok(steps.findIndex((s) => s.fontSize < 10) > steps.findIndex((s) => s.margin === 10), 'margins before text');
  });
});
