/**
 * At most one render in flight and at most one waiting. A burst of keystrokes while a render runs collapses
 * into a single follow-up render, which asks for the text as it is by then: the latest text only, never a queue of
 * stale versions, and no fixed delay (a lone keystroke renders at once).
 */
export class RenderQueue {
  readonly #run: () => Promise<void>;
  #running: Promise<void> | undefined;
  #pending = false;
  #disposed = false;

  constructor(run: () => Promise<void>) {
    this.#run = run;
  }

  /** Asks for a render of the latest text. */
  request(): void {
    if (this.#disposed) return;
    if (this.#running) {
      this.#pending = true;
      return;
    }
    this.#running = this.#loop();
  }

  /** Resolves when nothing is in flight or waiting (for tests and exports that want the newest page). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  get busy(): boolean {
    return this.#running !== undefined;
  }

  dispose(): void {
    this.#disposed = true;
    this.#pending = false;
  }

  async #loop(): Promise<void> {
    try {
      do {
        this.#pending = false;
        try {
          await this.#run();
        } catch {
          // The runner reports its own failures; a failed render must not stop the next one.
        }
      } while (this.#pending && !this.#disposed);
    } finally {
      this.#running = undefined;
    }
  }
}
