/**
 * The edits between recent versions of one document, to move offsets from one version's text to another's. The
 * preview needs it because the page on screen and the diagnostics are rarely of the same version: while the YAML is
 * broken the page stays the last good render, and diagnostics arrive a moment after each keystroke. Pure (no
 * `vscode`), so it is unit-tested directly.
 */

/** One replacement, in the text as it was just before it: `removed` characters at `offset` became `inserted` ones. */
export interface Edit {
  readonly offset: number;
  readonly removed: number;
  readonly inserted: number;
}

/** Keeps at most this many versions: enough for a long stretch of typing with the YAML broken. */
const MAX_STEPS = 2000;

export class EditHistory {
  /** The edits that made each version from the one before, applied one after another (as VS Code reports them). */
  readonly #steps = new Map<number, readonly Edit[]>();

  /** `version` was made from `version - 1` by applying `edits` in order. */
  record(version: number, edits: readonly Edit[]): void {
    this.#steps.set(version, edits);
    if (this.#steps.size > MAX_STEPS) this.#steps.delete(this.#steps.keys().next().value!);
  }

  /** Forgets the edits that made versions up to `version`: nothing will be mapped from before it any more. */
  forgetUpTo(version: number): void {
    for (const step of [...this.#steps.keys()]) if (step <= version) this.#steps.delete(step);
  }

  clear(): void {
    this.#steps.clear();
  }

  /**
   * Where the text at `start`–`end` of version `from` is in version `to`; undefined when an edit in between
   * replaced part of it (or inserted into it, going back), or when an edit in between is not known.
   */
  map(start: number, end: number, from: number, to: number): Span | undefined {
    let range: Span | undefined = { start, end };
    const going = from < to ? 1 : -1;
    // Forward, each version's edits in order; back, each version's edits undone from the last.
    for (let version = from < to ? from + 1 : from; range && (from < to ? version <= to : version > to); version += going) {
      const edits = this.#steps.get(version);
      if (!edits) return undefined;
      for (let i = 0; i < edits.length && range; i++) {
        range = going > 0 ? forward(range, edits[i]!) : backward(range, edits[edits.length - 1 - i]!);
      }
    }
    return range;
  }
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Through one edit, old text to new: text the edit replaced is gone; text after it moves. */
function forward(range: Span, edit: Edit): Span | undefined {
  const replacedEnd = edit.offset + edit.removed;
  if (range.start < replacedEnd && range.end > edit.offset) return undefined; // overlaps what was replaced
  if (edit.removed === 0 && range.start < edit.offset && range.end > edit.offset) return undefined; // typed inside it
  const shift = edit.inserted - edit.removed;
  return range.start >= replacedEnd ? { start: range.start + shift, end: range.end + shift } : range;
}

/** Through one edit, new text to old: the inverse of `forward`. */
function backward(range: Span, edit: Edit): Span | undefined {
  return forward(range, { offset: edit.offset, removed: edit.inserted, inserted: edit.removed });
}
