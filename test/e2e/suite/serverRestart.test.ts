import * as assert from 'node:assert/strict';
import { closeAllEditors, codeOf, diagnosticsWhere, nextEvent, openUntitled, vitaeApi } from './helpers';

describe('When the language server crashes', () => {
  after(closeAllEditors);

  it('restarts it, tells the user once, and keeps checking files', async () => {
    const api = await vitaeApi();
    const crashed = api.serverProcessId();
    assert.ok(crashed, 'the language server should be running');
    const notificationsBefore = api.notifications.length;

    const restarted = nextEvent(api.onDidStartServer, 'the language server to restart', 20_000);
    process.kill(crashed, 'SIGKILL');
    const pid = await restarted;

    assert.ok(pid && pid !== crashed, `a new server process should run (old ${crashed}, new ${pid})`);
    assert.equal(api.notifications.length, notificationsBefore + 1, `one notification, got: ${api.notifications.join(' | ')}`);
    assert.match(api.notifications.at(-1)!, /restarted/);
    assert.doesNotMatch(api.notifications.at(-1)!, /\n\s+at /, 'the notification should not be a stack trace');

    const { document } = await openUntitled('resume-yaml', ['basics:', '  email: not-an-address', '']);
    await diagnosticsWhere(document.uri, (found) => found.some((d) => codeOf(d) === 'invalid-email'), 'diagnostics from the restarted server');
  });
});
