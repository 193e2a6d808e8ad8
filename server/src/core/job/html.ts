import { mapped, type Passage } from './passage';

// Nothing here runs or fetches anything: tags are skipped as text, script and style bodies are dropped,
// entities are decoded from a short list, and every kept character remembers where it came from.
const DROPPED = /^(script|style|noscript|template|svg|head|iframe|object)$/i;
const BREAKS = /^(br|p|div|li|ul|ol|h[1-6]|tr|td|th|section|article|header|footer|table|dt|dd|blockquote|pre|hr)$/i;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', bull: '•', middot: '·', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

/** The visible text of an HTML page, a line per block element, "• " before each list item. */
export function htmlPassage(html: string): Passage {
  const out: string[] = [];
  const origin: number[] = [];
  const push = (text: string, at: number): void => {
    for (const ch of text) {
      out.push(ch);
      origin.push(at);
    }
  };
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        i = close < 0 ? html.length : close + 3;
        continue;
      }
      const close = html.indexOf('>', i + 1);
      if (close < 0) break;
      const tag = /^<\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(i, Math.min(close + 1, i + 40)));
      const name = tag?.[1] ?? '';
      const closing = html[i + 1] === '/';
      i = close + 1;
      if (!closing && DROPPED.test(name) && !html.slice(i - 2, i).startsWith('/')) {
        const end = html.toLowerCase().indexOf(`</${name.toLowerCase()}`, i);
        i = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
        continue;
      }
      if (BREAKS.test(name)) push('\n', i - 1);
      if (!closing && /^li$/i.test(name)) push('• ', i - 1);
      if (/^(td|th)$/i.test(name)) push(' ', i - 1);
      continue;
    }
    if (ch === '&') {
      const entity = /^&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/i.exec(html.slice(i, i + 12));
      if (entity) {
        const body = entity[1]!;
        const code = body.startsWith('#x') || body.startsWith('#X') ? parseInt(body.slice(2), 16) : body.startsWith('#') ? parseInt(body.slice(1), 10) : NaN;
        const decoded = Number.isNaN(code) ? ENTITIES[body.toLowerCase()] : code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
        if (decoded !== undefined) {
          push(decoded, i);
          i += entity[0].length;
          continue;
        }
      }
    }
    out.push(/[\r\n\t]/.test(ch) ? ' ' : ch);
    origin.push(i);
    i++;
  }
  return mapped(out.join(''), origin);
}
