import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { humanDate } from '../../../server/src/core/render/dates';
import { standaloneHtml } from '../../../server/src/node/export';
import { sharedChromium, loadPage } from './chromium';
import { fixture, renderHtml } from './render';

interface Leaf {
  readonly path: string;
  readonly value: string;
}

/** Every string (and number) leaf of a resume, with its path; `meta` is for tools, not readers. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (path === '' && key === 'meta' ? [] : leaves(item, path ? `${path}.${key}` : key)));
  }
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() === '' ? [] : [{ path, value: String(value) }];
  return [];
}

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What a reader should find: dates as people write them, URLs either shown or behind the text that links to them. */
function expected(leaf: Leaf): string {
  if (/(^|\.)(startDate|endDate|date|releaseDate)$/.test(leaf.path)) return humanDate(leaf.value);
  return words(leaf.value.replace(/\*\*|__/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'));
}

describe('every text a reader should see appears in the rendered page (headless Chromium)', function () {
  this.timeout(60_000);
  const browser = sharedChromium();

  for (const name of ['render/sample.yaml', 'ada.resume.yaml', 'messy.resume.yaml']) {
    it(name, async () => {
      const text = fixture(name);
      const page = standaloneHtml({ html: renderHtml(text), title: name });
      const { page: browserPage } = await loadPage(browser(), page);
      const seen = (await browserPage.evaluate(`({
        text: document.body.innerText,
        hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      })`)) as { text: string; hrefs: string[] };
      const shown = words(seen.text);
      const missing = leaves(parse(text))
        .filter((leaf) => {
          const want = expected(leaf);
          if (shown.includes(want)) return false;
          // A URL field a reader reaches through its link (a profile's username, a linked employer) counts as seen.
          return !(/(^|\.)url$/.test(leaf.path) && seen.hrefs.includes(leaf.value.trim()));
        })
        .map((leaf) => `${leaf.path}: ${JSON.stringify(leaf.value)}`);
      assert.deepEqual(missing, []);
    });
  }
});
