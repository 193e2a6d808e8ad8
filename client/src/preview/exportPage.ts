import * as vscode from 'vscode';
import { paperLayout, type PaperSize } from '../../../server/src/core/design';
import { documentProperties, standaloneHtml } from '../../../server/src/node/export';
import type { DocumentProperties } from '../../../server/src/node/pdf';
import { BUILT_IN_THEME, type RenderParams, type RenderResult } from '../../../server/src/protocol';
import { previewSettings, renderParams, type PreviewSettings } from './settings';
import { isResume } from '../resumeLanguage';

/** The same renderer as the preview (the language server's `vitae/render`), for the exports. */
export interface ExportHost {
  render(params: RenderParams): Promise<RenderResult | null>;
  protocolUri(uri: vscode.Uri): string;
}

export type StandaloneOutcome =
  | {
      readonly ok: true;
      readonly html: string;
      readonly settings: PreviewSettings;
      /** The design's paper size, and what the PDF printer's paginator needs (the built-in theme only). */
      readonly paper?: PaperSize;
      readonly layout?: ReturnType<typeof paperLayout>;
      readonly properties: DocumentProperties;
    }
  | { readonly ok: false; readonly message: string };

/**
 * The resume as a standalone HTML page (CSS inlined, no script, a CSP that forbids everything but inline styles):
 * what "Export HTML" saves and "Export PDF" prints. Without the preview's decorations (problems, highlight) and
 * without the `data-src` source offsets, which mean nothing outside the editor.
 */
export async function standalonePage(host: ExportHost, document: vscode.TextDocument): Promise<StandaloneOutcome> {
  const settings = previewSettings(document.uri);
  const name = fileName(document.uri);
  if (!isResume(document)) {
    return { ok: false, message: `${name} is not open as a resume. Run "Vitae: Treat This File as a Resume" first.` };
  }
  const result = await host.render(renderParams(host.protocolUri(document.uri), settings));
  if (!result) return { ok: false, message: `The language server does not have ${name} open yet. Try again in a moment.` };
  if (result.html === undefined) {
    const problem = result.problem;
    const where = problem ? ` Line ${problem.line + 1}: ${problem.message}` : '';
    return { ok: false, message: `${name} cannot be exported while its YAML is broken.${where}` };
  }
  if (result.themeMessage) void vscode.window.showWarningMessage(result.themeMessage);
  const html = standaloneHtml({
    html: result.html,
    title: result.title ?? name,
    theme: result.theme,
    ...(result.styles ? { styles: result.styles } : {}),
    ...(result.themeAttributes ? { themeAttributes: result.themeAttributes } : {}),
    allowRemoteImages: settings.allowRemoteImages,
    ...(result.design ? { design: result.design } : {}),
  });
  const layout = result.theme === BUILT_IN_THEME && result.design ? paperLayout(result.design) : undefined;
  return { ok: true, html, settings, properties: documentProperties(result), ...(result.design ? { paper: result.design.paper } : {}), ...(layout ? { layout } : {}) };
}

export function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? 'resume';
}

/** `resume.yaml` → `resume.<extension>` beside it (untitled resumes go to the first workspace folder). */
export function defaultTarget(resource: vscode.Uri, extension: string): vscode.Uri {
  const base = fileName(resource).replace(/\.(resume\.)?ya?ml$/i, '') || 'resume';
  if (resource.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, `${base}.${extension}`) : vscode.Uri.file(`${base}.${extension}`);
  }
  return vscode.Uri.joinPath(resource, '..', `${base}.${extension}`);
}
