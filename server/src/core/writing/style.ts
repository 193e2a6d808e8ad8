import { isParticiple, isPastTense } from './verbs';
import { capitalize } from './words';

/** Words at fault in a text, as offsets into it, with a mechanical rewrite when one is safe. */
export interface StyleMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Replaces `text.slice(edit.start, edit.end)` (which may reach past the match, to fix capitalisation). */
  readonly edit?: { readonly start: number; readonly end: number; readonly newText: string };
}

const PRONOUN = /(?<![\p{L}\p{N}'’.-])(I|me|my|mine|myself|we|us|our|ours|ourselves)(?![\p{L}\p{N}-]|\.\p{L})/giu;

/**
 * First-person pronouns. "I" only in capitals (a lone lower-case "i" too), never "US" or "IT"; a leading
 * "I" can simply go: "I built …" → "Built …".
 */
export function findPronouns(text: string): StyleMatch[] {
  const out: StyleMatch[] = [];
  PRONOUN.lastIndex = 0;
  for (let match = PRONOUN.exec(text); match; match = PRONOUN.exec(text)) {
    const word = match[0];
    if (word.length > 1 && word === word.toUpperCase()) continue;
    if (word === 'i' && text[match.index + 1] === '.') continue;
    const start = match.index;
    const end = start + word.length;
    out.push({ start, end, text: word, ...leadingEdit(text, start, end, /^i$/i.test(word)) });
  }
  return out;
}

const BARE_AFTER_I = /^\s+(?:am|was|were|is|are|be|been|have|had|has|do|did|will|would|can|could|should|shall|may|might|must|'m|’m)\b/iu;

// Deleting a word at the start of a text, capitalising the next one: "I built" → "Built".
// No edit when a bare auxiliary would be left to open the bullet ("I am one of …" → "Am one of …").
function leadingEdit(text: string, start: number, end: number, allowed: boolean): Pick<StyleMatch, 'edit'> {
  if (!allowed || /\p{L}/u.test(text.slice(0, start))) return {};
  const next = /^\s+(\p{Ll})/u.exec(text.slice(end));
  if (!next || BARE_AFTER_I.test(text.slice(end))) return {};
  const to = end + next[0].length;
  const replaced = text.slice(start, to);
  return { edit: { start, end: to, newText: replaced.slice(-1).toUpperCase() } };
}

const AUXILIARY = /\b(am|is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:(\p{L}+ly)\s+)?(\p{L}+)\b/giu;
const STATIVE = new Set('based located interested experienced skilled motivated dedicated excited committed focused oriented involved tasked passionate married'.split(' '));
const RELATIVE = /\b(?:who|whom|which|that|whose)\s+(?:\S+\s+){0,2}$/i;

/** "was improved by": the doer is hidden. Relative clauses ("3 of whom were promoted") are about others; not flagged. */
export function findPassives(text: string): StyleMatch[] {
  const out: StyleMatch[] = [];
  AUXILIARY.lastIndex = 0;
  for (let match = AUXILIARY.exec(text); match; match = AUXILIARY.exec(text)) {
    const participle = match[3]!;
    AUXILIARY.lastIndex = match.index + match[1]!.length;
    if (!isParticiple(participle) || STATIVE.has(participle.toLowerCase())) continue;
    if (RELATIVE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    out.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return out;
}

/** The active verb a passive suggests ("was improved" → "Improved"), when its past tense is the participle. */
export function activeVerb(passive: string): string | undefined {
  const participle = passive.split(/\s+/).pop() ?? '';
  return isPastTense(participle) ? capitalize(participle.toLowerCase()) : undefined;
}

export type FillerKind = 'vague' | 'cliche' | 'wordy' | 'empty';

export interface Filler extends StyleMatch {
  readonly kind: FillerKind;
  /** What to write instead, when there is a plain equivalent. */
  readonly instead?: string;
}

const FILLERS: ReadonlyArray<readonly [FillerKind, string]> = [
  ['vague', 'various|numerous|several|many|multiple|a multitude of|a (?:wide )?variety of|a wide range of|a number of|a lot of|lots of|a bunch of|plenty of|etc\\.?|and so on|and more|stuff|things|very|really|basically'],
  ['cliche', 'synerg(?:y|ies|ize|ized|istic)|results[- ](?:driven|oriented)|detail[- ]oriented|goal[- ]oriented|team player|go[- ]getter|self[- ]starter|self[- ]motivated|hard[- ]?working|think(?:ing)? outside the box|best[- ]in[- ]class|best[- ]of[- ]breed|world[- ]class|cutting[- ]edge|bleeding[- ]edge|state[- ]of[- ]the[- ]art|(?:proven )?track record|passionate about|rock ?star|ninja|guru|thought leader|game[- ]changer|move the needle|low[- ]hanging fruit|value[- ]add'],
  ['wordy', 'in order to|utili[sz](?:e|es|ed|ing)'],
  ['empty', 'successfully'],
];
const FILLER = new RegExp(FILLERS.map(([kind, words]) => `(?<${kind}>${words})`).join('|').replace(/^/, '(?<![\\p{L}\\p{N}-])(?:').concat(')(?![\\p{L}\\p{N}]|-\\p{L})'), 'giu');

const PLAIN: Readonly<Record<string, string>> = { 'in order to': 'to', utilize: 'use', utilizes: 'uses', utilized: 'used', utilizing: 'using', utilise: 'use', utilises: 'uses', utilised: 'used', utilising: 'using' };

/** Vague words, clichés and padding; "in order to" and "utilized" have plain equivalents, "successfully" can go. */
export function findFillers(text: string): Filler[] {
  const out: Filler[] = [];
  FILLER.lastIndex = 0;
  for (let match = FILLER.exec(text); match; match = FILLER.exec(text)) {
    const kind = (Object.keys(match.groups ?? {}) as FillerKind[]).find((name) => match.groups?.[name] !== undefined);
    if (!kind) continue;
    const start = match.index;
    const end = start + match[0].length;
    const lower = match[0].toLowerCase();
    const plain = PLAIN[lower];
    if (plain) {
      const newText = /^\p{Lu}/u.test(match[0]) ? capitalize(plain) : plain;
      out.push({ start, end, text: match[0], kind, instead: plain, edit: { start, end, newText } });
    } else if (kind === 'empty') {
      out.push({ start, end, text: match[0], kind, ...dropWord(text, start, end) });
    } else if (!isNamePart(text, start, match[0]) && !adjectivalVery(text, start, lower)) {
      out.push({ start, end, text: match[0], kind });
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

// "Successfully delivered" → "Delivered"; "was successfully delivered" → "was delivered".
function dropWord(text: string, start: number, end: number): Pick<StyleMatch, 'edit'> {
  const space = /^\s+/.exec(text.slice(end))?.[0];
  if (!space) return {};
  const atStart = !/\p{L}/u.test(text.slice(0, start));
  const next = text[end + space.length];
  if (atStart && next && /\p{Ll}/u.test(next)) return { edit: { start, end: end + space.length + 1, newText: next.toUpperCase() } };
  return { edit: { start, end: end + space.length, newText: '' } };
}
