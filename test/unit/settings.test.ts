import { strict as assert } from 'node:assert';
import { parseProjectConfig } from '../../server/src/core/config';
import { effectiveSettings } from '../../server/src/core/settings';
import { readSettings } from '../../server/src/lsp/settings';
import { joinLines } from '../helpers/text';

const editor = readSettings({
  rules: { 'bullet-no-metric': 'off', 'bullet-weak-opener': 'error' },
  bullets: { minWords: 4, maxWords: 30 },
  entries: { maxBullets: 8 },
  technologies: { extra: ['Borgmon'] },
});

const project = parseProjectConfig(joinLines(
  'rules:',
  '  bullet-no-metric: error',
  'writing:',
  '  bulletWords: { max: 25 }',
  'technologies:',
  '  extra: [{ name: Blaze, category: tool }]',
));

describe('the settings a resume is checked with', () => {
  it('lets .vitaerc.yaml win code by code, and keeps the editor settings it does not mention', () => {
    assert.deepEqual(effectiveSettings(editor, project).severities, { 'bullet-no-metric': 'error', 'bullet-weak-opener': 'error' });
  });

  it('takes a writing threshold from the file as a whole, and the others from the editor', () => {
    assert.deepEqual(effectiveSettings(editor, project).writing, { bulletWords: { max: 25 }, bulletsPerEntry: { max: 8 } });
  });

  it("adds the project's technologies to the editor's", () => {
    assert.deepEqual(effectiveSettings(editor, project).technologies, { extra: [{ name: 'Borgmon' }, { name: 'Blaze', aliases: [], category: 'tool' }] });
  });

  it('gives the command line, which has only the file, exactly the file', () => {
    assert.deepEqual(effectiveSettings(undefined, project), {
      severities: { 'bullet-no-metric': 'error' },
      writing: { bulletWords: { max: 25 } },
      technologies: { extra: [{ name: 'Blaze', aliases: [], category: 'tool' }] },
    });
  });

  it('gives a document outside any folder (untitled) the editor settings alone', () => {
    assert.deepEqual(effectiveSettings(editor), {
      severities: { 'bullet-no-metric': 'off', 'bullet-weak-opener': 'error' },
      writing: { bulletWords: { min: 4, max: 30 }, bulletsPerEntry: { max: 8 } },
      technologies: { extra: [{ name: 'Borgmon' }] },
    });
  });

  it('leaves technologies out when neither side has any, and everything empty when nothing is set', () => {
    assert.deepEqual(effectiveSettings(readSettings(undefined), parseProjectConfig('')), { severities: {}, writing: {} });
  });
});
