// Openings that describe a duty or a presence instead of an action, and the strong verbs that fit in their place.

/** What may follow a weak phrase and be folded into the fix: "Responsible for maintaining X" → "Maintained X". */
export type Continuation = 'gerund' | 'verb';

export interface WeakPhrase {
  readonly words: readonly string[];
  readonly kind: 'phrase' | 'role' | 'joining';
  /** Strong verbs that fit in the phrase's place, best first. */
  readonly options: readonly string[];
  readonly continuation?: Continuation;
}

const OWNERSHIP = ['Owned', 'Led', 'Ran'];
const BUILDING = ['Built', 'Developed', 'Delivered'];
const SUPPORT = ['Supported', 'Enabled'];
const PARTNERING = ['Partnered with', 'Collaborated with'];
const CONTRIBUTION = ['Drove', 'Delivered', 'Shaped'];
const USE = ['Used', 'Applied'];

const group = (phrases: string, kind: WeakPhrase['kind'], options: readonly string[], continuation?: Continuation): WeakPhrase[] =>
  phrases
    .split(',')
    .map((phrase) => phrase.trim())
    .filter(Boolean)
    .map((phrase) => ({ words: phrase.split(/\s+/), kind, options, ...(continuation ? { continuation } : {}) }));

const BE = ['', 'was ', 'were ', 'am ', 'is ', 'are ', 'been '];
const withBe = (phrases: string): string => phrases.split(',').flatMap((phrase) => BE.map((be) => be + phrase.trim())).join(',');

/** Longest first, so that "worked closely with" wins over "worked". */
export const WEAK_PHRASES: readonly WeakPhrase[] = [
  ...group(withBe('responsible for, in charge of, tasked with, accountable for, charged with'), 'phrase', OWNERSHIP, 'gerund'),
  ...group('duties included, duties include, my duties included, responsibilities included, responsibilities include, main responsibilities, key responsibilities, took care of, looked after, dealt with', 'phrase', OWNERSHIP, 'gerund'),
  ...group('worked on, working on, work on, works on', 'phrase', BUILDING, 'gerund'),
  ...group('worked closely with, working closely with, work closely with, worked with, working with, work with, worked alongside, working alongside', 'phrase', PARTNERING),
  ...group('took ownership of, took on ownership of, took over ownership of, taking ownership of, took charge of, taking charge of, took responsibility for, taking responsibility for', 'joining', OWNERSHIP, 'gerund'),
  ...group(withBe('involved in'), 'phrase', CONTRIBUTION, 'gerund'),
  // Belonging names a team, not a part in its work: no verb fits in its place, unless a gerund follows.
  ...group(withBe('part of, a part of, a member of') + ', member of, one of', 'joining', [], 'gerund'),
  ...group('participated in, participating in, participate in, took part in, take part in, taking part in, contributed to, contributing to, contribute to', 'phrase', CONTRIBUTION, 'gerund'),
  ...group('helped to, helped with, helped in, helping with, helping to, helped, helping, help, helps', 'phrase', SUPPORT, 'verb'),
  ...group('assisted with, assisted in, assisting with, assisting in, assisted, assisting, assist, assists', 'phrase', ['Supported', 'Partnered with'], 'gerund'),
  ...group('gained exposure to, exposure to, gained experience with, gained experience in, experience with, experience in, familiar with, familiarity with, knowledge of, learned, learnt, attended', 'phrase', USE),
  ...group('tried to, attempted to', 'phrase', ['Delivered'], 'verb'),
  // Being let or choosing to do the work, not doing it: "Got to introduce …" → "Introduced …".
  ...group('took the initiative to, taking the initiative to, got to, had the opportunity to, had the chance to, was given the opportunity to, given the opportunity to', 'joining', [], 'verb'),
  ...group('my role was to, my role was, my role is, my job was to, my job was, my job is, my main task was, my task was, my responsibility was, my responsibilities were, my responsibilities included, role was', 'role', OWNERSHIP, 'verb'),
].sort((a, b) => b.words.length - a.words.length);

/** Nouns for actions, and their verbs: "Development of the API" → "Developed the API". */
export const NOMINALIZATIONS: ReadonlyMap<string, string> = new Map(
  `development:develop implementation:implement maintenance:maintain management:manage design:design creation:create
   migration:migrate improvement:improve improvements:improve automation:automate optimization:optimize
   optimisation:optimise coordination:coordinate integration:integrate analysis:analyze deployment:deploy
   ownership:own leadership:lead support:support administration:administer configuration:configure
   documentation:document delivery:deliver execution:execute enhancement:enhance enhancements:enhance
   upgrade:upgrade upgrades:upgrade review:review reviews:review redesign:redesign`
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/** Words that may come before such a noun and go with it: "Various improvements to …". */
export const NOUN_QUALIFIERS = new Set(
  'various several multiple numerous many major minor key continuous ongoing regular general overall full successful significant substantial'.split(' '),
);
