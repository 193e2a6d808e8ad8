import * as vscode from 'vscode';
import { readDesign, type Design } from '../../../server/src/core/design';
import type { RenderParams } from '../../../server/src/protocol';
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
  /** `vitae.preview.editorColors`: the preview follows the editor's colours instead of the printed page's. */
  readonly editorColors: boolean;
  /** `vitae.preview.jobTerms`: mark in the page what the matched job posting asks for. */
  readonly jobTerms: boolean;
  /** `vitae.design.*`: the page's design as the editor sets it (`.vitaerc.yaml` wins over it, in the server). */
  readonly design: Partial<Design>;
}

export function previewSettings(resource: vscode.Uri | undefined): PreviewSettings {
  const config = vscode.workspace.getConfiguration('vitae', resource);
  const paper = config.get<string>('preview.paper', 'off');
  const design = readDesign(config.get<Record<string, unknown>>('design', {})).design;
  return {
    theme: config.get<string>('preview.theme', '').trim(),
    paper: paper === 'A4' || paper === 'Letter' || paper === 'on' ? paper : 'off',
    editorColors: config.get<boolean>('preview.editorColors', false),
    jobTerms: config.get<boolean>('preview.jobTerms', false),
    // The older `preview.paper: A4 | Letter` also chose the paper size.
    design: paper === 'A4' || paper === 'Letter' ? { ...design, paper } : design,
    showProblems: config.get<boolean>('preview.showProblems', true),
    scrollSync: config.get<boolean>('preview.scrollSync', true),
    allowRemoteImages: config.get<boolean>('preview.allowRemoteImages', false),
    browserPath: config.get<string>('pdf.browserPath', '').trim(),
  };
}

/** Whether a configuration change touches what the preview shows. */
export function affectsPreview(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('vitae.preview') || event.affectsConfiguration('vitae.design');
}

/** The `vitae/render` request for a resume with these settings: the preview and every export ask the same way. */
export function renderParams(uri: string, settings: PreviewSettings): RenderParams {
  return {
    uri,
    ...(settings.theme ? { theme: settings.theme } : {}),
    themesAllowed: vscode.workspace.isTrusted,
    allowRemoteImages: settings.allowRemoteImages,
    design: settings.design,
  };
}
