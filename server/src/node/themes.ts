import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ThemeAttributes } from '../protocol';

import { BUILT_IN_THEME } from '../protocol';

export { BUILT_IN_THEME };

/** A theme that does not answer in this time is given up, so a broken one cannot stall the preview. */
const THEME_TIMEOUT_MS = 10_000;

export type ThemeOutcome =
  | { readonly ok: true; readonly theme: string; readonly html: string; readonly styles: string[]; readonly attributes?: ThemeAttributes }
  | { readonly ok: false; readonly theme: string; readonly message: string };

/** "even" → "jsonresume-theme-even"; full and scoped names are kept as written. */
export function themePackageName(name: string): string {
  const trimmed = name.trim();
  return trimmed.startsWith('@') || trimmed.startsWith('jsonresume-theme-') ? trimmed : `jsonresume-theme-${trimmed}`;
}

/** Whether a name asks for the built-in theme (empty, "vitae", "default"). */
export function isBuiltInTheme(name: string | undefined): boolean {
  const trimmed = (name ?? '').trim().toLowerCase();
  return trimmed === '' || trimmed === BUILT_IN_THEME || trimmed === 'default';
}

/**
 * The entry file of a theme package installed in a node_modules folder at or above `folder`, as `import` would
 * pick it (package.json "exports" import/default conditions, else "module", "main", index.js).
 */
export function resolveTheme(name: string, folder: string): string | undefined {
  const packageName = themePackageName(name);
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    const root = join(dir, 'node_modules', ...packageName.split('/'));
    const manifest = join(root, 'package.json');
    if (existsSync(manifest)) {
      try {
        const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as PackageManifest;
        return join(root, entryOf(pkg));
      } catch {
        return undefined;
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

interface PackageManifest {
  readonly exports?: unknown;
  readonly module?: string;
  readonly main?: string;
}

function entryOf(pkg: PackageManifest): string {
  const pick = (target: unknown): string | undefined => {
    if (typeof target === 'string') return target;
    if (Array.isArray(target)) return target.map(pick).find(Boolean);
    if (target && typeof target === 'object') {
      const conditions = target as Record<string, unknown>;
      if ('.' in conditions) return pick(conditions['.']);
      for (const condition of ['node', 'import', 'default', 'require']) if (condition in conditions) return pick(conditions[condition]);
    }
    return undefined;
  };
  return pick(pkg.exports) ?? pkg.module ?? pkg.main ?? 'index.js';
}

/**
 * Runs a JSON Resume theme package (`render(resume)`, which may return a Promise) installed near the resume.
 * Theme code is arbitrary code from the workspace: callers run this only when the user trusts the workspace.
 * The page it returns is split into its inline styles and its body, with scripts removed.
 */
export async function renderWithTheme(name: string, resume: unknown, folder: string): Promise<ThemeOutcome> {
  const packageName = themePackageName(name);
  const entry = resolveTheme(name, folder);
  if (!entry) {
    return { ok: false, theme: name, message: `The theme "${name}" is not installed: run npm install ${packageName} next to the resume. Showing the built-in theme.` };
  }
  try {
    const render = await loadRender(entry);
    if (!render) return { ok: false, theme: name, message: `The theme "${name}" has no render(resume) function. Showing the built-in theme.` };
    const page = await withTimeout(Promise.resolve().then(() => render(resume)), THEME_TIMEOUT_MS);
    if (typeof page !== 'string') return { ok: false, theme: name, message: `The theme "${name}" did not return HTML. Showing the built-in theme.` };
    return { ok: true, theme: name, ...splitThemePage(page) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, theme: name, message: `The theme "${name}" failed: ${firstLine(reason)}. Showing the built-in theme.` };
  }
}

interface ThemeModule {
  render?: (resume: unknown) => unknown;
  default?: { render?: (resume: unknown) => unknown } | ((resume: unknown) => unknown);
}

// `import()` loads ES module and CommonJS themes alike. Built through Function so that the bundler does not
// turn it into a require() of a file it cannot see.
const importModule = new Function('url', 'return import(url)') as (url: string) => Promise<ThemeModule>;

async function loadRender(entry: string): Promise<((resume: unknown) => unknown) | undefined> {
  const loaded = await importModule(pathToFileURL(entry).href);
  if (typeof loaded.render === 'function') return loaded.render;
  const fallback = loaded.default;
  if (typeof fallback === 'function') return fallback;
  if (fallback && typeof fallback.render === 'function') return fallback.render;
  return undefined;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no page after ${ms / 1000} seconds`)), ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim().replace(/\.$/, '').slice(0, 300);
}

/**
 * A theme's page → its inline styles, its body and the attributes of its `<html>` and `<body>` that its CSS may
 * address (absent when there are none). Scripts, frames, objects, <base>, <meta> and <link> are removed (the
 * preview's CSP would block them too; an exported page must not carry them either).
 */
export function splitThemePage(page: string): { html: string; styles: string[]; attributes?: ThemeAttributes } {
  const styles: string[] = [];
  const withoutStyles = page.replace(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi, (_, css: string) => {
    styles.push(css);
    return '';
  });
  let html = /<body\b[^>]*>([\s\S]*?)(?:<\/body\s*>|$)/i.exec(withoutStyles)?.[1] ?? withoutStyles;
  // Until nothing changes: removing `<script>` from `<scr<script></script>ipt>` must not leave a new one behind.
  for (let pass = 0; pass < 10; pass++) {
    const next = stripActive(html);
    if (next === html) break;
    html = next;
  }
  html = html.trim();
  const attributes = {
    ...attributesOf(/<html\b([^>]*)>/i.exec(withoutStyles)?.[1], 'html'),
    ...attributesOf(/<body\b([^>]*)>/i.exec(withoutStyles)?.[1], 'body'),
  };
  return Object.keys(attributes).length > 0 ? { html, styles, attributes } : { html, styles };
}

/** The attributes a theme's CSS can select on or that set its layout; handlers and anything else are dropped. */
const KEPT_ATTRIBUTE = /^(class|id|style|lang|dir|data-[a-z0-9_.-]+)$/;

/** `class="a b" onload=x()` of `<body class="a b" onload=x()>` → `{ body: { class: 'a b' } }`; nothing when empty. */
function attributesOf(source: string | undefined, element: 'html' | 'body'): ThemeAttributes {
  const kept: Record<string, string> = {};
  for (const [, name, quoted, single, bare] of (source ?? '').matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const value = decodeEntities(quoted ?? single ?? bare ?? '').trim();
    const key = name!.toLowerCase();
    if (KEPT_ATTRIBUTE.test(key) && value !== '' && !(key in kept)) kept[key] = value;
  }
  return Object.keys(kept).length > 0 ? { [element]: kept } : {};
}

/** The character references an attribute value is likely to hold. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) return named[name.toLowerCase()] ?? whole;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function stripActive(html: string): string {
  return html
    .replace(/<(script|iframe|object|embed|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?(script|iframe|object|embed|base|meta|link|frame|frameset)\b[^>]*>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/(href|src|action|formaction)\s*=\s*(["']?)\s*(javascript|vbscript|data):[^"'\s>]*\2/gi, '$1="#"');
}
