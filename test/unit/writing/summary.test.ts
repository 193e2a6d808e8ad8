import { strict as assert } from 'node:assert';
import { codeLenses } from '../../../server/src/core/codeLens';
import { lintFindings } from '../../../server/src/core/lint';
import { summarizeWriting } from '../../../server/src/core/writing/summary';
import { joinLines, resumeOf } from '../../helpers/text';
import { TODAY } from './helpers';

const RESUME = (disable: string[] = []): string =>
  joinLines(
    ...disable.filter((line) => line.startsWith('#')),
    'work:',
    '  - name: Acme',
    '    highlights:',
    '      - Cut checkout latency by 40%.',
    ...disable.filter((line) => !line.startsWith('#')),
    '      - Won the internal hackathon with a fraud demo.',
    '      - Responsible for the partner API.',
  );

const figures = (text: string) => {
  const { bullets, quantified, weakOpeners } = summarizeWriting(resumeOf(text));
  return { bullets, quantified, weakOpeners };
};
const lenses = (text: string): string[] => codeLenses(resumeOf(text)).map((lens) => lens.command!.title);
const shown = (text: string, code: string): number => lintFindings(resumeOf(text), { today: TODAY }).filter((f) => f.code === code).length;

describe('writing figures count what the author sees', () => {
  it('counts every bullet when nothing is silenced', () => {
    assert.deepEqual(figures(RESUME()), { bullets: 3, quantified: 1, weakOpeners: 1 });
    assert.deepEqual(lenses(RESUME()), ['1 of 3 bullets quantified']);
  });

  it('leaves out a bullet whose bullet-no-metric a vitae-disable-next-line comment silences', () => {
    const text = RESUME(['      # vitae-disable-next-line bullet-no-metric']);
    assert.deepEqual(figures(text), { bullets: 2, quantified: 1, weakOpeners: 1 });
    assert.deepEqual(lenses(text), ['1 of 2 bullets quantified']);
    const { bullets, quantified } = figures(text);
    assert.equal(bullets - quantified, shown(text, 'bullet-no-metric'), 'unquantified bullets = the warnings shown');
  });

  it('leaves out every bullet when the whole file silences bullet-no-metric, and silenced weak openers too', () => {
    const text = RESUME(['# vitae-disable bullet-no-metric, bullet-weak-opener']);
    assert.deepEqual(figures(text), { bullets: 0, quantified: 0, weakOpeners: 0 });
    assert.deepEqual(lenses(text), []);
  });

  it('still counts a bullet whose other codes are silenced', () => {
    const text = RESUME(['      # vitae-disable-next-line bullet-weak-opener']);
    assert.deepEqual(figures(text), { bullets: 3, quantified: 1, weakOpeners: 1 });
  });
});
