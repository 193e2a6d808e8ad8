import type { SeverityName } from './codes';

/** A mechanical fix: replace the finding's span (or the given span) with `newText`. */
export interface Fix {
  readonly title: string;
  readonly newText: string;
  /** Offsets of the text to replace; defaults to the finding's own span. */
  readonly span?: readonly [number, number];
  /**
   * The one right answer, which needs no one's judgement (a date in ISO 8601, a URL's scheme, a name's casing):
   * applied without asking by Fix All (`source.fixAll.vitae`) and `vitae lint --fix`. Fixes that choose among
   * readings (a key's likely name, a group for a skill) or rewrite prose are offered one at a time.
   */
  readonly auto?: true;
}

/** What a rule reports, in offsets. The language service turns findings into LSP diagnostics at the edge. */
export interface Finding {
  readonly code: string;
  readonly severity: SeverityName;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** For `unknown-key`: the key the author probably meant. */
  readonly suggestion?: string;
  readonly fixes?: readonly Fix[];
  readonly unnecessary?: boolean;
  /** For `tech-name`: the technology's name as its project writes it. */
  readonly canonical?: string;
}
