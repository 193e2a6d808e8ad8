/**
 * A second line of defence behind the renderer's escaping and the theme page's clean-up: before a render enters
 * the page, elements that could run code, navigate or fetch are dropped, and so are `on*` handlers and links to
 * scripting schemes. Works on inert template content, so nothing in it has run or loaded yet.
 */
const DROPPED = 'script, meta, base, link, iframe, frame, frameset, object, embed, form, noscript, template';
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background']);
const SAFE_URL = /^(https?:|mailto:|tel:|#|[^:]*$)/i;

export function sanitize(root: DocumentFragment | Element): void {
  for (const element of root.querySelectorAll(DROPPED)) element.remove();
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of [...element.attributes]) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on') || (URL_ATTRIBUTES.has(lower) && !SAFE_URL.test(value.replace(/[\s\u0000-\u001f]/g, '')))) {
        element.removeAttribute(name);
      }
    }
  }
}
