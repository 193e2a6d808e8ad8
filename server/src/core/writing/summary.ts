import { Caches } from '../caches';
import type { ResumeDocument } from '../document';
import { resumeSchema } from '../schema/resumeSchema';
import { suppressionsOf } from '../suppressions';
import { collectSchemaPairs, type SchemaPair } from '../yaml/walk';
import { collectWriting, type BulletSection, type WritingSource } from './bullets';
import { WritingCodes } from './codes';
import { ENGLISH } from './language';
import { NUMBERLESS } from './numberless';

/**
 * Figures for one entry's highlights: what the code lens above them shows ("3 of 5 bullets quantified"). Bullets
 * whose `bullet-no-metric` is silenced by a comment are left out, as in `WritingSummary.bullets`.
 */
export interface EntryWritingSummary {
  readonly section: BulletSection;
  readonly index: number;
  /** Offsets of the entry's `highlights` key. */
  readonly highlightsKeyStart: number;
  readonly highlightsKeyEnd: number;
  readonly bullets: number;
  readonly quantified: number;
}

/** Figures for a whole resume: the status bar and `vitae lint --summary`. */
export interface WritingSummary {
  /**
   * Non-empty highlights in work, volunteer and projects, except those whose `bullet-no-metric` is silenced by a
   * `# vitae-disable…` comment: the author said they need no number, so they count neither way.
   */
  readonly bullets: number;
  /** Of those, the bullets that state a quantity (those `bullet-no-metric` leaves alone). */
  readonly quantified: number;
  /** Bullets `bullet-weak-opener` reports and no comment silences. */
  readonly weakOpeners: number;
  /** Words a reader sees (what `resume-length` counts). */
  readonly words: number;
  /** Entries that have a `highlights` key, in document order. */
  readonly entries: readonly EntryWritingSummary[];
  /** The language the resume is written in (ISO 639-3, `language.ts`): the weak openers are counted only in English. */
  readonly language: string;
}

/** The figures the status bar and `vitae lint --summary` show: the language only when it is not English. */
export interface WritingFigures {
  readonly bullets: number;
  readonly quantified: number;
  readonly weakOpeners: number;
  readonly words: number;
  /** ISO 639-3 ("fra"), when the resume is written in another language than English. */
  readonly language?: string;
}

export function writingFigures({ bullets, quantified, weakOpeners, words, language }: WritingSummary): WritingFigures {
  return { bullets, quantified, weakOpeners, words, ...(language === ENGLISH ? {} : { language }) };
}

const sources = new WeakMap<ResumeDocument, WritingSource>();

/**
 * Counts bullets, quantified bullets and weak openers with the same collection and per-text facts as the rules,
 * so the figures always agree with the diagnostics. `caches` (for a document): the service's, as for a lint.
 */
export function summarizeWriting(from: WritingSource | ResumeDocument, caches = new Caches()): WritingSummary {
  const source = 'schemaPairs' in from ? from : sourceOf(from, caches);
  const writing = collectWriting(source);
  const suppressions = suppressionsOf(source.doc);
  let bullets = 0;
  let quantified = 0;
  let weakOpeners = 0;
  const entries: EntryWritingSummary[] = [];
  for (const entry of writing.entries) {
    let entryBullets = 0;
    let entryQuantified = 0;
    for (const bullet of entry.bullets) {
      const { facts } = bullet;
      if (facts.blank) continue;
      const weak = facts.opener.weak;
      // As bullet-weak-opener judges: only in a resume written in English.
      if (weak && writing.language === ENGLISH && !suppressions.silences(WritingCodes.weakOpener, bullet.span(weak.start, weak.end)[0])) weakOpeners++;
      // Counted as bullet-no-metric judges: a silenced bullet, or one in a script it does not read, is not unquantified.
      if (!facts.latin || suppressions.silences(WritingCodes.noMetric, bullet.trimmedSpan[0])) continue;
      // Nor is one a number would not fit: a heading, keywords, a qualification, a pointer to an article.
      if (!facts.metric && facts.get(NUMBERLESS)) continue;
      entryBullets++;
      if (facts.metric) entryQuantified++;
    }
    bullets += entryBullets;
    quantified += entryQuantified;
    if (entry.highlightsKey) {
      const [highlightsKeyStart, highlightsKeyEnd] = entry.highlightsKey;
      entries.push({ section: entry.section, index: entry.index, highlightsKeyStart, highlightsKeyEnd, bullets: entryBullets, quantified: entryQuantified });
    }
  }
  return { bullets, quantified, weakOpeners, words: writing.words, entries, language: writing.language };
}

/** The language a document version is written in, as the checks read it (collected once per version). */
export function writingLanguage(doc: ResumeDocument, caches: Caches): string {
  return collectWriting(sourceOf(doc, caches)).language;
}

// A document version belongs to one service, so its source keeps the caches it was first summarised with.
function sourceOf(doc: ResumeDocument, caches: Caches): WritingSource {
  let source = sources.get(doc);
  if (!source) {
    let pairs: SchemaPair[] | undefined;
    source = { doc, caches, schemaPairs: () => (pairs ??= doc.refused ? [] : collectSchemaPairs(doc.yaml.contents, resumeSchema)) };
    sources.set(doc, source);
  }
  return source;
}
