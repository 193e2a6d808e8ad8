import { BoundedMap, cacheSlot, type Caches } from '../caches';
import { copulaWeak, gerundWeak, isGerund, matchPhrase, nounWeak, phraseWeak, startsObject } from './openerFaults';
import { shapeAt } from './shapes';
import { lexiconVerb, tag, taggerWith, type TaggedWord } from './tagger';
import { ACTION_VERBS, baseForm, isPastTense, lastSegment } from './verbs';
import { OPENER_WORDS } from './words.generated';
import { isLatinScript, words, type Word } from './words';

export type WeakKind = 'phrase' | 'role' | 'gerund' | 'noun' | 'copula' | 'joining' | 'position' | 'nominal' | 'feature' | 'qualification';

/** Text (offsets into the bullet) to replace by any of `options` to open with a strong verb. */
export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly options: readonly string[];
}

export interface WeakOpener {
  readonly kind: WeakKind;
  /** The words at fault, as offsets into the bullet. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly replacement?: Replacement;
  /** For a "Feature – description" line: the words before the dash. */
  readonly label?: string;
}

export interface OpeningVerb {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly tense: 'past' | 'present';
}

/** How a bullet opens: with a verb (strong), with something weak, or neither when it cannot tell. */
export interface Opener {
  readonly verb?: OpeningVerb;
  readonly weak?: WeakOpener;
}

// The word lists are data, in server/data/writing/opener.yaml.
const { skipped: SKIPPED, lyWords: LY_WORDS, intro: INTRO, copulas: COPULAS, nounStarters: NOUN_STARTERS, finite: FINITE } = OPENER_WORDS;
const { objectStarters: OBJECT_STARTERS, stops: STOPS, verbPrefixes: VERB_PREFIXES, labelBreakers: LABEL_BREAKERS, adjectival: ADJECTIVAL } = OPENER_WORDS;

const MAX_WORDS = 14;
// Large enough for every bullet of a 1 MB resume, so a lint of an unchanged resume never misses.
const OPENERS = cacheSlot(() => new BoundedMap<string, Opener>(20_000));

type Tagger = (phrase: string) => readonly TaggedWord[];

/**
 * Judges how a bullet opens. A leading "I" and adverbs ("Successfully") are skipped, and so is a short
 * introduction ending in a comma ("In 2021, led …"). Weak phrases come from a list; verb forms from their
 * morphology; the part-of-speech tagger settles the words neither knows. With `caches`, what is judged is
 * remembered there by the opening words (a bullet typed into at its end opens as before).
 */
export function analyzeOpener(text: string, caches?: Caches): Opener {
  const head = words(text, MAX_WORDS);
  if (!head.length || !isLatinScript(text)) return {};
  const key = text.slice(0, head[head.length - 1]!.end);
  if (!caches) return withPassingFixes(key, judge(key, head, tag), tag);
  const cache = caches.get(OPENERS);
  let opener = cache.get(key);
  if (!opener) {
    const tagOf = taggerWith(caches);
    opener = withPassingFixes(key, judge(key, head, tagOf), tagOf);
    cache.set(key, opener);
  }
  return opener;
}

// A fix must not land on another weak opener ("Acting as" → "Acted as"): keep only the options that pass.
function withPassingFixes(text: string, opener: Opener, tagOf: Tagger): Opener {
  const weak = opener.weak;
  const replacement = weak?.replacement;
  if (!weak || !replacement) return opener;
  const passing = replacement.options.filter((option) => {
    const fixed = text.slice(0, replacement.start) + option + text.slice(replacement.end);
    return !judge(fixed, words(fixed, MAX_WORDS), tagOf).weak;
  });
  if (passing.length === replacement.options.length) return opener;
  if (passing.length) return { weak: { ...weak, replacement: { ...replacement, options: passing } } };
  const { kind, start, end, text: atFault, label } = weak;
  return { weak: { kind, start, end, text: atFault, ...(label !== undefined ? { label } : {}) } };
}

function judge(text: string, ws: readonly Word[], tagOf: Tagger): Opener {
  const [i, from] = skipLead(text, ws);
  const word = ws[i];
  if (!word) return {};
  const phrase = matchPhrase(ws, i);
  if (phrase) return { weak: phraseWeak(text, ws, i, phrase) };
  const feature = featureLine(text, ws, i, tagOf);
  if (feature) return feature;
  const shape = shapeAt(text, ws, i);
  if (shape) return { weak: shape };
  const lower = word.text.toLowerCase();
  if (COPULAS.has(lower)) return { weak: copulaWeak(ws, i) };
  if (NOUN_STARTERS.has(lower) || /^\p{N}/u.test(lower)) return { weak: nounWeak(text, ws, i, from) };
  if (isGerund(lower)) return { weak: gerundWeak(ws, i) };
  const last = lastSegment(lower);
  if (isPastTense(lower) && (!ADJECTIVAL.has(last) || startsObject(ws[i + 1]))) return { verb: verb(word, 'past') };
  if (!ADJECTIVAL.has(last) && baseForm(last) !== undefined && verbCompound(lower)) {
    return listFragment(text, ws, i) || isSubject(text, ws, i, tagOf) ? { weak: nounWeak(text, ws, i, from) } : { verb: verb(word, 'present') };
  }
  return byTagger(text, ws, i, from, tagOf);
}

// "Support will allow …", "Libraries that assemble …", "React applies …": a word a verb of the sentence follows is
// its subject, a noun, however much it looks like an imperative …
function isSubject(text: string, ws: readonly Word[], i: number, tagOf: Tagger): boolean {
  const next = ws[i + 1]?.text.toLowerCase();
  if (!next) return false;
  // … and a verb is not followed by "of": "Use of Kafka" is a noun.
  if (FINITE.has(next) || next === 'of') return true;
  const after = ws[i + 2]?.text.toLowerCase();
  if (after && FINITE.has(after) && after !== 'that' && !OBJECT_STARTERS.has(next) && !STOPS.has(next) && !/^\p{N}/u.test(next)) return true;
  // The tagger settles "React applies …"; a verb of the word lists ("Build tools …") is taken at its word.
  if (ACTION_VERBS.has(ws[i]!.text.toLowerCase()) || !/[^s]s$/.test(next) || !lexiconVerb(next.replace(/(?:ies)$/, 'y').replace(/(?:[sxz]|[cs]h)es$/, (m) => m.slice(0, -2)).replace(/s$/, ''))) return false;
  const tags = tagOf(text.slice(ws[i]!.start, ws[Math.min(i + 2, ws.length - 1)]!.end))[1]?.tags;
  return !!tags && tags.has('PresentTense') && !tags.has('Noun');
}

/**
 * "Rate limiter – built a token-bucket limiter …": a short name, a dash (or colon), then what was done. The line
 * is judged on the part after the dash; a description of the feature there ("– a limiter …", "– allows …") is weak.
 */
function featureLine(text: string, ws: readonly Word[], i: number, tagOf: Tagger): Opener | undefined {
  const separator = /\s[–—-]\s|:\s/.exec(text.slice(ws[i]!.end));
  if (!separator) return undefined;
  const labelEnd = ws[i]!.end + separator.index;
  const label = ws.slice(i).filter((w) => w.end <= labelEnd);
  const tail = ws.filter((w) => w.start >= labelEnd + separator[0].length);
  if (label.length > 4 || !tail.length || label.some((w) => LABEL_BREAKERS.has(w.text.toLowerCase()) || isPastTense(w.text) || isGerund(w.text.toLowerCase()))) {
    return undefined;
  }
  // "See MDN - HTTP": a verb and its object (a name), not the name of a feature — unless what follows the dash
  // describes one ("Prototype Storefront – a checkout flow …", "Build Pipeline – responsible for …").
  if (label[1] && /^\p{Lu}/u.test(label[1].text) && baseForm(label[0]!.text.toLowerCase()) !== undefined && !describes(tail)) return undefined;
  const judged = judge(text, tail, tagOf);
  const labelText = text.slice(ws[i]!.start, labelEnd).trim() + separator[0].trimEnd();
  const verb = judged.verb;
  if (!verb && !judged.weak) return judged;
  if (verb && !(verb.tense === 'present' && /[^s]s$/.test(verb.lower))) return judged;
  const weak = judged.weak;
  if (weak && weak.kind !== 'noun' && weak.kind !== 'copula') return judged;
  const at = weak ?? { start: verb!.start, end: verb!.end, text: verb!.text };
  return { weak: { kind: 'feature', start: at.start, end: at.end, text: at.text, label: labelText } };
}

// "a checkout flow …", "responsible for …", "is the …": the part after a dash describes what comes before it.
function describes(tail: readonly Word[]): boolean {
  const first = tail[0]!.text.toLowerCase();
  return first === 'a' || first === 'an' || first === 'the' || COPULAS.has(first) || matchPhrase(tail, 0) !== undefined;
}

function byTagger(text: string, ws: readonly Word[], i: number, from: number, tagOf: Tagger): Opener {
  const word = ws[i]!;
  const tagged = tagOf(text.slice(word.start, ws[Math.min(i + 5, ws.length - 1)]!.end));
  const tags = tagged[word.text.split(/[-‐]/).length - 1]?.tags;
  if (!tags) return {};
  if (tags.has('Gerund')) return { weak: gerundWeak(ws, i) };
  if (tags.has('Verb') && !tags.has('Copula') && !tags.has('Modal') && !tags.has('Auxiliary') && verbByForm(word.text)) {
    if (tags.has('PastTense')) return { verb: verb(word, 'past') };
    return listFragment(text, ws, i) || isSubject(text, ws, i, tagOf) ? { weak: nounWeak(text, ws, i, from) } : { verb: verb(word, 'present') };
  }
  return { weak: nounWeak(text, ws, i, from) };
}

/** The index of the word to judge, and of the adverbs before it ("Daily standups" is at fault as a whole). */
function skipLead(text: string, ws: readonly Word[]): [number, number] {
  let i = 0;
  let from = 0;
  let introduced = false;
  while (i < ws.length && !matchPhrase(ws, i)) {
    const lower = ws[i]!.text.toLowerCase();
    if (lower === 'i') {
      from = ++i;
    } else if (SKIPPED.has(lower) || (lower.endsWith('ly') && lower.length > 4 && !LY_WORDS.has(lower))) {
      i++;
    } else if (!introduced && INTRO.has(lower)) {
      introduced = true;
      const comma = text.indexOf(',', ws[i]!.end);
      const next = comma < 0 ? -1 : ws.findIndex((w) => w.start > comma);
      if (next < 0 || next - i > 9) break;
      from = i = next;
    } else break;
  }
  return [i, from];
}

// The tagger calls almost any sentence-initial word an imperative ("Frontend development …"); believe it only for
// words its lexicon knows as verbs or whose suffix makes a verb. Compounds ("End-to-end …") are never verbs here.
function verbByForm(text: string): boolean {
  const lower = text.toLowerCase();
  const dash = lower.search(/[-‐]/);
  if (dash >= 0) return VERB_PREFIXES.has(lower.slice(0, dash));
  const stem = lower.replace(/(?:e?s)$/, '');
  return /(?:ate|ize|ise|ify)s?$/.test(lower) || lexiconVerb(lower) || lexiconVerb(stem) || lexiconVerb(lower.replace(/s$/, ''));
}

// "Re-architect" is a verb; "Back-slashes" is a noun that ends like one.
function verbCompound(lower: string): boolean {
  const dash = lower.search(/[-‐]/);
  return dash < 0 || VERB_PREFIXES.has(lower.slice(0, dash));
}

function verb(word: Word, tense: OpeningVerb['tense']): OpeningVerb {
  return { text: word.text, lower: word.text.toLowerCase(), start: word.start, end: word.end, tense };
}




// "Code reviews, testing, and documentation": a base-form verb followed by a plural and a comma lists nouns.
function listFragment(text: string, ws: readonly Word[], i: number): boolean {
  const next = ws[i + 1];
  if (!next || !/^\p{Ll}+s$/u.test(next.text) || next.text.endsWith('ss')) return false;
  return /^\s*,/.test(text.slice(next.end));
}
