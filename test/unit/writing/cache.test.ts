import { strict as assert } from 'node:assert';
import { WritingCodes as Codes } from '../../../server/src/core/writing/codes';
import { marks, workResume } from './helpers';

// The writing rules judge each distinct string once and keep what they found in offsets of the string; these
// tests check that what is kept lands right wherever, and however quoted, the same string comes back.
describe('writing findings worked out once per string', () => {
  const bullet = 'Successfully shipped various features in order to utilize the cache.';
  const expected = [
    { code: Codes.filler, text: 'Successfully', fixes: ['- Shipped various features in order to utilize the cache.'] },
    { code: Codes.filler, text: 'various', fixes: [] },
    { code: Codes.filler, text: 'in order to', fixes: ['- Successfully shipped various features to utilize the cache.'] },
    { code: Codes.filler, text: 'utilize', fixes: ['- Successfully shipped various features in order to use the cache.'] },
  ];
  const found = (text: string) => marks(text, [Codes.filler]).map(({ code, text, fixes }) => ({ code, text, fixes }));

  it('places the same findings again after the text moves in the document', () => {
    assert.deepEqual(found(workResume([bullet])), expected);
    assert.deepEqual(found(workResume(['Cut costs by 20% in a year.', bullet])), expected);
    assert.deepEqual(found(workResume([bullet], ['    position: Staff Engineer'])), expected);
  });

  it('maps the kept offsets through quotes and escapes, and offers no fix across an escape', () => {
    const quoted = found(workResume([JSON.stringify(bullet)]));
    assert.deepEqual(quoted, expected.map((f) => ({ ...f, fixes: f.fixes.map((fix) => fix.replace(/^- (.*)$/, '- "$1"')) })));
    const escaped = found(workResume([JSON.stringify(bullet).replace('utilize', 'utili\\u007ae')]));
    assert.deepEqual(escaped.map((f) => f.text), ['Successfully', 'various', 'in order to', 'utili\\u007ae']);
    assert.deepEqual(escaped[3]?.fixes, [], 'the document does not hold "utilize" verbatim');
  });

  it('counts the bullets that open with a verb anew on every lint', () => {
    const led = (n: number) => Array.from({ length: n }, (_, i) => `Led the rollout of service ${i} to 40 teams.`);
    const message = (n: number) => marks(workResume(led(n)), [Codes.repeatedVerb])[0]?.message;
    assert.match(message(3) ?? '', /opens 3 bullets/);
    assert.match(message(4) ?? '', /opens 4 bullets/);
    assert.match(message(3) ?? '', /opens 3 bullets/);
  });

  it('finds the right strings again when bullets are inserted, removed or reordered between lints', () => {
    const bullets = ['I rebuilt our deploy tooling.', 'Helped with various tasks.', 'The API was improved by 40%.', 'Responsible for the REST API.', 'Cut costs by 20%.'];
    const each = (list: readonly string[]) => list.flatMap((b) => marks(workResume([b]), [], { bulletsPerEntry: { min: 0 } }));
    const all = (list: readonly string[]) => marks(workResume(list), [], { bulletsPerEntry: { min: 0 } }).filter((f) => f.code !== Codes.resumeLength);
    const orders = [bullets, [...bullets].reverse(), bullets.slice(1), ['Led the rewrite.', ...bullets], [bullets[2]!, bullets[0]!, bullets[2]!]];
    for (const order of orders) {
      all(bullets);
      const expected = each(order).filter((f) => f.code !== Codes.resumeLength);
      assert.deepEqual(all(order).map((f) => [f.code, f.text]), expected.map((f) => [f.code, f.text]));
    }
  });
});
