import * as assert from 'node:assert/strict';
import { chooseOpenAction } from '../../../client/src/preview/openAction';

describe('the Open button after an export', () => {
  it('desktop VS Code, a file on this machine: the system opens the page or the PDF', () => {
    for (const path of ['/home/ada/resume.html', '/home/ada/resume.pdf']) {
      assert.deepEqual(chooseOpenAction({ web: false, scheme: 'file', path }), { label: 'Open', command: 'openExternal' });
    }
  });

  it('VS Code in a browser: the page opens in an editor tab, the PDF is revealed in the Explorer to download', () => {
    assert.deepEqual(chooseOpenAction({ web: true, scheme: 'vscode-remote', path: '/home/ada/resume.html' }), { label: 'Open', command: 'vscode.open' });
    assert.deepEqual(chooseOpenAction({ web: true, scheme: 'vscode-remote', path: '/home/ada/resume.pdf' }), { label: 'Reveal in Explorer', command: 'revealInExplorer' });
    assert.deepEqual(chooseOpenAction({ web: true, scheme: 'file', path: '/home/ada/resume.pdf' }), { label: 'Reveal in Explorer', command: 'revealInExplorer' });
  });

  it('a desktop window on a remote machine (SSH, WSL, a container): as in the browser', () => {
    assert.deepEqual(chooseOpenAction({ web: false, scheme: 'vscode-remote', path: '/srv/ada/resume.HTM' }), { label: 'Open', command: 'vscode.open' });
    assert.deepEqual(chooseOpenAction({ web: false, scheme: 'vscode-remote', path: '/srv/ada/resume.pdf' }), { label: 'Reveal in Explorer', command: 'revealInExplorer' });
  });
});
