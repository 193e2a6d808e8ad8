import * as vscode from 'vscode';
import { exportedPage, printOptions } from '../../../server/src/node/export';
import type { RenderParams, RenderResult } from '../../../server/src/protocol';
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
      /** What the PDF printer takes from the render: paper, the paginator's request, the document's properties. */
      readonly print: ReturnType<typeof printOptions>;
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
  const html = exportedPage({ ...result, html: result.html }, { title: result.title ?? name, allowRemoteImages: settings.allowRemoteImages });
  return { ok: true, html, settings, print: printOptions(result) };
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
