/**
 * A posting as the extractor reads it: passages of plain text, each with the way back to offsets in the job file.
 * Plain text and Markdown are one passage, their own text; HTML is its visible text; a JSON Resume job file gives
 * one passage per string value, with the field it came from.
 */
export interface Passage {
  readonly text: string;
  /** Offsets in the job file of `text.slice(from, to)`. */
  span(from: number, to: number): [number, number];
  /** The job schema's field ("qualifications", "skills"…), for YAML and JSON job files. */
  readonly field?: string;
}

/** A passage that is the file's own text from `start` on. */
export function verbatim(text: string, start = 0, field?: string): Passage {
  return { text, span: (from, to) => [start + from, start + to], ...(field ? { field } : {}) };
}

/** A passage whose characters come from scattered offsets of the file (`origin[i]` for `text[i]`). */
export function mapped(text: string, origin: Int32Array | readonly number[]): Passage {
  const at = (i: number): number => origin[Math.min(Math.max(i, 0), origin.length - 1)] ?? 0;
  return { text, span: (from, to) => (to <= from ? [at(from), at(from)] : [at(from), at(to - 1) + 1]) };
}
