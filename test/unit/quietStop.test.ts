// Reloading the window or restarting the server must not fill the logs with "provider FAILED / Error: Channel has
// been closed": a request caught by the stop gets the feature's empty answer (client/src/quietStop.ts).
import * as assert from 'node:assert/strict';
import type { MessageSignature } from 'vscode-languageclient/node';
import { quietWhileStopping, type HandlesFailedRequests } from '../../client/src/quietStop';

/** vscode-languageclient's own handling, as far as it matters here: log the failure to the output channel, throw. */
class FakeClient implements HandlesFailedRequests {
  readonly logged: string[] = [];
  handleFailedRequest<T>(type: MessageSignature, _token: unknown, error: unknown): T {
    this.logged.push(`Request ${type.method} failed.`);
    throw error;
  }
}

const codeAction = { method: 'textDocument/codeAction' } as MessageSignature;
const caughtByStop = new Error('Starting server failed');

describe('requests caught by the language server stopping', () => {
  let stopping = false;
  const Client = quietWhileStopping(FakeClient, () => stopping);

  it('while the server stops (a reload, a restart) a failed request gets the empty answer and logs nothing', () => {
    stopping = true;
    const client = new Client();
    assert.deepEqual(client.handleFailedRequest(codeAction, undefined, caughtByStop, []), []);
    assert.equal(client.handleFailedRequest(codeAction, undefined, caughtByStop, null), null);
    assert.deepEqual(client.logged, []);
  });

  it('while the server runs, a failure is logged and thrown as before', () => {
    stopping = false;
    const client = new Client();
    assert.throws(() => client.handleFailedRequest(codeAction, undefined, caughtByStop, []), /Starting server failed/);
    assert.deepEqual(client.logged, ['Request textDocument/codeAction failed.']);
  });
});
