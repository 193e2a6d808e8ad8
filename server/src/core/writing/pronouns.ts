import type { StyleMatch } from './styleMatch';

const PRONOUN = /(?<![\p{L}\p{N}'’.-])(I|we|our|my)(?![\p{L}\p{N}-]|\.\p{L})/giu;

/**
 * First-person words that hide or state the subject of a bullet: "I" and "we" opening a clause ("I built …",
 * "…; we migrated …"), and "My"/"Our" opening a sentence ("Our team shipped …"). A possessive after a verb or a
 * preposition ("Rebuilt our billing pipeline", "for my teams") and an object ("helped us") hide nothing: the author
 * is plainly the one who acted. "I" only in capitals or alone ("i"), never "US" or "IT"; a leading "I" can simply
 * go: "I built …" → "Built …".
 */
export function findPronouns(text: string): StyleMatch[] {
  const out: StyleMatch[] = [];
  PRONOUN.lastIndex = 0;
  for (let match = PRONOUN.exec(text); match; match = PRONOUN.exec(text)) {
    const word = match[0];
    const lower = word.toLowerCase();
    if (word.length > 1 && word === word.toUpperCase()) continue;
    if (lower === 'i' && (word === 'i' ? text[match.index + 1] === '.' : false)) continue;
    const start = match.index;
    const possessive = lower === 'our' || lower === 'my';
    if (!opensClause(text, start, !possessive)) continue;
    const end = start + word.length;
    out.push({ start, end, text: word, ...leadingEdit(text, start, end, lower === 'i') });
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

/**
 * Whether `start` opens a clause: the text's start (after an intro such as "In 2021,"), a new sentence, or a
 * clause joined by a comma or "and"/"but"/"so"/"then". A pronoun there is the clause's subject.
 */
function opensClause(text: string, start: number, joined: boolean): boolean {
  const before = text.slice(0, start).trimEnd();
  if (!/[\p{L}\p{N}]/u.test(before) || /[.!?;:]$/.test(before)) return true;
  return joined && (/,$/.test(before) || /\b(?:and|but|so|then)$/i.test(before));
}
