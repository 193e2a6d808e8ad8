import * as assert from 'node:assert/strict';
import { EditorScrollGuard, firstVisibleFor, readingLine, revealPadding } from '../../../client/src/preview/scrollSync';

describe('scroll sync in the extension: the editor’s top line, and no echo', () => {
  let now = 1000;
  const guard = (): EditorScrollGuard => new EditorScrollGuard(() => now);
  const defaults = { cursorSurroundingLines: 0, stickyScroll: true, stickyLines: 5 };

  it('the reader’s top line is below the sticky-scroll headers, and a line revealed at the top lands there', () => {
    const padding = revealPadding(40, defaults);
    assert.equal(padding, 5);
    assert.equal(readingLine(30, padding), 35);
    assert.equal(firstVisibleFor(35, padding), 30);
    // Nothing covers the start of the file; a short editor keeps at most half of itself free.
    assert.equal(readingLine(0, padding), 0);
    assert.equal(firstVisibleFor(3, padding), 0);
    assert.equal(revealPadding(6, defaults), 3);
    assert.equal(revealPadding(40, { ...defaults, stickyScroll: false }), 0);
    assert.equal(revealPadding(40, { ...defaults, stickyScroll: false, cursorSurroundingLines: 2 }), 2);
  });

  it('follows the user’s scrolling', () => {
    assert.equal(guard().byUser(10), true);
  });

  it('ignores the echo of the line it put at the top, even late on a busy machine, then follows the user again', () => {
    const sync = guard();
    sync.moving(42);
    now += 900;
    assert.equal(sync.byUser(42), false);
    now += 5;
    assert.equal(sync.byUser(43), true);
  });

  it('ignores the editor settling elsewhere just after it was moved (a centred selection)', () => {
    const sync = guard();
    sync.moving();
    now += 50;
    assert.equal(sync.byUser(7), false);
    now += EditorScrollGuard.ECHO_MS;
    assert.equal(sync.byUser(7), true);
  });
});
