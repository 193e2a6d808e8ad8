import { strict as assert } from 'node:assert';
import { renderStandalone } from '../../../server/src/core/render/standalone';
import { builtInCss } from '../../../server/src/node/export';
import { splitThemePage } from '../../../server/src/node/themes';
import { sharedChromium, loadPage, PAGE_URL, type LoadedPage } from './chromium';
import { HOSTILE_TEXTS, hostileResume } from './hostile.resume';
import { renderHtml } from './render';

/** What the page did and what its DOM holds, as a reader's browser sees it. */
async function inspect(loaded: LoadedPage): Promise<Record<string, unknown>> {
  // Runs in the page (a string: the test project is type-checked without the DOM library).
  const dom = (await loaded.page.evaluate(`(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      flag: window.__pwned ?? null,
      url: location.href,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => el.tagName + ' ' + a.name)),
      dangerous: [...document.body.querySelectorAll('script, iframe, object, embed, svg, meta, base, link, style, img, form, frame')].map((el) => el.tagName),
      headScripts: document.head.querySelectorAll('script').length,
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.protocol).filter((p) => !['https:', 'http:', 'mailto:', 'tel:'].includes(p)),
      styled: all.filter((el) => el.hasAttribute('style')).length,
      hidden: getComputedStyle(document.body).display,
    };
  })()`)) as Record<string, unknown>;
  return { ...dom, requests: loaded.requests, blockedByCsp: loaded.blockedByCsp, dialogs: loaded.dialogs, console: loaded.console, errors: loaded.errors };
}

const NOTHING_HAPPENED = {
  flag: null,
  url: PAGE_URL,
  handlers: [],
  dangerous: [],
  headScripts: 0,
  hrefs: [],
  styled: 0,
  hidden: 'block',
  requests: [PAGE_URL],
  blockedByCsp: [],
  dialogs: [],
  console: [],
  errors: [],
};

describe('a hostile resume in headless Chromium', function () {
  this.timeout(60_000);
  const browser = sharedChromium();

  const body = renderHtml(hostileResume());

  it('the renderer alone (no CSP to help): nothing runs, nothing is fetched, no link leaves http(s)/mailto/tel', async () => {
    const loaded = await loadPage(browser(), `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`);
    assert.deepEqual(await inspect(loaded), NOTHING_HAPPENED);
  });

  it('the hostile text is shown to the reader as text', async () => {
    const loaded = await loadPage(browser(), `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`);
    const shown = (await loaded.page.evaluate('document.body.innerText')) as string;
    const fragments = ['<script>window.__pwned=1', '"><img src=x onerror="window', '<svg onload=', '</style><script>', '<meta http-equiv="refresh"', '<iframe src="https://evil', '[click me](javascript:window', '![pixel](https://evil.example/pixel.png)', 'Ada exe.gnp Okafor'];
    for (const fragment of fragments) assert.ok(shown.includes(fragment), `${JSON.stringify(fragment)} is visible as text`);
    assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(shown), 'no direction override reaches the page');
  });

  it('renderStandalone (CSP, inlined CSS, a theme style that tries to close <style>): nothing runs, nothing is fetched', async () => {
    const page = renderStandalone({
      html: body,
      title: HOSTILE_TEXTS[0]!,
      css: builtInCss(),
      styles: ['body { color: black } </style><script>window.__pwned=1</script><style>', '<!-- </style><meta http-equiv="refresh" content="0;url=https://evil.example/"> -->'],
    });
    const loaded = await loadPage(browser(), page);
    assert.deepEqual(await inspect(loaded), NOTHING_HAPPENED);
    const head = await loaded.page.evaluate(
      `({ styles: document.head.querySelectorAll('style').length, metas: [...document.head.querySelectorAll('meta')].map((m) => m.getAttribute('http-equiv') ?? m.getAttribute('name') ?? 'charset'), title: document.title })`,
    );
    assert.deepEqual(head, { styles: 3, metas: ['charset', 'Content-Security-Policy', 'referrer', 'viewport'], title: HOSTILE_TEXTS[0] });
  });

  it('with remote images allowed, a javascript: or data: image is still never loaded', async () => {
    const page = renderStandalone({ html: renderHtml(hostileResume(), { allowRemoteImages: true }), title: 'r', css: builtInCss(), allowRemoteImages: true });
    assert.deepEqual(await inspect(await loadPage(browser(), page)), NOTHING_HAPPENED);
  });

  it('a hostile JSON Resume theme page, split and exported: its tricks run nothing and fetch nothing under the CSP', async () => {
    const themePage = [
      '<html><head><meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">',
      '<style>@import url(https://evil.example/import.css); body { background: url(https://evil.example/bg.png) }</style></head>',
      '<body onload="window.__pwned=1"><h1>Ada</h1><scr<script>x</script>ipt>window.__pwned=1</script>',
      '<img src="https://evil.example/pixel.png" onerror="window.__pwned=1"><svg><script>window.__pwned=1</script></svg>',
      '<a href="javascript:window.__pwned=1">x</a><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
      '<object data="https://evil.example/o"></object><link rel="stylesheet" href="https://evil.example/l.css">',
      '<form action="https://evil.example/f"><button formaction="javascript:alert(1)">go</button></form></body></html>',
    ].join('\n');
    const { html, styles } = splitThemePage(themePage);
    assert.doesNotMatch(html, /<script|<iframe|<object|<link|<meta|<base|\son\w+=|javascript:/i);
    const loaded = await loadPage(browser(), renderStandalone({ html, styles, title: 'Ada', css: '' }));
    const seen = await inspect(loaded);
    assert.deepEqual(
      { flag: seen['flag'], url: seen['url'], handlers: seen['handlers'], headScripts: seen['headScripts'], hrefs: seen['hrefs'], requests: seen['requests'], dialogs: seen['dialogs'], errors: seen['errors'] },
      { flag: null, url: PAGE_URL, handlers: [], headScripts: 0, hrefs: [], requests: [PAGE_URL], dialogs: [], errors: [] },
    );
    // The theme's own image and stylesheet URLs were attempted, and the CSP stopped every one before the network.
    assert.deepEqual([...loaded.blockedByCsp].sort(), ['https://evil.example/bg.png', 'https://evil.example/import.css', 'https://evil.example/pixel.png']);
  });
});
