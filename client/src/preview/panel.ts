import * as vscode from 'vscode';
import { paperLayout } from '../../../server/src/core/design';
import { BUILT_IN_THEME, type RenderResult } from '../../../server/src/protocol';
import { EditorSync } from './editorSync';
import type { BannerState, FromWebview, PaintedMessage, ProblemMark, ToWebview } from './messages';
import { createNonce, pageLook, previewPage } from './page';
import { configureWebview } from './webviewOptions';
import { pageStateOf, previewTitle, samePage, type PageState } from './pageState';
import { JobTerms } from './jobTerms';
import { PageProblems } from './problems';
import { PreviewRenderer, type RenderHost, type Rendered } from './renderer';
import { previewSettings, type PreviewSettings } from './settings';
import { documentOf } from './sourceEditor';

export const PREVIEW_VIEW_TYPE = 'vitae.preview';

/** What a preview needs from the extension: the language server's renderer and a place to report. */
export interface PreviewHost extends RenderHost {
  readonly extensionUri: vscode.Uri;
  /** The webview painted a render (or a decoration change). */
  painted(preview: Preview, message: PaintedMessage): void;
  /** The panel became active or inactive. */
  focusChanged(preview: Preview): void;
}

/**
 * One preview panel showing one resume: it owns the webview, writes its page once (page.ts) and then patches it with
 * each render (renderer.ts), with the resume's problems (problems.ts) and the editor kept in step (editorSync.ts).
 */
export class Preview implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  readonly #host: PreviewHost;
  readonly #renderer: PreviewRenderer;
  readonly #subscriptions: vscode.Disposable[] = [];
  readonly #disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.#disposed.event;
  #resource: vscode.Uri;
  #locked: boolean;
  /** What the page in the webview was written from; undefined: write a new one with the next render. */
  #page: PageState | undefined;
  #lastGood: RenderResult | undefined;
  #settings: PreviewSettings;
  #banner: BannerState = {};
  #lastPaint: PaintedMessage | undefined;
  /** Paper mode: how many pages the PDF will have, shown in the title. */
  #pages: number | undefined;
  /** The problems and recent edits of the resume, to put problems and scroll positions on the page's text. */
  readonly #problems: PageProblems;
  /** The editor and the page kept in step: cursor, scroll, clicks (the manager hands it the editor's events). */
  readonly sync: EditorSync;
  readonly #jobTerms: JobTerms;

  constructor(panel: vscode.WebviewPanel, host: PreviewHost, resource: vscode.Uri, locked: boolean) {
    this.panel = panel;
    this.#host = host;
    this.#resource = resource;
    this.#locked = locked;
    this.#settings = previewSettings(resource);
    this.#problems = new PageProblems(() => documentOf(this.#resource));
    this.#renderer = new PreviewRenderer(host, resource, (rendered) => this.#show(rendered));
    this.sync = new EditorSync(
      {
        resource: () => this.#resource,
        pageVersion: () => this.#lastGood?.version,
        panelColumn: () => this.panel.viewColumn,
        scrollSync: () => this.#settings.scrollSync,
        post: (message) => this.#post(message),
      },
      this.#problems.edits,
    );
    this.#jobTerms = new JobTerms(host, this.#problems.edits, (message) => this.#post(message));
    configureWebview(panel, host.extensionUri);
    this.#subscriptions.push(
      panel.webview.onDidReceiveMessage((message: FromWebview) => void this.#receive(message)),
      panel.onDidChangeViewState(() => host.focusChanged(this)),
      panel.onDidDispose(() => this.dispose()),
    );
    this.#updateTitle();
    this.refresh();
  }

  get resource(): vscode.Uri {
    return this.#resource;
  }

  get locked(): boolean {
    return this.#locked;
  }

  get lastPaint(): PaintedMessage | undefined {
    return this.#lastPaint;
  }

  /** Shows another resume in this panel. */
  show(resource: vscode.Uri): void {
    if (resource.toString() === this.#resource.toString()) return;
    this.#resource = resource;
    this.#renderer.switchTo(resource);
    this.#page = undefined;
    this.#lastGood = undefined;
    this.#lastPaint = undefined;
    this.#pages = undefined;
    this.#problems.clear();
    this.#updateTitle();
    this.refresh();
  }

  setLocked(locked: boolean): void {
    this.#locked = locked;
    this.#updateTitle();
    this.#post({ type: 'persist', state: { uri: this.#resource.toString(), locked } });
  }

  /** Renders the latest text (a change, a setting, a server restart). `rebuild` writes a fresh page. */
  refresh(rebuild = false): void {
    if (rebuild) this.#page = undefined;
    this.#renderer.request();
  }

  idle(): Promise<void> {
    return this.#renderer.idle();
  }

  /** The resume was edited: `changes` (in order) made `version`. */
  edited(version: number, changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
    this.#problems.edited(version, changes);
    this.refresh();
  }

  /** The resume's diagnostics changed (its job posting too, maybe): redraw the problems and the job's terms. */
  problemsChanged(): void {
    this.#problems.changed();
    const version = this.#lastGood?.version;
    if (version !== undefined) this.#post({ type: 'problems', problems: this.#problemsAt(version), version });
    // The setting as it is now: when it was just turned on, the render that will carry the new settings may bring no
    // new page, and the marks must not wait for one.
    void this.#jobTerms.refresh(this.#resource, version, previewSettings(this.#resource).jobTerms);
  }

  /** Scrolls the page as a reader would, to the element of `offset` (for end-to-end tests). */
  scrollAsReader(offset: number): void {
    this.#post({ type: 'scroll', offset });
  }

  dispose(): void {
    this.#renderer.dispose();
    this.sync.dispose();
    for (const subscription of this.#subscriptions.splice(0)) subscription.dispose();
    this.panel.dispose();
    this.#disposed.fire();
    this.#disposed.dispose();
  }

  /** A render (or why there is none): patch the page, or write a new one when what it was written from changed. */
  #show(rendered: Rendered): void {
    if (rendered.kind === 'failed') return this.#fail(rendered.message);
    const { result, settings } = rendered;
    this.#settings = settings;
    this.#banner = { ...(result.problem ? { problem: result.problem } : {}), ...(result.themeMessage ? { themeMessage: result.themeMessage } : {}) };
    if (result.html !== undefined) this.#lastGood = result;
    const page = pageStateOf(this.#resource.toString(), this.#lastGood, result.theme, settings);
    if (result.html !== undefined) void this.#jobTerms.refresh(this.#resource, result.version, settings.jobTerms);
    if (!this.#page || !samePage(this.#page, page)) {
      this.#page = page;
      this.#writePage(result.version);
      return;
    }
    const body = result.html !== undefined ? { html: result.html, problems: this.#problemsAt(result.version) } : {};
    this.#post({ type: 'update', version: result.version, ...body, ...this.#banner });
    if (this.#lastGood) this.#problems.forgetBefore(this.#lastGood.version);
  }

  /** Writes a whole new page (the first render, another theme or settings); every later render patches it. */
  #writePage(version: number): void {
    const webview = this.panel.webview;
    const settings = this.#settings;
    const shown = this.#lastGood;
    const builtIn = (shown?.theme ?? BUILT_IN_THEME) === BUILT_IN_THEME;
    const paper = builtIn && settings.paper !== 'off' && shown?.design ? { paper: paperLayout(shown.design) } : {};
    const media = (...path: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(this.#host.extensionUri, ...path)).toString();
    const persisted = { uri: this.#resource.toString(), locked: this.#locked };
    webview.html = previewPage({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: media('dist', 'preview.js'),
      ...pageLook(shown, settings, media),
      allowRemoteImages: settings.allowRemoteImages,
      ...(shown?.lang ? { lang: shown.lang } : {}),
      body: shown?.html ?? '',
      state: { version, ...(shown ? { pageVersion: shown.version } : {}), problems: shown ? this.#problemsAt(shown.version) : [], persisted, ...this.#banner, ...paper },
    });
  }

  #fail(message: string): void {
    this.#banner = { themeMessage: message };
    if (this.#page) this.#post({ type: 'update', version: this.#renderer.shownVersion, ...this.#banner });
    else {
      this.#page = pageStateOf(this.#resource.toString(), undefined, BUILT_IN_THEME, this.#settings);
      this.#writePage(this.#renderer.shownVersion);
    }
  }

  /** The resume's problems in the text of `version` (the page's), unless `vitae.preview.showProblems` is off. */
  #problemsAt(version: number): ProblemMark[] {
    return this.#settings.showProblems ? this.#problems.at(version) : [];
  }

  async #receive(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A (re)loaded page, e.g. after the panel was hidden: bring it to the newest render and decorations.
        if (this.#lastGood?.html !== undefined) {
          const page = this.#lastGood.version;
          this.#post({ type: 'update', version: this.#renderer.shownVersion, pageVersion: page, html: this.#lastGood.html, problems: this.#problemsAt(page), ...this.#banner });
        }
        this.problemsChanged();
        this.sync.followEditor();
        this.sync.revealActiveCursor();
        return;
      case 'painted':
        this.#lastPaint = message;
        if (message.pages?.count !== this.#pages) {
          this.#pages = message.pages?.count;
          this.#updateTitle();
        }
        this.#host.painted(this, message);
        return;
      case 'clicked':
        this.sync.clicked(message.offset, message.found);
        return;
      case 'scrolled':
        this.sync.pageScrolled(message.start);
        return;
      case 'select':
      case 'open':
        await this.sync.revealSource(message.start, message.end, message.type === 'open');
        return;
    }
  }

  #post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  #updateTitle(): void {
    this.panel.title = previewTitle(this.#resource.path, this.#locked, this.#pages);
  }
}
