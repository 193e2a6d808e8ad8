import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { designCss, mergeDesign, type Design } from '../core/design';
import type { ResumeLanguageService, TextSource } from '../core/service';
import type { RenderParams, RenderResult } from '../protocol';
import { BUILT_IN_THEME, isBuiltInTheme, renderWithTheme } from './themes';

/**
 * One document version as a page, for the preview (vitae/render) and `vitae render`. The built-in theme renders
 * from the parse the service already holds; a JSON Resume theme package (the requested one, else the resume's
 * `meta.theme`) runs only when themes are allowed (a trusted workspace), and falls back to the built-in theme with
 * a message when it cannot. The design is the editor's (params.design) overridden by `designLayers` in turn
 * (the project's `.vitaerc.yaml`, then the command line's flags).
 */
export async function renderPage(service: ResumeLanguageService, source: TextSource, params: RenderParams, ...designLayers: ReadonlyArray<Partial<Design> | undefined>): Promise<RenderResult> {
  const design = mergeDesign(params.design, ...designLayers);
  const builtIn = service.render(source, { allowRemoteImages: params.allowRemoteImages === true, dateStyle: design.dateStyle, sectionOrder: design.sectionOrder });
  const base = { uri: params.uri, version: builtIn.version, design, designCss: designCss(design) };
  if (!builtIn.ok) return { ...base, theme: BUILT_IN_THEME, problem: builtIn.problem };
  const page = { ...base, title: builtIn.title, html: builtIn.html, keywords: builtIn.keywords, ...(builtIn.label ? { label: builtIn.label } : {}), ...(builtIn.lang ? { lang: builtIn.lang } : {}) };
  const chosen = chooseTheme(params.theme, builtIn.metaTheme);
  if (chosen === undefined || isBuiltInTheme(chosen)) return { ...page, theme: BUILT_IN_THEME };
  const fallback = (themeMessage: string): RenderResult => ({ ...page, theme: BUILT_IN_THEME, themeMessage });
  if (!params.themesAllowed) {
    return fallback(`The theme "${chosen}" was not run: theme packages run code, and this workspace is not trusted. Showing the built-in theme.`);
  }
  if (!params.uri.startsWith('file:')) return fallback(`The theme "${chosen}" is looked up next to the resume file; save the resume first. Showing the built-in theme.`);
  const themed = await renderWithTheme(chosen, service.resumeData(source), dirname(fileURLToPath(params.uri)));
  if (!themed.ok) return fallback(themed.message);
  return { ...page, html: themed.html, styles: themed.styles, theme: themed.theme, ...(themed.attributes ? { themeAttributes: themed.attributes } : {}) };
}

/** The requested theme wins; otherwise the resume's own `meta.theme`, as resume-cli and resumed read it. */
export function chooseTheme(requested: string | undefined, metaTheme: string | undefined): string | undefined {
  if (requested !== undefined && requested.trim() !== '') return requested.trim();
  return metaTheme;
}
