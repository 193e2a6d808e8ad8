import * as vscode from 'vscode';
import type { JobMatchParams, JobMatchResult, RenderParams, RenderResult } from '../../../server/src/protocol';
import { isResume } from '../resumeLanguage';
import { RenderQueue } from './renderQueue';
import { previewSettings, renderParams, type PreviewSettings } from './settings';
import { documentOf } from './sourceEditor';

/** What the renderer needs from the extension: the language server's `vitae/render`. */
export interface RenderHost {
  render(params: RenderParams): Promise<RenderResult | null>;
  /** `vitae/jobMatch` for the resume: the job posting matched with it last, and where the resume shows its terms. */
  jobMatch(params: JobMatchParams): Promise<JobMatchResult | null>;
  protocolUri(uri: vscode.Uri): string;
  log(message: string): void;
}

/** What came back for one request: the result with the settings it was asked with, or why there is none. */
export type Rendered =
  | { readonly kind: 'page'; readonly result: RenderResult; readonly settings: PreviewSettings }
  | { readonly kind: 'failed'; readonly message: string };

/** Retries, each path with its own count: the server has not been sent the document yet, or answered an older version. */
const RETRIES = 5;

/**
 * Asks the language server for the page of one resume, the latest text only (RenderQueue), and hands each answer
 * that is still about that resume to `deliver`. Settings are read once per request and travel with the answer.
 */
export class PreviewRenderer implements vscode.Disposable {
  readonly #host: RenderHost;
  readonly #deliver: (rendered: Rendered) => void;
  readonly #queue = new RenderQueue(() => this.#renderLatest());
  #resource: vscode.Uri;
  /** Bumped when the preview switches to another resume, so answers about the previous one are dropped. */
  #generation = 0;
  /** The newest version delivered: older answers are dropped. */
  #shown = -1;
  #notOpenYet = 0;
  #behind = 0;

  constructor(host: RenderHost, resource: vscode.Uri, deliver: (rendered: Rendered) => void) {
    this.#host = host;
    this.#resource = resource;
    this.#deliver = deliver;
  }

  get shownVersion(): number {
    return this.#shown;
  }

  /** From now on renders `resource`; answers about the previous one are dropped. */
  switchTo(resource: vscode.Uri): void {
    this.#resource = resource;
    this.#generation++;
    this.#shown = -1;
    this.#notOpenYet = 0;
    this.#behind = 0;
  }

  request(): void {
    this.#queue.request();
  }

  idle(): Promise<void> {
    return this.#queue.idle();
  }

  dispose(): void {
    this.#queue.dispose();
  }

  async #renderLatest(): Promise<void> {
    const generation = this.#generation;
    const resource = this.#resource;
    const settings = previewSettings(resource);
    let result: RenderResult | null;
    try {
      const document = await vscode.workspace.openTextDocument(resource);
      if (!isResume(document)) return this.#fail(generation, 'This file is not open as a resume. Run "Vitae: Treat This File as a Resume" to preview it.');
      result = await this.#host.render(renderParams(this.#host.protocolUri(resource), settings));
    } catch (error) {
      this.#host.log(`preview of ${resource.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
      return this.#fail(generation, 'The language server could not render this resume. See the "Vitae" output for details.');
    }
    if (generation !== this.#generation) return; // about the resume this panel showed before
    if (result === null) {
      // The server has not been sent the document yet (it was opened a moment ago): ask again, a few times.
      if (this.#notOpenYet++ < RETRIES) this.#queue.request();
      else this.#fail(generation, 'The language server does not have this resume open. Close the preview and open it again.');
      return;
    }
    this.#notOpenYet = 0;
    if (result.version < this.#shown) return; // stale
    this.#shown = result.version;
    this.#deliver({ kind: 'page', result, settings });
    // The request may have overtaken the editor's last change on its way to the server: ask again, a few times.
    const current = documentOf(resource)?.version;
    if (current !== undefined && current > result.version && this.#behind++ < RETRIES) this.#queue.request();
    else this.#behind = 0;
  }

  #fail(generation: number, message: string): void {
    if (generation === this.#generation) this.#deliver({ kind: 'failed', message });
  }
}
