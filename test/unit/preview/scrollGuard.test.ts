import * as assert from 'node:assert/strict';
import { EditorScrollGuard } from '../../../client/src/preview/scrollSync';

describe('EditorScrollGuard: the preview does not follow the editor scroll it caused', () => {
  let now = 1000;
  const guard = (): EditorScrollGuard => new EditorScrollGuard(() => now);

  it('follows the user’s scrolling', () => {
    assert.equal(guard().byUser(10), true);
  });

  it('ignores the echo of the line it put at the top, then follows the user again', () => {
    const sync = guard();
    sync.moving(42);
    now += 5;
    assert.equal(sync.byUser(42), false);
    now += EditorScrollGuard.ECHO_MS;
    assert.equal(sync.byUser(42), true);
  });

  it('ignores the editor settling elsewhere just after it was moved (the end of the file, a centred selection)', () => {
    const sync = guard();
    sync.moving();
    now += 50;
    assert.equal(sync.byUser(7), false);
    now += EditorScrollGuard.ECHO_MS;
    assert.equal(sync.byUser(7), true);
  });
});
