import type { StyleMatch } from './styleMatch';
import { baseForm, isPastTense } from './verbs';
import { FILLERS_WORDS } from './words.generated';
import { capitalize } from './words';

export type FillerKind = 'vague' | 'cliche' | 'wordy' | 'empty' | 'intensifier' | 'hedge';

export interface Filler extends StyleMatch {
  readonly kind: FillerKind;
  /** What to write instead, when there is a plain equivalent. */
  readonly instead?: string;
}

/** Plain equivalents of wordy phrases: "in order to" → "to", "utilized" → "used". */
const PLAIN: ReadonlyMap<string, string> = new Map([
  ['in order to', 'to'],
  ...['utilize', 'utilise'].flatMap((stem): Array<[string, string]> => [
    [stem, 'use'],
    [`${stem}s`, 'uses'],
    [`${stem}d`, 'used'],
    [`${stem.slice(0, -1)}ing`, 'using'],
  ]),
]);

const key = (words: string): string => words.toLowerCase().replace(/[-\s]+/g, ' ');
const KINDS = new Map<string, FillerKind | 'etc'>();
const lists: ReadonlyArray<readonly [FillerKind | 'etc', Iterable<string>]> = [
  ['vague', FILLERS_WORDS.vague],
  ['etc', FILLERS_WORDS.etc],
  ['cliche', FILLERS_WORDS.cliche],
  ['empty', FILLERS_WORDS.empty],
  ['intensifier', FILLERS_WORDS.intensifier],
  ['hedge', FILLERS_WORDS.hedge],
  ['wordy', PLAIN.keys()],
];
for (const [kind, words] of lists) for (const words_ of words) KINDS.set(key(words_), kind);

const escape = (words: string): string => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]+/g, '[- ]');
// Longest first, so that "a wide variety of" wins over "a variety of" and "a sort of" over "sort of".
const FILLER = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${[...KINDS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`,
  'giu',
);

/** Vague words, clichés, padding, intensifiers and hedges; wordy phrases have plain equivalents, padding can go. */
export function findFillers(text: string): Filler[] {
  const out: Filler[] = [];
  FILLER.lastIndex = 0;
  for (let match = FILLER.exec(text); match; match = FILLER.exec(text)) {
    const words = match[0];
    const lower = key(words);
    const listed = KINDS.get(lower);
    if (!listed) continue;
    const start = match.index;
    const end = start + words.length;
    if (isNamePart(text, start, words)) continue;
    if (listed === 'etc') {
      if (lower.startsWith('etc') || endsList(text, end)) out.push({ start, end, text: words, kind: 'vague' });
      continue;
    }
    const kind = listed;
    const plain = PLAIN.get(lower);
    if (plain) {
      const newText = /^\p{Lu}/u.test(words) ? capitalize(plain) : plain;
      out.push({ start, end, text: words, kind, instead: plain, edit: { start, end, newText } });
    } else if (kind === 'empty' || kind === 'intensifier') {
      if (lower !== 'successfully' && !padsAVerb(text, start, end, kind)) continue;
      out.push({ start, end, text: words, kind, ...dropWord(text, start, end) });
    } else if (kind === 'hedge' && namesAKind(text, start)) {
      continue;
    } else if (kind === 'vague' && (adjectivalVery(text, start, lower) || namedAfter(text, end))) {
      continue;
    } else {
      out.push({ start, end, text: words, kind });
    }
  }
  return out;
}

// "Stranger Things", "Many Eyes": a capital inside a sentence makes the word part of a name.
function isNamePart(text: string, start: number, word: string): boolean {
  return /^\p{Lu}/u.test(word) && /[\p{L}\p{N},;:)]\s+$/u.test(text.slice(Math.max(0, start - 3), start)) && !/[.!?]\s+$/.test(text.slice(0, start));
}

// "by its very nature", "the very first day": between a determiner and such a noun "very" means "exact", not "to a
// high degree" ("the very basic grammar" is still vague).
const EXACT = /^\s+(?:nature|end|beginning|start|moment|idea|thing|heart|core|essence|top|bottom|first|last|least|best|same|day|fact|definition|purpose)\b/i;
function adjectivalVery(text: string, start: number, lower: string): boolean {
  return lower === 'very' && /\b(?:the|its|this|that|his|her|their|our|my|your)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && EXACT.test(text.slice(start + 4));
}

// "a variety of frameworks including Meteor, Backbone and Angular", "multiple sources (CSV, TXT)", "several
// projects on GitHub: Ember, Homebrew": the things are named right after, so nothing is left to guess.
const NAMED = /^[^.;]{0,50}?(?:\b(?:including|such as|like|namely|e\.g\.)|[:(])\s*[^\s,;.]+(?:\s+[^\s,;.]+){0,3}\s*(?:,|\band\b|&)/iu;
const namedAfter = (text: string, end: number): boolean => NAMED.test(text.slice(end, end + 120));

// "and others" ends a list only before punctuation, the end, or a preposition: "Redis, Memcached and others for
// the session store"; not "and others' stories", not "and more powerful".
const LIST_END = /^(?:\s*(?:[.,;:)!?]|$)|\s+(?:for|in|to|with|on|at|from|across|into|via|using|as)\b)/i;
const endsList = (text: string, end: number): boolean => LIST_END.test(text.slice(end, end + 12));

// "this kind of bug", "the sort of thing", "a new kind of index": a kind named, not a hedge.
const KIND_NAMED = /\b(?:this|that|these|those|what|which|any|every|each|the|same|new|different|one|another|some|no|its|their|our|my|his|her|your|all|other|first|right|wrong)\s+$/i;
const namesAKind = (text: string, start: number): boolean => KIND_NAMED.test(text.slice(Math.max(0, start - 12), start));

// "Actively contributed", "by effectively managing", "and efficiently resolved": an adverb padding the author's verb,
// where a verb of the author's stands — at the start, after "and", "by", a comma. Not "an actively maintained
// library" or "kept the fork effectively closed" (they describe a thing), nor "substantially all assets" ("nearly
// all"). An intensifier may pad an adjective too: "extremely fast".
const DESCRIBING = /\b(?:a|an|the|this|that|its|their|our|my|your|his|her|is|are|was|were|be|been|being)\s+$/i;
const QUANTIFYING = /^\s+(?:all|every|each|the same|identical|similar|equivalent|equal)\b/i;
const VERB_PLACE = /(?:^|[.!?;,:]|\b(?:and|or|but|then|by|while|also|I|we))\s*$/u;
function padsAVerb(text: string, start: number, end: number, kind: FillerKind): boolean {
  if (DESCRIBING.test(text.slice(Math.max(0, start - 8), start)) || QUANTIFYING.test(text.slice(end, end + 16))) return false;
  if (kind === 'intensifier') return true;
  if (!VERB_PLACE.test(text.slice(Math.max(0, start - 8), start))) return false;
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
  return next !== undefined && (isPastTense(next) || /ing$/.test(next) || baseForm(next) !== undefined);
}

// "Successfully delivered" → "Delivered"; "was successfully delivered" → "was delivered".
function dropWord(text: string, start: number, end: number): Pick<StyleMatch, 'edit'> {
  const space = /^\s+/.exec(text.slice(end))?.[0];
  if (!space) return {};
  const atStart = !/\p{L}/u.test(text.slice(0, start));
  const next = text[end + space.length];
  if (atStart && next && /\p{Ll}/u.test(next)) return { edit: { start, end: end + space.length + 1, newText: next.toUpperCase() } };
  return { edit: { start, end: end + space.length, newText: '' } };
}
