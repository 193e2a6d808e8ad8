import * as vscode from 'vscode';
import type { PaperSize } from './page';

/** The `vitae.preview.*` and `vitae.pdf.*` settings, read for one resume (they may differ per folder). */
export interface PreviewSettings {
  /** A JSON Resume theme ("even", "jsonresume-theme-even") or "" for the resume's `meta.theme`, else the built-in. */
  readonly theme: string;
  readonly paper: PaperSize;
  readonly showProblems: boolean;
  /** Scroll the page with the editor and the editor with the page. */
  readonly scrollSync: boolean;
  readonly allowRemoteImages: boolean;
  readonly browserPath: string;
}

export function previewSettings(resource: vscode.Uri | undefined): PreviewSettings {
  const config = vscode.workspace.getConfiguration('vitae', resource);
  const paper = config.get<string>('preview.paper', 'off');
  return {
    theme: config.get<string>('preview.theme', '').trim(),
    paper: paper === 'A4' || paper === 'Letter' ? paper : 'off',
    showProblems: config.get<boolean>('preview.showProblems', true),
    scrollSync: config.get<boolean>('preview.scrollSync', true),
    allowRemoteImages: config.get<boolean>('preview.allowRemoteImages', false),
    browserPath: config.get<string>('pdf.browserPath', '').trim(),
  };
}

/** Whether a configuration change touches what the preview shows. */
export function affectsPreview(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('vitae.preview');
}
