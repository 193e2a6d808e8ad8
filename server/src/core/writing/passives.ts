import type { StyleMatch } from './styleMatch';
import { isParticiple, isPastTense } from './verbs';
import { capitalize } from './words';

const AUXILIARY = /\b(am|is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:(\p{L}+ly)\s+)?(\p{L}+)\b/giu;
const STATIVE = new Set('based located interested experienced skilled motivated dedicated excited committed focused oriented involved tasked passionate married'.split(' '));
// "alerts that were raised", "a library where every book is derived": a clause about something else.
const RELATIVE = /\b(?:who|whom|which|that|whose|where|when|what)\s+(?:\S+\s+){0,2}$/i;
// A state or a plan, not an account of what was done: "is enabled", "are stored", "to be consumed", "being requested".
const NOT_NARRATIVE = new Set(['am', 'is', 'are', 'be', 'being']);
// "by the payments team", "by Cambridge BioMarketing": the doer is named. Not "by 40%" or "by rewriting …".
const AGENT = /^\s+by\s+(?!\p{N}|[$€£¥]|\p{L}+ing\b|(?:about|around|over|nearly|almost|half|a\s+(?:third|quarter|half|factor))\b)/iu;
// The author as the subject: "I was hired", "we were asked", "… and was promoted" in a sentence about "I".
const AUTHOR_SUBJECT = /(?:^|\b)(?:I|we)(?:\s+\p{L}+ly)?\s*$/u;

export interface PassiveContext {
  /** The text is a bullet whose first sentence opens with the author's verb ("Fixed the alerts that were …"). */
  readonly opensWithVerb: boolean;
}

/**
 * Passives that hide who did the work: a past form of "be" (or "get") and a participle in a main clause, with no
 * "by …" naming the doer ("The scripts were rewritten …"). Not flagged: relative and participle clauses about
 * others ("alerts that were raised by …", "thumbnails being requested"), states and plans ("is enabled in", "to be
 * consumed"), the author as the subject ("I was hired as …": the author is not hidden), and in a bullet that opens
 * with the author's verb, anything else in its first sentence — the main clause there is already active.
 */
export function findPassives(text: string, context: PassiveContext = { opensWithVerb: false }): StyleMatch[] {
  const out: StyleMatch[] = [];
  const firstSentenceEnd = context.opensWithVerb ? sentenceEnd(text, 0) : 0;
  AUXILIARY.lastIndex = 0;
  for (let match = AUXILIARY.exec(text); match; match = AUXILIARY.exec(text)) {
    const auxiliary = match[1]!.toLowerCase();
    const participle = match[3]!;
    AUXILIARY.lastIndex = match.index + match[1]!.length;
    if (!isParticiple(participle) || STATIVE.has(participle.toLowerCase()) || NOT_NARRATIVE.has(auxiliary)) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (start < firstSentenceEnd) continue;
    const before = text.slice(sentenceStart(text, start), start);
    if (RELATIVE.test(before.slice(-40)) || AGENT.test(text.slice(end)) || authorIsSubject(before)) continue;
    // A sentence opening with the passive itself ("Was promoted to lead …") has the author as its subject too.
    if (!/\p{L}/u.test(before)) continue;
    out.push({ start, end, text: match[0] });
  }
  return out;
}

/** The active verb a passive suggests ("was improved" → "Improved"), when its past tense is the participle. */
export function activeVerb(passive: string): string | undefined {
  const participle = passive.split(/\s+/).pop() ?? '';
  return isPastTense(participle) ? capitalize(participle.toLowerCase()) : undefined;
}

function authorIsSubject(sentence: string): boolean {
  if (AUTHOR_SUBJECT.test(sentence)) return true;
  // "I experienced … and was tasked to …": a verb joined to a clause whose subject is the author.
  return /^\s*(?:I|we)\s/u.test(sentence) && /\b(?:and|but|then)\s*$/i.test(sentence);
}

const BOUNDARY = /[.!?;]\s+(?=\S)|\n/g;

function sentenceEnd(text: string, from: number): number {
  BOUNDARY.lastIndex = from;
  const match = BOUNDARY.exec(text);
  return match ? match.index : text.length;
}

function sentenceStart(text: string, at: number): number {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match && match.index < at; match = BOUNDARY.exec(text)) start = match.index + match[0].length;
  return start;
}
