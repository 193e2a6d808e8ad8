import type { ResumeDocument } from '../document';
import { resumeSchema } from '../schema/resumeSchema';
import { collectSchemaPairs, type SchemaPair } from '../yaml/walk';
import { collectWriting, type BulletSection, type WritingSource } from './bullets';

/** Figures for one entry's highlights: what the code lens above them shows ("3 of 5 bullets quantified"). */
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
  /** Non-empty highlights in work, volunteer and projects. */
  readonly bullets: number;
  /** Bullets that state a quantity (those `bullet-no-metric` leaves alone). */
  readonly quantified: number;
  /** Bullets `bullet-weak-opener` reports. */
  readonly weakOpeners: number;
  /** Words a reader sees (what `resume-length` counts). */
  readonly words: number;
  /** Entries that have a `highlights` key, in document order. */
  readonly entries: readonly EntryWritingSummary[];
}

const sources = new WeakMap<ResumeDocument, WritingSource>();

/**
 * Counts bullets, quantified bullets and weak openers with the same collection and per-text facts as the rules,
 * so the figures always agree with the diagnostics.
 */
export function summarizeWriting(from: WritingSource | ResumeDocument): WritingSummary {
  const writing = collectWriting('schemaPairs' in from ? from : sourceOf(from));
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
      entryBullets++;
      if (facts.metric) entryQuantified++;
      if (facts.opener.weak) weakOpeners++;
    }
    bullets += entryBullets;
    quantified += entryQuantified;
    if (entry.highlightsKey) {
      const [highlightsKeyStart, highlightsKeyEnd] = entry.highlightsKey;
      entries.push({ section: entry.section, index: entry.index, highlightsKeyStart, highlightsKeyEnd, bullets: entryBullets, quantified: entryQuantified });
    }
  }
  return { bullets, quantified, weakOpeners, words: writing.words, entries };
}

function sourceOf(doc: ResumeDocument): WritingSource {
  let source = sources.get(doc);
  if (!source) {
    let pairs: SchemaPair[] | undefined;
    source = { doc, schemaPairs: () => (pairs ??= doc.refused ? [] : collectSchemaPairs(doc.yaml.contents, resumeSchema)) };
    sources.set(doc, source);
  }
  return source;
}
