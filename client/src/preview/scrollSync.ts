/**
 * The extension's half of scroll sync: tells a visible-range change the user made from the one the preview caused
 * by moving the editor itself (a scroll of the page shown at the editor's top, a click selecting a source), so the
 * preview never follows its own echo. Pure (no `vscode`), so it is unit-tested directly.
 */
export class EditorScrollGuard {
  /** A visible-range change this soon after the preview moved the editor is taken as the editor settling. */
  static readonly ECHO_MS = 300;
  #movedAt = -Infinity;
  #expectedTop: number | undefined;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** The preview is about to move the editor, to `topLine` at its top when known. */
  moving(topLine?: number): void {
    this.#movedAt = this.#now();
    this.#expectedTop = topLine;
  }

  /** Whether the editor scrolled to `topLine` by the user's doing (so the preview should follow). */
  byUser(topLine: number): boolean {
    if (this.#expectedTop !== undefined && this.#expectedTop === topLine) {
      this.#expectedTop = undefined;
      return false;
    }
    return this.#now() - this.#movedAt >= EditorScrollGuard.ECHO_MS;
  }
}
