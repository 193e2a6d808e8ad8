import * as assert from 'node:assert/strict';
import { RenderQueue } from '../../../client/src/preview/renderQueue';

/** A render the test finishes by hand, so the order of events is explicit. */
function manualRenders(): { queue: RenderQueue; started: number; finish(): Promise<void> } {
  const waiting: Array<() => void> = [];
  const state = {
    started: 0,
    queue: new RenderQueue(() => {
      state.started++;
      return new Promise<void>((resolve) => waiting.push(resolve));
    }),
    async finish() {
      waiting.shift()?.();
      // Let the queue's loop see the render end and start the next one.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
  return state;
}

describe('RenderQueue: the latest text only, one render at a time', () => {
  it('renders a lone change at once', () => {
    const renders = manualRenders();
    renders.queue.request();
    assert.equal(renders.started, 1);
  });

  it('collapses a burst of changes during a render into one follow-up render', async () => {
    const renders = manualRenders();
    renders.queue.request();
    for (let i = 0; i < 20; i++) renders.queue.request();
    assert.equal(renders.started, 1, 'at most one render in flight');
    await renders.finish();
    assert.equal(renders.started, 2, 'one render for the whole burst');
    await renders.finish();
    assert.equal(renders.started, 2);
    assert.equal(renders.queue.busy, false);
  });

  it('keeps rendering after a render fails', async () => {
    let calls = 0;
    const queue = new RenderQueue(async () => {
      calls++;
      if (calls === 1) throw new Error('server gone');
    });
    queue.request();
    queue.request();
    await queue.idle();
    assert.equal(calls, 2);
  });

  it('renders nothing after it is disposed', async () => {
    const renders = manualRenders();
    renders.queue.request();
    renders.queue.request();
    renders.queue.dispose();
    await renders.finish();
    renders.queue.request();
    assert.equal(renders.started, 1);
  });
});
