import { strict as assert } from 'node:assert';
import { browserCandidates, BrowserNotFoundError, findBrowser } from '../../../server/src/node/browsers';

describe('finding a browser to print PDFs with', () => {
  it('looks where Chrome, Chromium and Edge install themselves on Linux, macOS and Windows', () => {
    const linux = browserCandidates('linux', { PATH: '/home/me/bin:/usr/bin' });
    for (const path of ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge', '/snap/bin/chromium', '/home/me/bin/chromium', '/opt/google/chrome/chrome']) {
      assert.ok(linux.includes(path), path);
    }
    assert.ok(linux.indexOf('/usr/bin/chromium') < linux.indexOf('/usr/bin/google-chrome'));
    const mac = browserCandidates('darwin', { HOME: '/Users/me' });
    assert.deepEqual(mac.slice(0, 3), [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]);
    assert.ok(mac.includes('/Users/me/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'));
    const windows = browserCandidates('win32', { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' });
    assert.equal(windows[0], 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    assert.ok(windows.includes('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'));
    assert.ok(windows.includes('C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'));
  });

  it('puts CHROME_PATH first', () => {
    assert.equal(browserCandidates('linux', { CHROME_PATH: '/custom/chrome' })[0], '/custom/chrome');
  });

  it('takes the first that exists, the configured path before any, and says clearly when there is none', () => {
    const present = new Set(['/usr/bin/google-chrome', '/custom/edge']);
    const exists = (path: string): boolean => present.has(path);
    assert.equal(findBrowser(undefined, exists, ['/usr/bin/chromium', '/usr/bin/google-chrome']), '/usr/bin/google-chrome');
    assert.equal(findBrowser('/custom/edge', exists, ['/usr/bin/google-chrome']), '/custom/edge');
    assert.throws(() => findBrowser('/missing/chrome', exists, ['/usr/bin/google-chrome']), {
      name: 'BrowserNotFoundError',
      message: 'The browser path /missing/chrome does not exist or cannot be run. Fix vitae.pdf.browserPath (or --browser).',
    });
    assert.throws(() => findBrowser('', () => false, ['/usr/bin/chromium']), (error: unknown) => {
      assert.ok(error instanceof BrowserNotFoundError);
      assert.equal(error.message, 'No Chrome, Chromium or Edge was found to print the PDF. Install one (e.g. apt install chromium), or set vitae.pdf.browserPath (CLI: --browser PATH) to its executable.');
      return true;
    });
  });

  it('finds the Chromium of this machine', () => {
    assert.match(findBrowser(), /chrom/i);
  });
});
