import * as vscode from 'vscode';
import { showAtTop, topLineOffset } from './editorScroll';
import type { EditHistory } from './editHistory';
import type { ToWebview } from './messages';
import { EditorScrollGuard } from './scrollSync';
import { editorOf } from './sourceEditor';

/** What the sync needs of its preview: which resume, the version of the page on screen, and how to post to it. */
export interface SyncedPage {
  resource(): vscode.Uri;
  /** The version of the page on screen (its data-src offsets are in that text), if one is shown. */
  pageVersion(): number | undefined;
  panelColumn(): vscode.ViewColumn | undefined;
  /** `vitae.preview.scrollSync`. */
  scrollSync(): boolean;
  post(message: ToWebview): void;
}

/**
 * The editor and the page, kept together both ways: the editor's scroll and cursor move the page; a click on the page
 * selects its source, a double click opens it, a scroll of the page brings its line to the editor's top. Offsets
 * move through the edits between the page's version and the editor's (`edits`).
 */
export class EditorSync {
  readonly #page: SyncedPage;
  readonly #edits: EditHistory;
  readonly #scroll = new EditorScrollGuard();
  readonly #clicks = new Map<number, Array<(found: boolean) => void>>();

  constructor(page: SyncedPage, edits: EditHistory) {
    this.#page = page;
    this.#edits = edits;
  }

  /** The resume's editor scrolled: bring the element of its first visible line to the top of the page (not an echo). */
  editorScrolled(editor: vscode.TextEditor): void {
    const top = editor.visibleRanges[0]?.start.line;
    if (top !== undefined && this.#scroll.byUser(top)) this.followEditor(editor);
  }

  /** Posts the offset of the editor's top line (moved into the page's text) for the page to scroll to. */
  followEditor(editor = editorOf(this.#page.resource())): void {
    const page = this.#page.pageVersion();
    const offset = editor && topLineOffset(editor);
    if (offset === undefined || page === undefined || !this.#page.scrollSync()) return;
    const moved = this.#edits.map(offset, offset, editor!.document.version, page);
    if (moved) this.#page.post({ type: 'scrollTo', offset: moved.start });
  }

  /** The reader scrolled the page to the element of `start` (in the page's text): show its line at the editor's top. */
  pageScrolled(start: number): void {
    const page = this.#page.pageVersion();
    const editor = editorOf(this.#page.resource());
    if (!editor || page === undefined || !this.#page.scrollSync()) return;
    const moved = this.#edits.map(start, start, page, editor.document.version);
    if (moved) showAtTop(editor, moved.start, this.#scroll);
  }

  /** The editor's cursor is at `offset`: highlight its element and scroll it into view. */
  cursorMoved(offset: number): void {
    this.#page.post({ type: 'reveal', offset });
  }

  revealActiveCursor(): void {
    const editor = editorOf(this.#page.resource());
    if (editor) this.cursorMoved(editor.document.offsetAt(editor.selection.active));
  }

  /** A click selects the element's source in the editor (focus stays on the page); a double click moves focus there. */
  async revealSource(start: number, end: number, focus: boolean): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.#page.resource());
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    const selection = focus ? new vscode.Selection(range.start, range.start) : new vscode.Selection(range.start, range.end);
    const editor = editorOf(this.#page.resource());
    this.#scroll.moving(); // the editor scrolls to the source: the page stays where the reader clicked
    if (editor && !focus) {
      editor.selection = selection;
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return;
    }
    const column = editor?.viewColumn ?? (this.#page.panelColumn() === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const shown = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: !focus, selection });
    shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Asks the page to click (or double click) the element for `offset`; resolves with whether it found one. */
  click(offset: number, double: boolean): Promise<boolean> {
    return new Promise((resolve) => {
      this.#clicks.set(offset, [...(this.#clicks.get(offset) ?? []), resolve]);
      this.#page.post({ type: 'click', offset, double });
    });
  }

  clicked(offset: number, found: boolean): void {
    const waiting = this.#clicks.get(offset);
    this.#clicks.delete(offset);
    for (const resolve of waiting ?? []) resolve(found);
  }

  dispose(): void {
    for (const waiting of this.#clicks.values()) for (const resolve of waiting) resolve(false);
    this.#clicks.clear();
  }
}
