import { strict as assert } from 'node:assert';
import { lintFindings } from '../../../server/src/core/lint';
import { BULLET_RULES } from '../../../server/src/core/rules/bullets';
import { summarizeWriting } from '../../../server/src/core/writing/summary';
import { WritingCodes as Codes } from '../../../server/src/core/writing/codes';
import { joinLines, resumeOf } from '../../helpers/text';
import { marks, TODAY, workResume } from './helpers';

const codesOf = (text: string, codes?: readonly string[]): string[] => marks(text, codes).map((f) => `${f.code} ${JSON.stringify(f.text)}`);

describe('writing rules on bad input', () => {
  it('reports an empty bullet once, and leaves a null item to the schema check', () => {
    const text = workResume(['""', '', 'Cut costs by 20% in one year.', 'Cut latency by 30% with caching.']);
    assert.deepEqual(codesOf(text), [`${Codes.resumeLength} "work"`, `${Codes.length} "\\"\\""`]);
  });

  it('ignores bullets that are not text: numbers, booleans, nested lists and maps', () => {
    const text = workResume(['42', 'true', '[a, b]', '{ k: v }', '- nested', 'Cut costs by 20% in one year.']);
    assert.deepEqual(codesOf(text, [Codes.noMetric, Codes.weakOpener, Codes.length, Codes.entryNoBullets]), []);
  });

  it('does not call an entry bullet-less when its highlights are a paragraph (the schema check reports that)', () => {
    const text = joinLines('work:', '  - name: Acme', '    highlights: Built things.', '  - name: Beta', '    highlights:', '  - 7', '  - [x]');
    assert.deepEqual(codesOf(text, [Codes.entryNoBullets]), [`${Codes.entryNoBullets} "highlights"`]);
  });

  it('survives a 5,000-word bullet: one length finding, no exception', () => {
    const huge = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? 'various' : 'word')).join(' ');
    const found = marks(workResume([huge]), [Codes.length, Codes.noMetric, Codes.weakOpener]);
    assert.deepEqual(found.map((f) => f.message.slice(0, 11)), ['Weak opener', 'No metric: ', '5000 words:']);
  });

  it('handles emoji and keeps ranges on the right characters', () => {
    const text = workResume(['🚀 Responsible for the launch 🎉', '🚀 Launched the app to 10k users 🎉']);
    assert.deepEqual(codesOf(text, [Codes.weakOpener, Codes.noMetric]), [
      `${Codes.noMetric} "🚀 Responsible for the launch 🎉"`,
      `${Codes.weakOpener} "Responsible for"`,
    ]);
  });

  it('leaves right-to-left and other non-Latin bullets to their authors, except for their length', () => {
    const text = workResume(['אחראי על צוות של חמישה מהנדסים בפרויקט', 'قاد فريقًا من خمسة مهندسين']);
    assert.deepEqual(codesOf(text, [Codes.noMetric, Codes.weakOpener, Codes.pronoun, Codes.filler, Codes.passive, Codes.tense]), []);
  });

  it('reads through markdown in bullets', () => {
    const text = workResume(['"**Responsible for** the [API](https://x.example) used by 40 teams"', '"**Led** the `kubectl` plugin rewrite for 3 teams"']);
    assert.deepEqual(codesOf(text, [Codes.weakOpener, Codes.noMetric]), [`${Codes.weakOpener} "Responsible for"`]);
  });

  it('maps ranges and fixes through quotes, escapes and folded lines', () => {
    const text = joinLines(
      'work:',
      '  - name: Acme',
      '    highlights:',
      '      - "Responsible for the \\"core\\" API"',
      "      - 'Helped ship the team''s app'",
      '      - >-',
      '        Responsible',
      '        for the REST API',
    );
    const found = marks(text, [Codes.weakOpener]);
    assert.deepEqual(
      found.map((f) => [f.text, f.fixes[0]]),
      [
        ['Responsible for', '- "Owned the \\"core\\" API"'],
        ['Helped', "- 'Shipped the team''s app'"],
        // The phrase spans a line break: underlined, but no fix that could garble the YAML.
        ['Responsible\n        for', undefined],
      ],
    );
  });

  it('never throws on documents that are not resumes', () => {
    for (const text of ['', '# nothing', 'just a string', '- a\n- b', 'work: 7', 'work: [1, "x", null, [2]]', 'work:\n  - highlights: {a: b}', 'basics: [1, 2]', 'work:\n  - 	bad']) {
      assert.doesNotThrow(() => lintFindings(resumeOf(text), { today: TODAY }, BULLET_RULES), text);
      assert.doesNotThrow(() => summarizeWriting(resumeOf(text)), text);
    }
  });
});
