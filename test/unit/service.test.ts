import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Caches } from '../../server/src/core/caches';
import { createLanguageService } from '../../server/src/core/service';
import { source, withCursor } from '../helpers/text';

const ada = readFileSync(join(__dirname, '..', 'fixtures', 'ada.resume.yaml'), 'utf8');
const today = () => new Date('2026-11-22T12:00:00Z');
const extras = { technologies: { extra: [{ name: 'Borgmon', category: 'observability' }] } };

/** Two services, each with caches the test can look into. */
function twoServices() {
  const caches = [new Caches(), new Caches()] as const;
  return { caches, services: caches.map((own) => createLanguageService({ today, caches: own })) };
}

describe('what a language service learns about strings', () => {
  it('stays with the service: a second one starts from nothing and learns on its own', () => {
    const { caches: [first, second], services: [one, two] } = twoServices();
    const diagnostics = one!.lint(source(ada), extras);
    const learned = first.size;
    assert.ok(learned > 0, 'the first service remembers the strings it read');
    assert.equal(second.size, 0, 'the second has learned nothing');
    assert.deepEqual(two!.lint(source(ada), extras), diagnostics);
    assert.equal(first.size, learned, 'linting with the second service adds nothing to the first');
    assert.ok(second.size > 0);
  });

  it('keeps the index of the user’s own technologies per service', () => {
    const { caches: [first, second], services: [one] } = twoServices();
    const { text, position } = withCursor('skills:\n  - name: Ops\n    keywords: [Borg$|$]\n');
    assert.equal(one!.complete(source(text), position, extras).items[0]?.label, 'Borgmon');
    assert.ok(first.size > 0);
    assert.equal(second.size, 0);
  });

  it('is freed by dispose(), after which the service answers the same from scratch', () => {
    const { caches: [first], services: [one] } = twoServices();
    const diagnostics = one!.lint(source(ada));
    const summary = one!.summary(source(ada));
    one!.dispose();
    assert.equal(first.size, 0);
    assert.deepEqual(one!.lint(source(ada)), diagnostics);
    assert.deepEqual(one!.summary(source(ada)), summary);
  });
});
