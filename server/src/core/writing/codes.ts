/** Stable codes of the writing-quality rules; documented in docs/rules/<code>.md, never renamed once released. */
export const WritingCodes = {
  noMetric: 'bullet-no-metric',
  weakOpener: 'bullet-weak-opener',
  pronoun: 'bullet-pronoun',
  passive: 'bullet-passive',
  filler: 'bullet-filler',
  length: 'bullet-length',
  repeatedVerb: 'bullet-repeated-verb',
  tense: 'bullet-tense',
  entryBulletCount: 'entry-bullet-count',
  entryNoBullets: 'entry-no-bullets',
  resumeLength: 'resume-length',
} as const;

export type WritingCode = (typeof WritingCodes)[keyof typeof WritingCodes];
