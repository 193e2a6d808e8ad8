import * as vscode from 'vscode';
import { renderStandalone } from '../../../server/src/core/render/standalone';
import type { RenderParams, RenderResult } from '../../../server/src/protocol';
import { previewSettings, type PreviewSettings } from './settings';

/** The same renderer as the preview (the language server's `vitae/render`), for the exports. */
export interface ExportHost {
  readonly extensionUri: vscode.Uri;
  render(params: RenderParams): Promise<RenderResult | null>;
  protocolUri(uri: vscode.Uri): string;
}

export type StandaloneOutcome =
  | { readonly ok: true; readonly html: string; readonly settings: PreviewSettings }
  | { readonly ok: false; readonly message: string };

/**
 * The resume as a standalone HTML page (CSS inlined, no script, a CSP that forbids everything but inline styles):
 * what "Export HTML" saves and "Export PDF" prints. Without the preview's decorations (problems, highlight) and
 * without the `data-src` source offsets, which mean nothing outside the editor.
 */
export async function standalonePage(host: ExportHost, document: vscode.TextDocument): Promise<StandaloneOutcome> {
  const settings = previewSettings(document.uri);
  const name = fileName(document.uri);
  if (document.languageId !== 'resume-yaml') {
    return { ok: false, message: `${name} is not open as a resume. Run "Vitae: Treat This File as a Resume" first.` };
  }
  const result = await host.render({
    uri: host.protocolUri(document.uri),
    ...(settings.theme ? { theme: settings.theme } : {}),
    themesAllowed: vscode.workspace.isTrusted,
    allowRemoteImages: settings.allowRemoteImages,
  });
  if (!result) return { ok: false, message: `The language server does not have ${name} open yet. Try again in a moment.` };
  if (result.html === undefined) {
    const problem = result.problem;
    const where = problem ? ` Line ${problem.line + 1}: ${problem.message}` : '';
    return { ok: false, message: `${name} cannot be exported while its YAML is broken.${where}` };
  }
  if (result.themeMessage) void vscode.window.showWarningMessage(result.themeMessage);
  const builtIn = result.theme === 'vitae';
  const css = builtIn ? new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(host.extensionUri, 'media', 'preview', 'vitae.css'))) : '';
  const body = withoutSourceOffsets(result.html);
  const html = renderStandalone({
    html: body,
    title: titleOf(body) ?? name,
    css,
    ...(result.styles ? { styles: result.styles } : {}),
    allowRemoteImages: settings.allowRemoteImages,
  });
  return { ok: true, html, settings };
}

export function withoutSourceOffsets(html: string): string {
  return html.replace(/ data-src="\d+-\d+"/g, '');
}

/** The page title: the resume's name as the page's first heading shows it. */
function titleOf(html: string): string | undefined {
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  if (heading === undefined) return undefined;
  const text = heading.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim();
  return text === '' ? undefined : text;
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
