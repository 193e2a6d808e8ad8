// What the preview's webview tests share: renders from the real renderer, a long test resume, and a way to open
// the page with a render in headless Chromium (see test/helpers/previewPage.ts).
import * as assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { InitialState, ProblemMark } from '../../../client/src/preview/messages';
import { createLanguageService } from '../../../server/src/core/service';
import { joinLines } from '../../helpers/text';
import { openPreview, type LoadedPreview } from '../../helpers/previewPage';

const service = createLanguageService();
let version = 0;

/** The real renderer's body for `text`, as `vitae/render` answers; throws on broken YAML. */
export function render(text: string): { html: string; version: number } {
  const outcome = service.render({ uri: 'file:///webview-test.yaml', version: ++version, getText: () => text });
  if (!outcome.ok) throw new Error(`the test resume does not parse: ${outcome.problem.message}`);
  return { html: outcome.html, version: outcome.version };
}

/** The version the next `render` will give. */
export const nextVersion = (): number => version + 1;

export const BULLETS = Array.from({ length: 80 }, (_, i) => `      - Cut build time of service ${i + 1} from ${20 + i} minutes to ${i + 2} minutes.`);
export const RESUME = joinLines(
  'basics:',
  '  name: Ada Okafor',
  '  label: Staff Platform Engineer',
  '  summary: Platform engineer who turns slow, fragile delivery pipelines into fast, boring ones.',
  'work:',
  '  - name: Parcelwise',
  '    position: Staff Platform Engineer',
  '    startDate: 2021-03',
  '    highlights:',
  ...BULLETS,
  '',
);

export function offsetOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is not in the resume`);
  return at;
}

export const PERSISTED = { uri: 'file:///webview-test.yaml', locked: false } as const;

/** Opens the page with the render of `text` (or no page at all for `text` undefined) and waits for its first paint. */
export async function openRendered(
  browser: Browser,
  text: string | undefined,
  options: { problems?: ProblemMark[]; state?: Partial<InitialState>; viewport?: { width: number; height: number } } = {},
): Promise<LoadedPreview> {
  const first = text === undefined ? { html: '', version: ++version } : render(text);
  const preview = await openPreview(browser, {
    body: first.html,
    state: { version: first.version, problems: options.problems ?? [], persisted: PERSISTED, ...options.state },
    viewport: options.viewport ?? { width: 800, height: 400 },
  });
  await preview.painted(first.version);
  return preview;
}
