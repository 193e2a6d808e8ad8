import { shapeAt } from './shapes';
import { infinitive, lexiconVerb, tag } from './tagger';
import { ACTION_VERBS, baseForm, isPastTense, lastSegment, pastTense } from './verbs';
import { NOMINALIZATIONS, NOUN_QUALIFIERS, WEAK_PHRASES, type WeakPhrase } from './weakPhrases';
import { isLatinScript, matchCase, words, type Word } from './words';

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

const set = (list: string): ReadonlySet<string> => new Set(list.split(' '));
const SKIPPED = set('also then further later recently once together just first');
const LY_WORDS = set('apply supply reply rally comply multiply tally ally bully rely fly family assembly anomaly italy');
const INTRO = set('in during after as within over across at for while since following under through throughout before upon on');
const COPULAS = set('was were am is are be been being have has had will would can could should may might must to able');
const NOUN_STARTERS = set(
  'we they he she you it the a an this these those that our their his her its your my various several multiple numerous many some all each every key main general overall other both any no more most top responsibilities duties tasks',
);
const OBJECT_STARTERS = set('the a an our their his her its my your this these those all each every new');
const PREPOSITIONS = set('of to for on in across');
const NOT_GERUNDS = set('string strings spring during nothing something everything anything morning evening ceiling thing things king ring wing bring sing sting swing');
const VERB_PREFIXES = set('co re pre de un over under out up down');
const STOPS = set('of to for on in across with by from at as and or into');
const PRONOUNS = set('we they he she you it i');
// Words after a sentence's subject: "Support will …", "Libraries that …".
const FINITE = set('will would can could may might must shall should is are was were has have had does do did that which who');
// Words that make the part before a dash a sentence rather than the name of a feature.
const LABEL_BREAKERS = set('the a an my our their his her its your we i they this that in during after as for while since to with by');
const ADJECTIVAL = set('distributed embedded advanced automated detailed dedicated experienced skilled seasoned talented motivated certified licensed accomplished integrated specialized specialised related based applied mixed connected');

const MAX_WORDS = 14;
// Large enough for every bullet of a 1 MB resume, so a lint of an unchanged resume never misses.
const MAX_CACHED = 20_000;
const cache = new Map<string, Opener>();

/**
 * Judges how a bullet opens. A leading "I" and adverbs ("Successfully") are skipped, and so is a short
 * introduction ending in a comma ("In 2021, led …"). Weak phrases come from a list; verb forms from their
 * morphology; the part-of-speech tagger settles the words neither knows.
 */
export function analyzeOpener(text: string): Opener {
  const head = words(text, MAX_WORDS);
  if (!head.length || !isLatinScript(text)) return {};
  const key = text.slice(0, head[head.length - 1]!.end);
  let opener = cache.get(key);
  if (!opener) {
    opener = withPassingFixes(key, judge(key, head));
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(key, opener);
  }
  return opener;
}

// A fix must not land on another weak opener ("Acting as" → "Acted as"): keep only the options that pass.
function withPassingFixes(text: string, opener: Opener): Opener {
  const weak = opener.weak;
  const replacement = weak?.replacement;
  if (!weak || !replacement) return opener;
  const passing = replacement.options.filter((option) => {
    const fixed = text.slice(0, replacement.start) + option + text.slice(replacement.end);
    return !judge(fixed, words(fixed, MAX_WORDS)).weak;
  });
  if (passing.length === replacement.options.length) return opener;
  if (passing.length) return { weak: { ...weak, replacement: { ...replacement, options: passing } } };
  const { kind, start, end, text: atFault, label } = weak;
  return { weak: { kind, start, end, text: atFault, ...(label !== undefined ? { label } : {}) } };
}

function judge(text: string, ws: readonly Word[]): Opener {
  const [i, from] = skipLead(text, ws);
  const word = ws[i];
  if (!word) return {};
  const phrase = matchPhrase(ws, i);
  if (phrase) return { weak: phraseWeak(text, ws, i, phrase) };
  const feature = featureLine(text, ws, i);
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
    return listFragment(text, ws, i) || isSubject(text, ws, i) ? { weak: nounWeak(text, ws, i, from) } : { verb: verb(word, 'present') };
  }
  return byTagger(text, ws, i, from);
}

// "Support will allow …", "Libraries that assemble …", "React applies …": a word a verb of the sentence follows is
// its subject, a noun, however much it looks like an imperative …
function isSubject(text: string, ws: readonly Word[], i: number): boolean {
  const next = ws[i + 1]?.text.toLowerCase();
  if (!next) return false;
  // … and a verb is not followed by "of": "Use of Kafka" is a noun.
  if (FINITE.has(next) || next === 'of') return true;
  const after = ws[i + 2]?.text.toLowerCase();
  if (after && FINITE.has(after) && after !== 'that' && !OBJECT_STARTERS.has(next) && !STOPS.has(next) && !/^\p{N}/u.test(next)) return true;
  // The tagger settles "React applies …"; a verb of the word lists ("Build tools …") is taken at its word.
  if (ACTION_VERBS.has(ws[i]!.text.toLowerCase()) || !/[^s]s$/.test(next) || !lexiconVerb(next.replace(/(?:ies)$/, 'y').replace(/(?:[sxz]|[cs]h)es$/, (m) => m.slice(0, -2)).replace(/s$/, ''))) return false;
  const tags = tag(text.slice(ws[i]!.start, ws[Math.min(i + 2, ws.length - 1)]!.end))[1]?.tags;
  return !!tags && tags.has('PresentTense') && !tags.has('Noun');
}

/**
 * "Rate limiter – built a token-bucket limiter …": a short name, a dash (or colon), then what was done. The line
 * is judged on the part after the dash; a description of the feature there ("– a limiter …", "– allows …") is weak.
 */
function featureLine(text: string, ws: readonly Word[], i: number): Opener | undefined {
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
  const judged = judge(text, tail);
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

function byTagger(text: string, ws: readonly Word[], i: number, from: number): Opener {
  const word = ws[i]!;
  const tagged = tag(text.slice(word.start, ws[Math.min(i + 5, ws.length - 1)]!.end));
  const tags = tagged[word.text.split(/[-‐]/).length - 1]?.tags;
  if (!tags) return {};
  if (tags.has('Gerund')) return { weak: gerundWeak(ws, i) };
  if (tags.has('Verb') && !tags.has('Copula') && !tags.has('Modal') && !tags.has('Auxiliary') && verbByForm(word.text)) {
    if (tags.has('PastTense')) return { verb: verb(word, 'past') };
    return listFragment(text, ws, i) || isSubject(text, ws, i) ? { weak: nounWeak(text, ws, i, from) } : { verb: verb(word, 'present') };
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

function matchPhrase(ws: readonly Word[], i: number): WeakPhrase | undefined {
  return WEAK_PHRASES.find((phrase) => phrase.words.every((w, k) => ws[i + k]?.text.toLowerCase() === w));
}

function phraseWeak(text: string, ws: readonly Word[], i: number, phrase: WeakPhrase): WeakOpener {
  const first = ws[i]!;
  const last = ws[i + phrase.words.length - 1]!;
  const next = ws[i + phrase.words.length];
  const nextLower = next?.text.toLowerCase() ?? '';
  let base: string | undefined;
  if (next && phrase.continuation && isGerund(nextLower)) base = baseForm(nextLower) ?? infinitive(nextLower, 'Gerund');
  else if (next && phrase.continuation === 'verb' && isBaseVerb(nextLower)) base = nextLower;
  const replacement: Replacement | undefined = base
    ? { start: first.start, end: next!.end, options: [matchCase(pastTense(base), first.text)] }
    : phrase.options.length
      ? { start: first.start, end: last.end, options: phrase.options.map((option) => matchCase(option, first.text)) }
      : undefined;
  return { kind: phrase.kind, start: first.start, end: last.end, text: text.slice(first.start, last.end), ...(replacement ? { replacement } : {}) };
}

function copulaWeak(ws: readonly Word[], i: number): WeakOpener {
  const word = ws[i]!;
  const next = ws[i + 1];
  const weak = { kind: 'copula' as const, start: word.start, end: word.end, text: word.text };
  if (!next || !isPastTense(next.text) || ADJECTIVAL.has(next.text.toLowerCase())) return weak;
  return { ...weak, replacement: { start: word.start, end: next.end, options: [matchCase(next.text.toLowerCase(), word.text)] } };
}

function gerundWeak(ws: readonly Word[], i: number): WeakOpener {
  const word = ws[i]!;
  const weak = { kind: 'gerund' as const, start: word.start, end: word.end, text: word.text };
  if (!startsObject(ws[i + 1])) return weak;
  const lower = word.text.toLowerCase();
  const base = baseForm(lower) ?? infinitive(lower, 'Gerund');
  return { ...weak, replacement: { start: word.start, end: word.end, options: [matchCase(pastTense(base), word.text)] } };
}

/** The noun phrase an opening is made of, up to three words; "Development of …" is turned into "Developed …". */
function nounWeak(text: string, ws: readonly Word[], i: number, from = i): WeakOpener {
  let j = i;
  const joins = (k: number): boolean => {
    const next = ws[k + 1];
    if (!next || !/^[%+×]?\s+$/.test(text.slice(ws[k]!.end, next.start))) return false;
    const lower = next.text.toLowerCase();
    return !STOPS.has(lower) && !isPastTense(lower);
  };
  if (!PRONOUNS.has(ws[i]!.text.toLowerCase())) while (j - i < 2 && joins(j)) j++;
  const first = ws[from]!;
  const weak = { kind: 'noun' as const, start: first.start, end: ws[j]!.end, text: text.slice(first.start, ws[j]!.end) };
  const nounAt = NOUN_QUALIFIERS.has(ws[i]!.text.toLowerCase()) ? i + 1 : i;
  const verbOfNoun = NOMINALIZATIONS.get(ws[nounAt]?.text.toLowerCase() ?? '');
  const preposition = ws[nounAt + 1];
  if (!verbOfNoun || !preposition || !PREPOSITIONS.has(preposition.text.toLowerCase())) return weak;
  return { ...weak, replacement: { start: first.start, end: preposition.end, options: [matchCase(pastTense(verbOfNoun), first.text)] } };
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

function isGerund(lower: string): boolean {
  return lower.length >= 5 && lower.endsWith('ing') && !NOT_GERUNDS.has(lower);
}

function isBaseVerb(lower: string): boolean {
  return baseForm(lower) === lower;
}

/** Whether a word after an "-ed"/"-ing" word starts its object, so that word is a verb ("Automated the report"). */
function startsObject(next: Word | undefined): boolean {
  if (!next) return false;
  const lower = next.text.toLowerCase();
  return OBJECT_STARTERS.has(lower) || /^\p{N}/u.test(lower) || /^\p{Lu}/u.test(next.text) || (lower.endsWith('ly') && lower.length > 4) || (/s$/.test(lower) && !/ss$/.test(lower));
}

// "Code reviews, testing, and documentation": a base-form verb followed by a plural and a comma lists nouns.
function listFragment(text: string, ws: readonly Word[], i: number): boolean {
  const next = ws[i + 1];
  if (!next || !/^\p{Ll}+s$/u.test(next.text) || next.text.endsWith('ss')) return false;
  return /^\s*,/.test(text.slice(next.end));
}
