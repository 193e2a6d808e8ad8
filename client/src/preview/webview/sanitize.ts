/**
 * A second line of defence behind the renderer's escaping and the theme page's clean-up: before a render enters
 * the page, elements that could run code, navigate or fetch are dropped, and so are `on*` handlers and links to
 * scripting schemes. Works on inert template content, so nothing in it has run or loaded yet. It runs on every
 * keystroke, so it walks the elements once and allocates nothing for the usual element with plain attributes.
 */
const DROPPED = 'script, meta, base, link, iframe, frame, frameset, object, embed, form, noscript, template';
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background']);
const SAFE_URL = /^(https?:|mailto:|tel:|#|[^:]*$)/i;

export function sanitize(root: DocumentFragment | Element): void {
  for (const element of root.querySelectorAll(DROPPED)) element.remove();
  const elements = root.querySelectorAll('*');
  for (let e = 0; e < elements.length; e++) {
    const attributes = elements[e]!.attributes;
    for (let a = attributes.length - 1; a >= 0; a--) {
      const { name, value } = attributes[a]!;
      if (isUnsafe(name.toLowerCase(), value)) elements[e]!.removeAttribute(name);
    }
  }
}

function isUnsafe(name: string, value: string): boolean {
  if (name.startsWith('on')) return true;
  return URL_ATTRIBUTES.has(name) && !SAFE_URL.test(value.replace(/[\s\u0000-\u001f]/g, ''));
}
