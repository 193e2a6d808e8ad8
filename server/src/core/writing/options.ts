/** An inclusive range of counts; a count outside it is reported. */
export interface CountRange {
  readonly min: number;
  readonly max: number;
}

/** Thresholds of the writing rules, from settings or the project config file. */
export interface WritingOptions {
  /** Words per bullet (`bullet-length`). */
  readonly bulletWords?: Partial<CountRange>;
  /** Bullets per work entry (`entry-bullet-count`). */
  readonly bulletsPerEntry?: Partial<CountRange>;
  /** Words in the whole resume (`resume-length`). */
  readonly resumeWords?: Partial<CountRange>;
}

export interface ResolvedWritingOptions {
  readonly bulletWords: CountRange;
  readonly bulletsPerEntry: CountRange;
  readonly resumeWords: CountRange;
}

/** Recruiters skim: a bullet is one line or two, a role shows 3–6 results, a resume fills one or two pages. */
export const DEFAULT_WRITING_OPTIONS: ResolvedWritingOptions = {
  bulletWords: { min: 5, max: 35 },
  bulletsPerEntry: { min: 3, max: 6 },
  resumeWords: { min: 400, max: 1600 },
};

/** The options a rule context carries (once the context has a `writing` field), filled in with the defaults. */
export function writingOptions(source: object): ResolvedWritingOptions {
  const given = (source as { writing?: WritingOptions }).writing;
  if (!given) return DEFAULT_WRITING_OPTIONS;
  return {
    bulletWords: range(given.bulletWords, DEFAULT_WRITING_OPTIONS.bulletWords),
    bulletsPerEntry: range(given.bulletsPerEntry, DEFAULT_WRITING_OPTIONS.bulletsPerEntry),
    resumeWords: range(given.resumeWords, DEFAULT_WRITING_OPTIONS.resumeWords),
  };
}

// Settings come from users' JSON: anything that is not a non-negative number falls back to the default.
function range(given: Partial<CountRange> | undefined, fallback: CountRange): CountRange {
  const pick = (value: unknown, otherwise: number): number =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : otherwise;
  return { min: pick(given?.min, fallback.min), max: pick(given?.max, fallback.max) };
}
