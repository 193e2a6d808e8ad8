// Openings that read like verbs or nouns but say how the author came to the work ("Joined", "Took over"), which
// position they held ("Served as", "Acting as"), or name the work as a noun ("Redesign of …"). Found by the shape
// of the words — a verb's forms, the word "as" after a verb, a noun followed by "of" — not from a list of sentences.
import { heldAt } from './heldShapes';
import type { WeakOpener } from './opener';
import { knownWord, lexiconVerb } from './tagger';
import { ACTION_VERBS, gerund, isPastTense, pastTense } from './verbs';
import { matchCase, type Word } from './words';

const set = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Every form of a verb: "join" → join, joins, joined, joining. */
const forms = (bases: string): ReadonlySet<string> =>
  new Set([...set(bases)].flatMap((base) => [base, `${base}s`, pastTense(base), gerund(base)]));

/** Coming to the work rather than doing it: joined a team, became someone, inherited a system. */
const ARRIVING = forms('join rejoin become inherit');
/** "Took on …", "Took over …": being handed the work. "Took on-call pages …" is one word and stays a verb. */
const TAKING = forms('take');
const TAKEN = set('on over');
/**
 * Verbs that take a position after "as": "Served as scrum master", "Hired as the first SRE". Others take a thing
 * ("Released as open source", "Packaged as a Helm chart"), which says nothing about the author's position.
 */
const HOLDING = forms('serve act work train hire start step function volunteer intern contract appoint elect nominate bring sign stay continue remain transition return double fill rotate onboard promote');
/** Particles between a verb and "as": "Stepped in as", "Brought on as". */
const PARTICLES = set('in up on back out');
/** Nouns naming a position: "Head of Platform" is a title, not an activity. */
const TITLES = set('head lead director manager member chair president owner');
/** Nouns of two words' verbs: "rollout" → "rolled out". */
const PHRASAL = new Map<string, readonly [string, string]>([
  ['rollout', ['roll', 'out']],
  ['setup', ['set', 'up']],
  ['buildout', ['build', 'out']],
  ['cleanup', ['clean', 'up']],
  ['takeover', ['take', 'over']],
  ['breakdown', ['break', 'down']],
  ['shutdown', ['shut', 'down']],
  ['signoff', ['sign', 'off']],
]);
/** Nouns whose verb the suffix rules below do not find. */
const IRREGULAR_NOUNS = new Map(
  `maintenance:maintain analysis:analyze ownership:own leadership:lead delivery:deliver governance:govern
   stewardship:steward authorship:author sponsorship:sponsor mentorship:mentor partnership:partner
   expansion:expand extension:extend acquisition:acquire resolution:resolve compliance:comply`
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);
// Suffix → what the verb may end in, tried in order: "implementation" → implement, "creation" → create.
const SUFFIXES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/i[sz]ation$/, ['ize', 'ise']],
  [/ation$/, ['ate', '', 'e']],
  [/ution$/, ['ute', 've']],
  [/uction$/, ['uce', 'uct']],
  [/ition$/, ['ite', 'ish', 'e']],
  [/ion$/, ['', 'e']],
  [/ment$/, ['']],
  [/al$/, ['e', '']],
  [/ance$/, ['', 'e']],
  [/ence$/, ['', 'e']],
  [/ery$/, ['er']],
];

type Shape = Pick<WeakOpener, 'kind' | 'start' | 'end' | 'text' | 'replacement'>;

/** A joining, position or nominalised opening at word `i`, when the words have one of those shapes. */
export function shapeAt(text: string, ws: readonly Word[], i: number): Shape | undefined {
  const word = ws[i]!;
  const lower = word.text.toLowerCase();
  const next = ws[i + 1]?.text.toLowerCase();
  const span = (last: number, kind: Shape['kind']): Shape => ({ kind, start: word.start, end: ws[last]!.end, text: text.slice(word.start, ws[last]!.end) });
  const held = heldAt(text, ws, i);
  if (held) return held;
  if (next === 'as' && HOLDING.has(lower)) return span(i + 1, 'position');
  if (next && PARTICLES.has(next) && ws[i + 2]?.text.toLowerCase() === 'as' && HOLDING.has(lower)) return span(i + 2, 'position');
  if (ARRIVING.has(lower) && !merging(text, word)) return span(i, 'joining');
  if (TAKING.has(lower) && next && TAKEN.has(next) && adjacent(text, word, ws[i + 1]!)) return span(i + 1, 'joining');
  return nominal(text, ws, i);
}

/** "Design and implementation of X": nouns for actions, joined by "and", "&" or commas, then "of". */
function nominal(text: string, ws: readonly Word[], i: number): Shape | undefined {
  const nouns: Word[] = [ws[i]!];
  let k = i;
  while (nouns.length < 4 && ws[k + 1]) {
    const between = text.slice(ws[k]!.end, ws[k + 1]!.start);
    if (ws[k + 1]!.text.toLowerCase() === 'and' && ws[k + 2] && /^\s*,?\s*$/.test(between)) k += 2;
    else if (/^\s*[,&]\s*$/.test(between)) k += 1;
    else break;
    nouns.push(ws[k]!);
  }
  const of = ws[k + 1];
  if (of?.text.toLowerCase() !== 'of' || nouns.some((noun) => notANoun(noun.text.toLowerCase()))) return undefined;
  const first = nouns[0]!;
  const shape: Shape = { kind: 'nominal', start: first.start, end: of.end, text: text.slice(first.start, of.end) };
  if (nouns.some((noun) => TITLES.has(noun.text.toLowerCase()))) return { ...shape, kind: 'position' };
  const verbs = nouns.map((noun) => pastOfNoun(noun.text.toLowerCase()));
  // A noun that names no action ("Lots of", "Knowledge of") is an ordinary noun opening, judged elsewhere.
  if (verbs.some((verb) => verb === undefined)) return undefined;
  const newText = nouns.map((noun, n) => (n === 0 ? matchCase(verbs[0]!, noun.text) : text.slice(nouns[n - 1]!.end, noun.start) + verbs[n]!)).join('');
  return { ...shape, replacement: { start: first.start, end: of.end, options: [newText] } };
}

/** Words that may stand before "of" without naming an action: verbs in the past, gerunds, pronouns. */
function notANoun(lower: string): boolean {
  return isPastTense(lower) || (lower.endsWith('ing') && lower.length > 4) || /^\p{N}/u.test(lower);
}

/** The past tense of the verb a noun names ("redesign" → "redesigned", "rollout" → "rolled out"), when there is one. */
function pastOfNoun(noun: string): string | undefined {
  if (/[^su]s$/.test(noun)) return pastOfNoun(noun.slice(0, -1));
  const phrasal = PHRASAL.get(noun);
  if (phrasal) return `${pastTense(phrasal[0])} ${phrasal[1]}`;
  const irregular = IRREGULAR_NOUNS.get(noun);
  if (irregular) return pastTense(irregular);
  // A noun that is also a verb names an action only if it is one resumes use ("Design of", not "State of the art").
  if (ACTION_VERBS.has(noun)) return pastTense(noun);
  for (const [suffix, endings] of SUFFIXES) {
    const match = suffix.exec(noun);
    if (!match) continue;
    const stem = noun.slice(0, match.index);
    const base = endings.map((ending) => stem + ending).find((candidate) => candidate.length > 2 && (ACTION_VERBS.has(candidate) || lexiconVerb(candidate) || knownWord(candidate)));
    if (base) return pastTense(base);
  }
  return undefined;
}


// "Joined two databases into one ledger": joining things together is an action.
const merging = (text: string, word: Word): boolean => /^[^,;.]*?\b(?:into|together)\b/i.test(text.slice(word.end));

const adjacent = (text: string, a: Word, b: Word): boolean => /^\s+$/.test(text.slice(a.end, b.start));
