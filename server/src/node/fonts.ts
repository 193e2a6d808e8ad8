import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The font families Vitae ships (media/fonts, from `npm run fonts`), so a page looks the same on every machine. */
export type FontFamily = 'sans' | 'serif' | 'mono';

/** The CSS `font-family` name of each family, as media/preview/fonts.css declares it. */
export const FONT_FAMILIES: Readonly<Record<FontFamily, string>> = { sans: 'Vitae Sans', serif: 'Vitae Serif', mono: 'Vitae Mono' };

const ALL_FAMILIES: readonly FontFamily[] = ['sans', 'serif', 'mono'];

/** media/ beside dist/ in the package, or at the root of the source tree (tests, `tsx`). */
function mediaDir(): string {
  const candidates = [join(__dirname, '..', 'media'), join(__dirname, '..', '..', '..', 'media')];
  const found = candidates.find((path) => existsSync(join(path, 'preview', 'fonts.css')));
  if (!found) throw new Error(`The fonts Vitae ships are missing from the package: no preview/fonts.css in ${candidates.join(' or ')}. Reinstall Vitae.`);
  return found;
}

const dataUris = new Map<string, string>();

function dataUri(path: string): string {
  let uri = dataUris.get(path);
  if (uri === undefined) {
    if (!existsSync(path)) throw new Error(`A font Vitae ships is missing from the package: ${path}. Reinstall Vitae (in a source checkout: npm run fonts).`);
    uri = `data:font/woff2;base64,${readFileSync(path).toString('base64')}`;
    dataUris.set(path, uri);
  }
  return uri;
}

/**
 * media/preview/fonts.css (in `media`) with the woff2 files inlined as data: URIs: only the rules of `families`.
 * A file fonts.css names but the package lacks is an Error naming its path.
 */
export function embedFonts(media: string, families: readonly FontFamily[]): string {
  const wanted = new Set(families.map((family) => `"${FONT_FAMILIES[family]}"`));
  const css = readFileSync(join(media, 'preview', 'fonts.css'), 'utf8');
  return [...css.matchAll(/@font-face\s*\{[^}]*\}/g)]
    .map(([rule]) => rule)
    .filter((rule) => wanted.has(/font-family:\s*("[^"]*")/.exec(rule)?.[1] ?? ''))
    .map((rule) => rule.replace(/url\('\.\.\/fonts\/([\w.-]+\.woff2)'\)/g, (_, file: string) => `url('${dataUri(join(media, 'fonts', file))}')`))
    .join('\n');
}

/** The shipped families a stylesheet names (`"Vitae Sans"`…): the ones its page needs embedded. */
export function fontFamiliesIn(css: string): FontFamily[] {
  return ALL_FAMILIES.filter((family) => css.includes(`"${FONT_FAMILIES[family]}"`));
}

const embedded = new Map<string, string>();

/**
 * The @font-face rules of the shipped fonts with the fonts inside (data: URIs), for an exported page, which may
 * fetch nothing. Only the families asked for (default: all), since each adds its files to the page. Read once.
 */
export function embeddedFontCss(families: readonly FontFamily[] = ALL_FAMILIES): string {
  const key = ALL_FAMILIES.filter((family) => families.includes(family)).join(',');
  let css = embedded.get(key);
  if (css === undefined) {
    css = embedFonts(mediaDir(), families);
    embedded.set(key, css);
  }
  return css;
}
