/**
 * The extension's half of scroll sync, pure (no `vscode`), so it is unit-tested directly: which line of the editor
 * counts as its top, and which visible-range changes are the user's rather than the echo of the preview's own.
 */

/** What decides how far below the editor's top `revealRange(…, AtTop)` puts a line (VS Code's editor options). */
export interface RevealOptions {
  /** `editor.cursorSurroundingLines`. */
  readonly cursorSurroundingLines: number;
  /** `editor.stickyScroll.enabled`. */
  readonly stickyScroll: boolean;
  /** `editor.stickyScroll.maxLineCount`. */
  readonly stickyLines: number;
}

/**
 * The lines VS Code leaves above a line revealed "at top": room for the sticky-scroll headers (or
 * `cursorSurroundingLines`), at most half the editor. The line the reader sees first sits that far below the
 * editor's first visible line, which the headers cover.
 */
export function revealPadding(visibleLines: number, options: RevealOptions): number {
  const room = Math.max(options.cursorSurroundingLines, options.stickyScroll ? options.stickyLines : 0);
  return Math.floor(Math.min(visibleLines / 2, room));
}

/** The line the reader sees at the top of an editor scrolled to `firstVisible` (nothing covers the file's start). */
export function readingLine(firstVisible: number, padding: number): number {
  return firstVisible === 0 ? 0 : firstVisible + padding;
}

/** The first visible line once `line` is revealed at the top. */
export function firstVisibleFor(line: number, padding: number): number {
  return Math.max(0, line - padding);
}

/** Tells a visible-range change the user made from the one the preview caused by moving the editor itself. */
export class EditorScrollGuard {
  /** Any change this soon after the preview moved the editor is the editor settling. */
  static readonly ECHO_MS = 300;
  /** The change to the expected line is the echo if it comes this soon (a busy machine delays it). */
  static readonly SETTLE_MS = 1500;
  #movedAt = -Infinity;
  #expectedTop: number | undefined;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** The preview is about to move the editor, to `firstVisible` as its first visible line when known. */
  moving(firstVisible?: number): void {
    this.#movedAt = this.#now();
    this.#expectedTop = firstVisible;
  }

  /** Whether the editor scrolled to `firstVisible` by the user's doing (so the preview should follow). */
  byUser(firstVisible: number): boolean {
    const since = this.#now() - this.#movedAt;
    if (this.#expectedTop !== undefined && since < EditorScrollGuard.SETTLE_MS && firstVisible === this.#expectedTop) {
      this.#expectedTop = undefined;
      return false;
    }
    return since >= EditorScrollGuard.ECHO_MS;
  }
}
