/** Escaping and URL policy for the renderer: every piece of resume text goes through one of these. */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). An override can make
 * "moc.live//:sptth" read as a trusted address, or flip the rest of the page; the renderer drops them and lets
 * each text element find its own direction with `dir="auto"` (Arabic and Hebrew text still read right to left).
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function neutraliseDirection(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '');
}

/** Text for HTML content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return neutraliseDirection(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * The href for a URL from the resume, or `undefined` when it must not become a link. Only https:, http:, mailto:
 * and tel: pass; anything with whitespace or control characters is refused outright, because browsers strip tabs
 * and newlines inside URLs ("java\tscript:" runs as javascript:).
 */
export function safeHref(raw: string): string | undefined {
  const url = raw.trim();
  if (url === '' || /[\u0000-\u0020\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\\]/.test(url)) return undefined;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (!scheme || !ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase() + ':')) return undefined;
  if (/^https?:/i.test(url)) {
    try {
      const parsed = new URL(url);
      if (parsed.hostname === '') return undefined;
    } catch {
      return undefined;
    }
  }
  return url;
}

/** A web address a person would write without its scheme, shown as they wrote it. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/^mailto:|^tel:/i, '').replace(/\/$/, '');
}
