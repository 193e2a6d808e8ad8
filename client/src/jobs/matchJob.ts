import * as vscode from 'vscode';
import { isResume } from '../resumeLanguage';

export const MATCH_JOB = 'vitae.matchJob';

/**
 * "Vitae: Match Against a Job Posting…": a new `<title>.job.md` beside the active resume (never over an existing
 * file), holding what the clipboard holds, opened beside it. The language server matches it as soon as it opens.
 */
export function registerMatchJob(): vscode.Disposable {
  return vscode.commands.registerCommand(MATCH_JOB, async (resumeUri?: vscode.Uri) => {
    const resume = resumeUri ?? activeResume();
    if (!resume) {
      void vscode.window.showInformationMessage('Open your resume (resume.yaml, cv.yaml, *.resume.yaml) first: the posting is saved beside it and matched with it.');
      return undefined;
    }
    if (resume.scheme === 'untitled') {
      void vscode.window.showInformationMessage('Save your resume first: the posting is saved beside it and matched with it.');
      return undefined;
    }
    const posting = (await vscode.env.clipboard.readText()).replace(/\r\n?/g, '\n');
    const folder = vscode.Uri.joinPath(resume, '..');
    const target = await freeName(folder, slug(posting));
    const text = posting.trim() ? `${posting.trimEnd()}\n` : '';
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    const document = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside });
    if (!text) void vscode.window.showInformationMessage(`The clipboard is empty: paste the job posting into ${basename(target)}.`);
    return target;
  });
}

function activeResume(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (isResume(active)) return active.uri;
  return vscode.window.visibleTextEditors.map((editor) => editor.document).find(isResume)?.uri;
}

/** A file name from the posting's first line ("Senior Backend Engineer – Acme" → senior-backend-engineer-acme). */
export function slug(posting: string): string {
  const first = posting.split('\n').map((line) => line.replace(/[#*_>`•\-=]/g, ' ').trim()).find((line) => line.length > 0) ?? '';
  const words = first
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let name = '';
  for (const word of words) {
    if (name && name.length + word.length + 1 > 40) break;
    name = name ? `${name}-${word}` : word.slice(0, 40);
  }
  return name || 'posting';
}

async function freeName(folder: vscode.Uri, stem: string): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(folder, `${stem}${n === 1 ? '' : `-${n}`}.job.md`);
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
