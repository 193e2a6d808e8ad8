import type { Need } from './types';

/**
 * How a posting says what it needs: headings over a list ("Nice to have", "Requirements") and words inside a
 * sentence ("is a plus", "(preferred)", "ideally"). A heading sets the need until the next heading; a cue in a
 * sentence or bullet makes that sentence preferred.
 */

const PREFERRED_HEADING = /\b(nice[\s-]to[\s-]haves?|bonus(?:\s+points)?|preferred|pluses|plus(?:es)?\b|desired\s+(?:qualifications|skills|experience)|desirable|highly\s+valued|good[\s-]to[\s-]haves?|extra\s+credit|ideally|ideal\s+candidate|even\s+better|would\s+be\s+(?:great|nice|a\s+plus)|stand\s+out|what\s+sets\s+you\s+apart|not\s+required|optional|we'?d\s+love|it'?s\s+a\s+plus|additional(?:ly)?|advantageous|an\s+advantage|a\s+bonus)\b/i;
const OTHER_HEADING = /\b(requirements?|required|qualifications?|must[\s-]haves?|minimum|basic|essential|what\s+you(?:'ll)?\s+(?:need|bring|have|do|will\s+do)|you\s+(?:have|bring|are|will)|about\s+(?:you|the\s+role|the\s+team|us|the\s+job)|who\s+you\s+are|skills|experience|responsibilities|the\s+role|the\s+job|your\s+role|what\s+we(?:'re|\s+are)?\s+looking\s+for|we'?re\s+looking\s+for|looking\s+for|benefits|perks|what\s+we\s+offer|tech(?:nology)?\s+stack|our\s+stack|tools|job\s+description|overview|summary|duties|key\s+(?:responsibilities|skills)|what\s+you'?ll\s+work\s+on|in\s+this\s+role|the\s+opportunity|day[\s-]to[\s-]day)\b/i;

const BULLET = /^\s*(?:[-*•·▪‣◦●○■□➢➤►–—]|\d{1,2}[.)]|[a-z][.)])\s+/;

/**
 * The need a line sets when it is a heading; `undefined` when it is not one. A heading is a short line in Title
 * Case, of a few words, marked as a Markdown heading or bold, or any line that ends with a colon and leads into a
 * list ("Ideally, you'd have experience in some or all of:").
 */
export function headingNeed(line: string): Need | undefined {
  if (BULLET.test(line)) return undefined;
  const marked = /^\s*(?:#{1,6}\s|\*\*|__)/.test(line);
  const bare = line.replace(/^\s*#{1,6}\s*/, '').replace(/[*_`]+/g, '').trim();
  if (!bare) return undefined;
  if (/:$/.test(bare) && bare.length <= 200) return classify(bare);
  const inline = /^[^.:]{3,60}:\s/.exec(bare);
  if (inline) return classify(inline[0]);
  // A line with commas is a list ("Experience with Python, Postgres, Redis"), not a heading.
  if (bare.length > 70 || /[.!?,;]$/.test(bare) || /,\s/.test(bare)) return undefined;
  const words = bare.split(/\s+/);
  const titleCase = words.length <= 6 && words.every((word) => !/^\p{Ll}/u.test(word) || /^(and|or|to|of|the|a|an|in|for|with|you|we|have|&)$/i.test(word));
  return marked || words.length <= 4 || titleCase ? classify(bare) : undefined;
}

function classify(heading: string): Need | undefined {
  if (PREFERRED_HEADING.test(heading)) return 'preferred';
  if (OTHER_HEADING.test(heading)) return 'required';
  return undefined;
}

/** A heading glued to the end of a line, as pasted ("… load testing (k6)Nice-to-haves"). */
export const TRAILING_HEADING = /(?:nice[\s-]to[\s-]haves?|bonus\s+points|preferred\s+qualifications|good\s+to\s+have)\s*:?\s*$/i;

/** Whether a heading's line goes on with content after its colon ("Nice to have: Kafka, Go"). */
export function headingRest(line: string): number | undefined {
  const colon = /^[^.:]{3,60}:\s*\S/.exec(line);
  return colon ? line.indexOf(':') + 1 : undefined;
}

const PREFERRED_CUE = /\b(is|are|would\s+be|will\s+be|as)\s+(?:a\s+)?(?:big\s+|huge\s+|definite\s+|strong\s+)?(?:plus|bonus|advantage|benefit)\b|\ba\s+plus\b|\(\s*(?:preferred|optional|nice[\s-]to[\s-]have|bonus|a\s+plus|plus)\s*\)|\bpreferred\b|\bpreferably\b|\boptionally\b|\bideally\b|\bnice[\s-]to[\s-]have\b|\bbonus\b|\bdesirable\b|\bdesired\b|\bhighly\s+valued\b|\bnot\s+(?:a\s+)?(?:required|must|requirement)\b|\bhelpful\b|\badvantageous\b|\bwelcome\b|\bappreciated\b|\bgood\s+to\s+have\b|\bwould\s+be\s+(?:great|nice|ideal)\b|\beven\s+better\b|\bextra\s+points\b|\bis\s+valued\b/i;
const REQUIRED_CUE = /\(\s*required\s*\)|\bmust[\s-]have\b|\bis\s+required\b|\bare\s+required\b|\bmust\b/i;

/** The need a sentence says for itself, if it says one. */
export function sentenceNeed(sentence: string): Need | undefined {
  if (PREFERRED_CUE.test(sentence)) return 'preferred';
  if (REQUIRED_CUE.test(sentence)) return 'required';
  return undefined;
}
