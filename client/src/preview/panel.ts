import * as vscode from 'vscode';
import { paperLayout } from '../../../server/src/core/design';
import { BUILT_IN_THEME, type RenderParams, type RenderResult } from '../../../server/src/protocol';
import type { BannerState, ClickedMessage, FromWebview, PaintedMessage, ProblemMark, ToWebview } from './messages';
import { createNonce, pageLook, previewPage } from './page';
import { PageProblems } from './problems';
import { RenderQueue } from './renderQueue';
import { showAtTop, topLineOffset } from './editorScroll';
import { EditorScrollGuard } from './scrollSync';
import { previewSettings, renderParams } from './settings';
import { isResume } from '../resumeLanguage';

export const PREVIEW_VIEW_TYPE = 'vitae.preview';

/** What a preview needs from the extension: the language server's renderer and a place to report. */
export interface PreviewHost {
  readonly extensionUri: vscode.Uri;
  /** Sends `vitae/render` once the language server is ready. */
  render(params: RenderParams): Promise<RenderResult | null>;
  /** The URI as the language server spells it. */
  protocolUri(uri: vscode.Uri): string;
  log(message: string): void;
  /** The webview painted a render (or a decoration change). */
  painted(preview: Preview, message: PaintedMessage): void;
  /** The panel became active or inactive. */
  focusChanged(preview: Preview): void;
}

/** What `webview.html` was last built from: a change to any of it writes a new page instead of patching. */
interface PageKey {
  readonly resource: string;
  readonly theme: string;
  readonly styles: string;
  /** A theme page's `<html>` and `<body>` attributes. */
  readonly attributes: string;
  readonly design: string;
  readonly settings: string;
}

/** One preview panel showing one resume, rendered by the language server and patched in place on every change. */
export class Preview implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  readonly #host: PreviewHost;
  readonly #queue = new RenderQueue(() => this.#renderLatest());
  readonly #subscriptions: vscode.Disposable[] = [];
  readonly #clicks = new Map<number, Array<(found: boolean) => void>>();
  readonly #disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.#disposed.event;
  #resource: vscode.Uri;
  #locked: boolean;
  /** Bumped when the preview switches to another resume, so answers about the previous one are dropped. */
  #generation = 0;
  #page: PageKey | undefined;
  #shownVersion = -1;
  #lastGood: RenderResult | undefined;
  #banner: BannerState = {};
  /** Re-renders asked for because the server answered with an older version than the editor has. */
  #catchUps = 0;
  #lastPaint: PaintedMessage | undefined;
  /** Paper mode: how many pages the PDF will have, shown in the title. */
  #pages: number | undefined;
  /** The problems and recent edits of the resume, to put problems and scroll positions on the page's text. */
  readonly #problems = new PageProblems(() => vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === this.#resource.toString()));
  readonly #editorScroll = new EditorScrollGuard();

  constructor(panel: vscode.WebviewPanel, host: PreviewHost, resource: vscode.Uri, locked: boolean) {
    this.panel = panel;
    this.#host = host;
    this.#resource = resource;
    this.#locked = locked;
    panel.webview.options = {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(host.extensionUri, 'dist'), vscode.Uri.joinPath(host.extensionUri, 'media')],
    };
    panel.iconPath = vscode.Uri.joinPath(host.extensionUri, 'media', 'icon.png');
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

  /** What the webview last reported it painted. */
  get lastPaint(): PaintedMessage | undefined {
    return this.#lastPaint;
  }

  /** Shows another resume in this panel. */
  show(resource: vscode.Uri): void {
    if (resource.toString() === this.#resource.toString()) return;
    this.#resource = resource;
    this.#generation++;
    this.#page = undefined;
    this.#shownVersion = -1;
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
    this.#queue.request();
  }

  /** Resolves once no render is in flight or waiting. */
  idle(): Promise<void> {
    return this.#queue.idle();
  }

  /** The resume was edited: `changes` (in order) made `version`. */
  edited(version: number, changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
    this.#problems.edited(version, changes);
    this.refresh();
  }

  problemsChanged(): void {
    this.#problems.changed();
    const version = this.#lastGood?.version;
    if (version !== undefined) this.#post({ type: 'problems', problems: this.#problemsAt(version), version });
  }

  /** The editor's cursor is at `offset` of this resume. */
  cursorMoved(offset: number): void {
    this.#post({ type: 'reveal', offset });
  }

  /** The resume's editor scrolled: bring the element of its first visible line to the top of the page. */
  editorScrolled(editor: vscode.TextEditor): void {
    const top = editor.visibleRanges[0]?.start.line;
    if (top !== undefined && this.#editorScroll.byUser(top)) this.#followEditor(editor);
  }

  /** Scrolls the page as a reader would, so the element of `offset` is at its top (for end-to-end tests). */
  scrollAsReader(offset: number): void {
    this.#post({ type: 'scroll', offset });
  }

  /** Asks the webview to click (or double click) the element for `offset`; resolves with whether it found one. */
  click(offset: number, double: boolean): Promise<boolean> {
    return new Promise((resolve) => {
      const waiting = this.#clicks.get(offset) ?? [];
      waiting.push(resolve);
      this.#clicks.set(offset, waiting);
      this.#post({ type: 'click', offset, double });
    });
  }

  dispose(): void {
    this.#queue.dispose();
    for (const subscription of this.#subscriptions.splice(0)) subscription.dispose();
    for (const waiting of this.#clicks.values()) for (const resolve of waiting) resolve(false);
    this.#clicks.clear();
    this.panel.dispose();
    this.#disposed.fire();
    this.#disposed.dispose();
  }

  async #renderLatest(): Promise<void> {
    const generation = this.#generation;
    const resource = this.#resource;
    const settings = previewSettings(resource);
    let result: RenderResult | null;
    try {
      const document = await vscode.workspace.openTextDocument(resource);
      if (!isResume(document)) {
        this.#fail('This file is not open as a resume. Run "Vitae: Treat This File as a Resume" to preview it.');
        return;
      }
      result = await this.#host.render(renderParams(this.#host.protocolUri(resource), settings));
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#host.log(`preview of ${resource.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
      this.#fail('The language server could not render this resume. See the "Vitae" output for details.');
      return;
    }
    if (generation !== this.#generation) return; // about the resume this panel showed before
    if (result === null) {
      // The server has not been sent the document yet (it was opened a moment ago): ask again, a few times.
      if (this.#catchUps++ < 5) this.#queue.request();
      else this.#fail('The language server does not have this resume open. Close the preview and open it again.');
      return;
    }
    if (result.version < this.#shownVersion) return; // stale
    this.#apply(result);
    this.#catchUp(result.version);
  }

  /** The request may have overtaken the editor's last change on its way to the server: ask again, a few times. */
  #catchUp(rendered: number): void {
    const current = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === this.#resource.toString())?.version;
    if (current !== undefined && current > rendered && this.#catchUps < 5) {
      this.#catchUps++;
      this.#queue.request();
    } else {
      this.#catchUps = 0;
    }
  }

  #apply(result: RenderResult): void {
    this.#shownVersion = result.version;
    this.#banner = {
      ...(result.problem ? { problem: result.problem } : {}),
      ...(result.themeMessage ? { themeMessage: result.themeMessage } : {}),
    };
    if (result.html !== undefined) this.#lastGood = result;
    const shown = this.#lastGood;
    const key: PageKey = {
      resource: this.#resource.toString(),
      theme: shown?.theme ?? result.theme,
      styles: JSON.stringify(shown?.styles ?? []),
      attributes: JSON.stringify(shown?.themeAttributes ?? {}),
      design: shown?.designCss ?? '',
      settings: pageSettings(this.#resource),
    };
    if (this.#page && samePage(this.#page, key)) {
      const page = result.html !== undefined ? { html: result.html, problems: this.#problemsAt(result.version) } : {};
      this.#post({ type: 'update', version: result.version, ...page, ...this.#banner });
      if (this.#lastGood) this.#problems.forgetBefore(this.#lastGood.version);
      return;
    }
    this.#page = key;
    this.#writePage(result.version);
  }

  /** Writes a whole new page (the first render, another theme or settings); every later render patches it. */
  #writePage(version: number): void {
    const webview = this.panel.webview;
    const settings = previewSettings(this.#resource);
    const shown = this.#lastGood;
    const builtIn = (shown?.theme ?? BUILT_IN_THEME) === BUILT_IN_THEME;
    const paper = builtIn && settings.paper !== 'off' && shown?.design ? { paper: paperLayout(shown.design) } : {};
    const media = (...path: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(this.#host.extensionUri, ...path)).toString();
    webview.html = previewPage({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: media('dist', 'preview.js'),
      ...pageLook(shown, settings, media),
      allowRemoteImages: settings.allowRemoteImages,
      body: shown?.html ?? '',
      state: { version, ...(shown ? { pageVersion: shown.version } : {}), problems: shown ? this.#problemsAt(shown.version) : [], persisted: { uri: this.#resource.toString(), locked: this.#locked }, ...this.#banner, ...paper },
    });
  }

  #fail(message: string): void {
    this.#banner = { themeMessage: message };
    if (this.#page) this.#post({ type: 'update', version: this.#shownVersion, ...this.#banner });
    else {
      this.#page = { resource: this.#resource.toString(), theme: BUILT_IN_THEME, styles: '[]', attributes: '{}', design: '', settings: '' };
      this.#writePage(this.#shownVersion);
    }
  }

  /** The resume's problems in the text of `version` (the page's), unless `vitae.preview.showProblems` is off. */
  #problemsAt(version: number): ProblemMark[] {
    return previewSettings(this.#resource).showProblems ? this.#problems.at(version) : [];
  }

  async #receive(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A (re)loaded page, e.g. after the panel was hidden: bring it to the newest render and decorations.
        if (this.#lastGood?.html !== undefined) {
          const page = this.#lastGood.version;
          this.#post({ type: 'update', version: this.#shownVersion, pageVersion: page, html: this.#lastGood.html, problems: this.#problemsAt(page), ...this.#banner });
        }
        this.problemsChanged();
        this.#followEditor(vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.#resource.toString()));
        this.#revealActiveCursor();
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
        this.#resolveClick(message);
        return;
      case 'scrolled':
        this.#showAtEditorTop(message.start);
        return;
      case 'select':
      case 'open':
        await this.#revealSource(message.start, message.end, message.type === 'open');
        return;
    }
  }

  #resolveClick(message: ClickedMessage): void {
    const waiting = this.#clicks.get(message.offset);
    this.#clicks.delete(message.offset);
    for (const resolve of waiting ?? []) resolve(message.found);
  }

  /** Posts the offset of the editor's top line (moved into the page's text) for the page to scroll to. */
  #followEditor(editor: vscode.TextEditor | undefined): void {
    const page = this.#lastGood?.version;
    const offset = editor && topLineOffset(editor);
    if (offset === undefined || page === undefined || !previewSettings(this.#resource).scrollSync) return;
    const moved = this.#problems.edits.map(offset, offset, editor!.document.version, page);
    if (moved) this.#post({ type: 'scrollTo', offset: moved.start });
  }

  /** The reader scrolled the page to the element of `start` (in the page's text): show its line at the editor's top. */
  #showAtEditorTop(start: number): void {
    const page = this.#lastGood?.version;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.#resource.toString());
    if (!editor || page === undefined || !previewSettings(this.#resource).scrollSync) return;
    const moved = this.#problems.edits.map(start, start, page, editor.document.version);
    if (moved) showAtTop(editor, moved.start, this.#editorScroll);
  }

  #revealActiveCursor(): void {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.#resource.toString());
    if (editor) this.cursorMoved(editor.document.offsetAt(editor.selection.active));
  }

  /** A click selects the element's source in the editor (focus stays here); a double click moves focus there. */
  async #revealSource(start: number, end: number, focus: boolean): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.#resource);
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    const selection = focus ? new vscode.Selection(range.start, range.start) : new vscode.Selection(range.start, range.end);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.#resource.toString());
    this.#editorScroll.moving(); // the editor scrolls to the source: the page stays where the reader clicked
    if (editor && !focus) {
      editor.selection = selection;
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return;
    }
    const column = editor?.viewColumn ?? otherColumn(this.panel.viewColumn);
    const shown = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: !focus, selection });
    shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  #post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  #updateTitle(): void {
    const name = this.#resource.path.split('/').pop() ?? 'resume';
    const pages = this.#pages === undefined ? '' : ` · ${this.#pages === 1 ? '1 page' : `${this.#pages} pages`}`;
    this.panel.title = `${this.#locked ? `[Preview] ${name}` : `Preview ${name}`}${pages}`;
  }
}

/** The settings that change the page itself (its CSP, its body classes); the others only change messages. */
function pageSettings(resource: vscode.Uri): string {
  const { paper, allowRemoteImages, editorColors } = previewSettings(resource);
  return JSON.stringify({ paper, allowRemoteImages, editorColors });
}

function samePage(a: PageKey, b: PageKey): boolean {
  return (Object.keys(a) as Array<keyof PageKey>).every((key) => a[key] === b[key]);
}

/** The column beside the preview, for an editor opened from it. */
function otherColumn(column: vscode.ViewColumn | undefined): vscode.ViewColumn {
  return column === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
}
