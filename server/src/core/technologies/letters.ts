import type { Token } from './prose';
import type { TechIndex } from './vocabulary';

// The words after which a language is what something is written in: "written in C", "firmware using C".
const WRITTEN_IN = /^(?:in|using|with)$/i;
const CONJUNCTION = /^(?:and|or)$/i;
const JOINING = /^(?:\s*[,/]\s*|\s+&\s+)$/;

/**
 * Whether a single capital names a language ("C", "R"): among a list of names, after "in", "using" or "with"
 * ("written in C", "reports in R"), or joined by a comma, "and", "or" or "&" to another language ("Python and R",
 * "Objective-C & C"). Elsewhere it is a letter: "Plan C", "Pearson's R Correlation", "R&D", "R$ 600 million".
 */
export function namesLanguage(index: TechIndex, text: string, tokens: readonly Token[], i: number, listed: boolean): boolean {
  const token = tokens[i]!;
  if (!/^\p{Lu}$/u.test(token.text) || !isLanguage(index, token)) return false;
  if (/^(?:&\S|\$|['’]|\.\p{L})/u.test(text.slice(token.end, token.end + 2))) return false;
  if (listed) return true;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  // "C Squared Consulting", "R Studio": a capitalised word right after the letter makes it part of another name.
  if (next && /^ +$/.test(text.slice(token.end, next.start)) && /^\p{Lu}/u.test(next.text)) return false;
  if (previous && /^ +$/.test(text.slice(previous.end, token.start)) && WRITTEN_IN.test(previous.text)) return true;
  return joinedToLanguage(index, text, tokens, i, -1) || joinedToLanguage(index, text, tokens, i, 1);
}

/** Whether the word `step` away (past an "and" or "or") is a language joined to this one by a conjunction or a comma. */
function joinedToLanguage(index: TechIndex, text: string, tokens: readonly Token[], i: number, step: 1 | -1): boolean {
  const between = (a: Token, b: Token): string => (step > 0 ? text.slice(a.end, b.start) : text.slice(b.end, a.start));
  const neighbour = tokens[i + step];
  if (!neighbour) return false;
  if (CONJUNCTION.test(neighbour.text)) {
    const beyond = tokens[i + 2 * step];
    return beyond !== undefined && /^,? +$/.test(between(tokens[i]!, neighbour)) && /^ +$/.test(between(neighbour, beyond)) && namedLanguage(index, beyond);
  }
  return JOINING.test(between(tokens[i]!, neighbour)) && namedLanguage(index, neighbour);
}

function isLanguage(index: TechIndex, token: Token): boolean {
  return index.resolve(token.text)?.tech.category === 'language';
}

/** "R & D": a language's name of more than one letter, to join a letter to. */
function namedLanguage(index: TechIndex, token: Token): boolean {
  return token.text.length > 1 && isLanguage(index, token);
}
