import * as assert from 'node:assert/strict';
import { EditHistory, type Edit } from '../../../client/src/preview/editHistory';

/** Applies `edits` to `text` one after another, as VS Code does with a change event's contentChanges. */
function apply(text: string, edits: readonly Edit[], insertedText: readonly string[]): string {
  return edits.reduce((at, edit, i) => at.slice(0, edit.offset) + insertedText[i]! + at.slice(edit.offset + edit.removed), text);
}

describe('EditHistory: offsets between the versions of a resume', () => {
  const v1 = 'basics:\n  name: Ada\nwork:\n  - Responsible for on-call.\n';
  const bullet = v1.indexOf('Responsible for on-call.');
  const span = (text: string, s: { start: number; end: number } | undefined): string | undefined => s && text.slice(s.start, s.end);

  it('moves a problem on a later line past a line typed above it, both ways', () => {
    const history = new EditHistory();
    const typed: Edit = { offset: v1.indexOf('work:'), removed: 0, inserted: ' phone: 555\n'.length };
    history.record(2, [typed]);
    const v2 = apply(v1, [typed], [' phone: 555\n']);
    const forward = history.map(bullet, bullet + 11, 1, 2);
    assert.equal(span(v2, forward), 'Responsible');
    assert.deepEqual(history.map(forward!.start, forward!.end, 2, 1), { start: bullet, end: bullet + 11 });
  });

  it('drops a problem whose text an edit replaced, and one on text that did not exist in the other version', () => {
    const history = new EditHistory();
    history.record(2, [{ offset: bullet, removed: 'Responsible'.length, inserted: 'Led'.length }]);
    assert.equal(history.map(bullet, bullet + 11, 1, 2), undefined);
    assert.equal(history.map(bullet, bullet + 3, 2, 1), undefined);
    // Text before the edit stays where it is.
    assert.deepEqual(history.map(2, 6, 2, 1), { start: 2, end: 6 });
  });

  it('follows several changes in one event and several versions in a row', () => {
    const history = new EditHistory();
    // Two cursors type "x" at the end and the start (VS Code lists multi-cursor changes from the end backwards).
    const edits: Edit[] = [{ offset: v1.length, removed: 0, inserted: 1 }, { offset: 0, removed: 0, inserted: 1 }];
    history.record(2, edits);
    const v2 = apply(v1, edits, ['x', 'x']);
    const typedAgain: Edit = { offset: 1, removed: 0, inserted: 2 };
    history.record(3, [typedAgain]);
    const v3 = apply(v2, [typedAgain], ['yy']);
    assert.equal(span(v3, history.map(bullet, bullet + 11, 1, 3)), 'Responsible');
    assert.equal(span(v1, history.map(v3.indexOf('Responsible'), v3.indexOf('Responsible') + 11, 3, 1)), 'Responsible');
  });

  it('maps nothing across a version it does not know', () => {
    const history = new EditHistory();
    history.record(2, []);
    history.record(4, []);
    assert.equal(history.map(0, 1, 1, 4), undefined);
    assert.deepEqual(history.map(0, 1, 1, 2), { start: 0, end: 1 });
    history.forgetUpTo(2);
    assert.equal(history.map(0, 1, 1, 2), undefined);
    assert.deepEqual(history.map(5, 6, 7, 7), { start: 5, end: 6 });
  });
});
