// Highlights that rightly state no number: a heading, a list of keywords, a qualification, a pointer to an article.
// `bullet-no-metric` leaves them alone (and the figures leave them out); where another rule fits — a weak opener, a
// bullet too short — that one speaks instead.
import { derived, type TextFacts } from './facts';
import { NUMBERLESS_WORDS } from './words.generated';
import { words } from './words';

export type NumberlessReason = 'heading' | 'keywords' | 'qualification' | 'pointer';

/** "Key achievements:", "Technologies used:": a heading written inside the highlights. */
export function isHeading(facts: TextFacts): boolean {
  return !facts.blank && /:\s*$/.test(facts.text) && facts.words <= 6 && !/\p{N}/u.test(facts.text);
}

/**
 * "Multi Cloud Networking", "Java", "F5 Bigip", "Authoring Technical Documentation": a few words with no verb, no
 * article and no full stop name things; they do not tell what was done ("Responsible for the launch" does).
 */
function isKeywords(facts: TextFacts): boolean {
  if (facts.blank || facts.words > 4 || /[.!?]\s*$/.test(facts.text)) return false;
  const ws = words(facts.text);
  if (ws.some((word) => ARTICLES.has(word.text.toLowerCase()))) return false;
  // Written In Capitals ("Restructured Text", "Containerized Content Publishing", "React"), it is a name or a
  // label even where its first word looks like a verb.
  if (ws.every((word) => /^[\p{Lu}\p{N}]/u.test(word.text))) return true;
  const kind = facts.opener.weak?.kind;
  return !facts.opener.verb && (kind === undefined || kind === 'noun');
}

const ARTICLES = new Set(['the', 'a', 'an', 'my', 'our', 'i', 'we']);

/** "Obtained my AWS Solutions Architect certification", "Won award at AIHacks 2016", "Trained in …". */
function isQualification(facts: TextFacts): boolean {
  const weak = facts.opener.weak;
  if (weak?.kind === 'qualification') return true;
  const verb = facts.opener.verb?.lower;
  if (!verb || !NUMBERLESS_WORDS.acquiring.has(verb)) return false;
  // "Awarded 'Teacher of the Month'": the verb says it is an award.
  if (verb === 'awarded') return true;
  return words(facts.text).some((word) => NUMBERLESS_WORDS.qualifications.has(word.text.toLowerCase()));
}

const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+|\[[^\]]+\]\([^)]+\)|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|co|ai|app|blog|me|tech|info|edu|gov|uk|de|fr)(?:\/\S*)?(?![\w.])/i;
const PUBLICATION = new RegExp(`\\b(?:${[...NUMBERLESS_WORDS.publications].map((p) => p.replace(/[-\s]+/g, '[-\\s]')).join('|')})\\b`, 'i');

/** "Wrote a blog post on … (read it at example.com/blog)": a link to something written or said elsewhere. */
function isPointer(facts: TextFacts): boolean {
  return LINK.test(facts.text) && PUBLICATION.test(facts.text);
}

/** Why a highlight needs no number, if it is one of those; `null` for an ordinary statement of work. */
export const NUMBERLESS = derived((facts): NumberlessReason | null => {
  if (facts.blank || !facts.latin) return null;
  if (isHeading(facts)) return 'heading';
  if (isQualification(facts)) return 'qualification';
  if (isPointer(facts)) return 'pointer';
  if (isKeywords(facts)) return 'keywords';
  return null;
});
