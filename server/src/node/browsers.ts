import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Chromium-family browsers install themselves, per platform, in the order we prefer them. */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = [env['CHROME_PATH'], env['PUPPETEER_EXECUTABLE_PATH']].filter((path): path is string => !!path);
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Brave Browser.app/Contents/MacOS/Brave Browser'];
    const roots = ['/Applications', env['HOME'] ? join(env['HOME'], 'Applications') : undefined].filter((root): root is string => !!root);
    return [...fromEnv, ...roots.flatMap((root) => apps.map((app) => `${root}/${app}`))];
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((root): root is string => !!root);
    const exes = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe', 'BraveSoftware\\Brave-Browser\\Application\\brave.exe'];
    return [...fromEnv, ...exes.flatMap((exe) => roots.map((root) => `${root}\\${exe}`))];
  }
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable', 'brave-browser'];
  const path = (env['PATH'] ?? '').split(delimiter).filter(Boolean);
  const fixed = ['/usr/bin', '/usr/local/bin', '/snap/bin'];
  const dirs = [...new Set([...fixed, ...path])];
  return [...fromEnv, ...names.flatMap((name) => dirs.map((dir) => join(dir, name))), '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge'];
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `name` is set so that code loading dist/pdf.js (another bundle, another class object) can still tell it apart. */
export class BrowserNotFoundError extends Error {
  override readonly name = 'BrowserNotFoundError';
}

/**
 * The browser to print with: the configured path (`vitae.pdf.browserPath`, `--browser`) when given, else the first
 * Chrome, Chromium or Edge found in the usual places. Nothing is ever downloaded.
 */
export function findBrowser(configured?: string, exists: (path: string) => boolean = isExecutable, candidates: readonly string[] = browserCandidates()): string {
  const chosen = configured?.trim();
  if (chosen) {
    if (exists(chosen)) return chosen;
    throw new BrowserNotFoundError(`The browser path ${chosen} does not exist or cannot be run. Fix vitae.pdf.browserPath (or --browser).`);
  }
  const found = candidates.find((path) => exists(path));
  if (found) return found;
  throw new BrowserNotFoundError(
    'No Chrome, Chromium or Edge was found to print the PDF. Install one (e.g. apt install chromium), or set vitae.pdf.browserPath (CLI: --browser PATH) to its executable.',
  );
}
