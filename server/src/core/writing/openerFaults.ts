// What a weak opening puts at fault, and the strong verb that can take its place: "Responsible for maintaining" →
// "Maintained", "Was promoted" → "Promoted", "Leading the team" → "Led", "Development of" → "Developed".
import type { Replacement, WeakOpener } from './opener';
import { infinitive } from './tagger';
import { baseForm, isPastTense, pastTense } from './verbs';
import { NOMINALIZATIONS, NOUN_QUALIFIERS, WEAK_PHRASES, type WeakPhrase } from './weakPhrases';
import { OPENER_WORDS } from './words.generated';
import { matchCase, type Word } from './words';

const { adjectival: ADJECTIVAL, notGerunds: NOT_GERUNDS, objectStarters: OBJECT_STARTERS, prepositions: PREPOSITIONS } = OPENER_WORDS;
const { pronouns: PRONOUNS, stops: STOPS } = OPENER_WORDS;

export function matchPhrase(ws: readonly Word[], i: number): WeakPhrase | undefined {
  return WEAK_PHRASES.find((phrase) => phrase.words.every((w, k) => ws[i + k]?.text.toLowerCase() === w));
}

export function phraseWeak(text: string, ws: readonly Word[], i: number, phrase: WeakPhrase): WeakOpener {
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

export function copulaWeak(ws: readonly Word[], i: number): WeakOpener {
  const word = ws[i]!;
  const next = ws[i + 1];
  const weak = { kind: 'copula' as const, start: word.start, end: word.end, text: word.text };
  if (!next || !isPastTense(next.text) || ADJECTIVAL.has(next.text.toLowerCase())) return weak;
  return { ...weak, replacement: { start: word.start, end: next.end, options: [matchCase(next.text.toLowerCase(), word.text)] } };
}

export function gerundWeak(ws: readonly Word[], i: number): WeakOpener {
  const word = ws[i]!;
  const weak = { kind: 'gerund' as const, start: word.start, end: word.end, text: word.text };
  if (!startsObject(ws[i + 1])) return weak;
  const lower = word.text.toLowerCase();
  const base = baseForm(lower) ?? infinitive(lower, 'Gerund');
  return { ...weak, replacement: { start: word.start, end: word.end, options: [matchCase(pastTense(base), word.text)] } };
}

/** The noun phrase an opening is made of, up to three words; "Development of …" is turned into "Developed …". */
export function nounWeak(text: string, ws: readonly Word[], i: number, from = i): WeakOpener {
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

export function isGerund(lower: string): boolean {
  return lower.length >= 5 && lower.endsWith('ing') && !NOT_GERUNDS.has(lower);
}

function isBaseVerb(lower: string): boolean {
  return baseForm(lower) === lower;
}

/** Whether a word after an "-ed"/"-ing" word starts its object, so that word is a verb ("Automated the report"). */
export function startsObject(next: Word | undefined): boolean {
  if (!next) return false;
  const lower = next.text.toLowerCase();
  return OBJECT_STARTERS.has(lower) || /^\p{N}/u.test(lower) || /^\p{Lu}/u.test(next.text) || (lower.endsWith('ly') && lower.length > 4) || (/s$/.test(lower) && !/ss$/.test(lower));
}
