// Openings that say what the author was rather than what they did: the job title held ("Principal engineer for
// the search program"), a qualification ("Trained to be a …", "Certified F5 Trainer") or a team joined ("Worked in
// a 4-person team to …"). Found by the shape of the words: a title noun after at most three modifiers and before a
// preposition, a verb of training before "to be" or "in", a verb of working before a group.
import type { WeakOpener } from './opener';
import { lexiconVerb } from './tagger';
import { ACTION_VERBS, gerund, isPastTense, pastTense } from './verbs';
import { POSITIONS_WORDS } from './words.generated';
import type { Word } from './words';

type Shape = Pick<WeakOpener, 'kind' | 'start' | 'end' | 'text'>;

const forms = (bases: readonly string[]): ReadonlySet<string> => new Set(bases.flatMap((base) => [base, `${base}s`, pastTense(base), gerund(base)]));
const TRAINING = forms(['train']);
const CERTIFYING = new Set(['certified', 'accredited', 'licensed', 'qualified']);
const BECOMING = forms(['become', 'get']);
const WORKING = forms(['work', 'serve']);
const WITHIN = new Set(['in', 'within', 'alongside', 'among', 'inside']);
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'on', 'in', 'with', 'and', 'or', 'my', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'all', 'new']);

/** The held position, qualification or team an opening at word `i` names, if it has one of those shapes. */
export function heldAt(text: string, ws: readonly Word[], i: number): Shape | undefined {
  return titleAt(text, ws, i) ?? qualificationAt(text, ws, i) ?? teamAt(text, ws, i);
}

const lower = (word: Word | undefined): string => word?.text.toLowerCase() ?? '';
const span = (text: string, ws: readonly Word[], i: number, last: number, kind: Shape['kind']): Shape => ({
  kind,
  start: ws[i]!.start,
  end: ws[last]!.end,
  text: text.slice(ws[i]!.start, ws[last]!.end),
});

/** "Principal engineer for …", "Lead UI developer for …", "Backend developer on …": the job title as the opener. */
function titleAt(text: string, ws: readonly Word[], i: number): Shape | undefined {
  for (let k = i; k <= i + 3 && k < ws.length; k++) {
    const word = lower(ws[k]);
    // "Head of Platform" is at fault with its "of", as "Development of" is.
    if (POSITIONS_WORDS.titles.has(word) && followsTitle(text, ws, k)) return span(text, ws, i, lower(ws[k + 1]) === 'of' ? k + 1 : k, 'position');
    // "Lead" may be the title ("Tech lead for …") or the seniority of one ("Lead UI developer for …").
    if (!modifier(ws[k]!)) return undefined;
  }
  return undefined;
}

// Words that may stand before a title: a seniority word, or a name of a field that is not a verb ("UI", "Backend",
// "Software") — "Hired engineer for …" and "Mentor engineers …" open with verbs.
function modifier(word: Word): boolean {
  const lowerWord = word.text.toLowerCase();
  if (POSITIONS_WORDS.seniority.has(lowerWord)) return true;
  if (isPastTense(lowerWord) || /ing$/.test(lowerWord) || ACTION_VERBS.has(lowerWord) || FUNCTION_WORDS.has(lowerWord)) return false;
  return /^\p{Lu}+$/u.test(word.text) || !lexiconVerb(lowerWord);
}


// The title ends the opening: a preposition ("… engineer for the search program"), a comma, a dash or the end.
function followsTitle(text: string, ws: readonly Word[], k: number): boolean {
  const next = ws[k + 1];
  if (!next) return true;
  const between = text.slice(ws[k]!.end, next.start);
  if (/[,–—(:]|\s-\s/.test(between)) return true;
  return /^\s+$/.test(between) && POSITIONS_WORDS.titleFollowers.has(lower(next));
}

/** "Trained to be a …", "Trained in the basics of …", "Certified F5 Trainer", "Became certified in …". */
function qualificationAt(text: string, ws: readonly Word[], i: number): Shape | undefined {
  const word = lower(ws[i]);
  const next = lower(ws[i + 1]);
  if (TRAINING.has(word)) {
    if (next === 'to' && (lower(ws[i + 2]) === 'be' || lower(ws[i + 2]) === 'become')) return span(text, ws, i, i + 2, 'qualification');
    if ((next === 'in' || next === 'on') && !/^\p{N}/u.test(ws[i + 2]?.text ?? '')) return span(text, ws, i, i + 1, 'qualification');
    return undefined;
  }
  if (CERTIFYING.has(word) && ws[i + 1]) {
    if (next === 'in' || next === 'as' || next === 'on') return span(text, ws, i, i + 1, 'qualification');
    // "Certified F5 Trainer", "Certified Kubernetes Administrator": a credential's name, not "Certified the API …".
    if (/^[\p{Lu}\p{N}]/u.test(ws[i + 1]!.text) && /^\s+$/.test(text.slice(ws[i]!.end, ws[i + 1]!.start))) return span(text, ws, i, i, 'qualification');
    return undefined;
  }
  if (BECOMING.has(word) && CERTIFYING.has(next)) return span(text, ws, i, i + 1, 'qualification');
  return undefined;
}

/** "Worked in a 4-person team to …", "Served within the platform group …": belonging to a group, not an action. */
function teamAt(text: string, ws: readonly Word[], i: number): Shape | undefined {
  if (!WORKING.has(lower(ws[i])) || !WITHIN.has(lower(ws[i + 1]))) return undefined;
  for (let k = i + 2; k <= i + 6 && k < ws.length; k++) {
    if (POSITIONS_WORDS.groups.has(lower(ws[k]))) return span(text, ws, i, k, 'joining');
  }
  return undefined;
}
