import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseResume } from '../../../server/src/core/document';
import { renderResume, type RenderOptions } from '../../../server/src/core/render/index';

let version = 0;

export const fixture = (name: string): string => readFileSync(join(__dirname, '..', '..', 'fixtures', name), 'utf8');

/** The body HTML of a resume in the built-in theme; fails the test with the YAML problem if it does not render. */
export function renderHtml(text: string, options: RenderOptions = {}): string {
  const outcome = renderResume(parseResume('file:///resume.yaml', ++version, text), options);
  if (!outcome.ok) throw new Error(`did not render: ${outcome.problem.message} (line ${outcome.problem.line})`);
  return outcome.html;
}

/** Every `data-src="s-e"` in the page, with the source text it points at. */
export function sourcesOf(html: string, text: string): Array<{ start: number; end: number; source: string }> {
  return [...html.matchAll(/data-src="(\d+)-(\d+)"/g)].map((match) => {
    const start = Number(match[1]);
    const end = Number(match[2]);
    return { start, end, source: text.slice(start, end) };
  });
}

/** The element carrying `class` (first one), as an HTML string, for focused assertions. */
export function elementWithText(html: string, text: string): string {
  const at = html.indexOf(`>${text}<`);
  if (at < 0) throw new Error(`no element with text ${JSON.stringify(text)} in ${html.slice(0, 400)}…`);
  const open = html.lastIndexOf('<', at);
  return html.slice(open, at + text.length + 1);
}
