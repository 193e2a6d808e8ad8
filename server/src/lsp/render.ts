import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResumeLanguageService } from '../core/service';
import { RENDER_REQUEST, type RenderParams, type RenderResult } from '../protocol';
import { BUILT_IN_THEME, isBuiltInTheme, renderWithTheme } from '../node/themes';

/**
 * `vitae/render`: the open document's current version as HTML. The built-in theme renders from the parse the
 * server already holds; a JSON Resume theme package (setting, else the resume's `meta.theme`) runs only when the
 * client says the workspace is trusted, and falls back to the built-in theme with a message when it cannot.
 */
export function registerRender(connection: Connection, documents: TextDocuments<TextDocument>, service: ResumeLanguageService): void {
  connection.onRequest(RENDER_REQUEST, async (params: RenderParams): Promise<RenderResult | null> => {
    const document = documents.get(params.uri);
    if (!document) return null;
    try {
      return await render(service, document, params);
    } catch (error) {
      connection.console.error(`Vitae: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return null;
    }
  });
}

export async function render(service: ResumeLanguageService, document: TextDocument, params: RenderParams): Promise<RenderResult> {
  const builtIn = service.render(document, { allowRemoteImages: params.allowRemoteImages === true });
  const base = { uri: params.uri, version: builtIn.version };
  if (!builtIn.ok) return { ...base, theme: BUILT_IN_THEME, problem: builtIn.problem };
  const chosen = chooseTheme(params.theme, service.resumeData(document));
  if (isBuiltInTheme(chosen)) return { ...base, html: builtIn.html, theme: BUILT_IN_THEME };
  const name = chosen!.trim();
  const fallback = (themeMessage: string): RenderResult => ({ ...base, html: builtIn.html, theme: BUILT_IN_THEME, themeMessage });
  if (!params.themesAllowed) {
    return fallback(`The theme "${name}" was not run: theme packages run code, and this workspace is not trusted. Showing the built-in theme.`);
  }
  if (!params.uri.startsWith('file:')) return fallback(`The theme "${name}" is looked up next to the resume file; save the resume first. Showing the built-in theme.`);
  const themed = await renderWithTheme(name, service.resumeData(document), dirname(fileURLToPath(params.uri)));
  return themed.ok ? { ...base, html: themed.html, styles: themed.styles, theme: themed.theme } : fallback(themed.message);
}

/** The setting wins; otherwise the resume's own `meta.theme`, as resume-cli and resumed read it. */
export function chooseTheme(setting: string | undefined, resume: unknown): string | undefined {
  if (setting !== undefined && setting.trim() !== '') return setting;
  const meta = (resume as { meta?: { theme?: unknown } } | undefined)?.meta;
  return typeof meta?.theme === 'string' ? meta.theme : undefined;
}
