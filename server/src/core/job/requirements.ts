import type { Clause } from './clauses';
import type { JobRequirement } from './types';

const NUMBER = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)`;
const YEARS = new RegExp(String.raw`\b${NUMBER}\s*\+?\s*(?:(?:-|–|to|or)\s*${NUMBER}\s*)?\+?\s*(?:plus\s+)?(?:years?|yrs?)\b`, 'i');
const DEGREE = /\b(?:bachelor'?s?|master'?s?|ph\.?\s?d\.?|doctorate|doctoral|B\.?Sc?\.?|M\.?Sc?\.?|B\.?A\.?|M\.?Eng|B\.?Eng|MBA|(?:university|college|academic)\s+degree|degree\s+in|degree)\b/;
const MAX_TEXT = 140;

/** Years of experience and degrees the posting asks for, each in the posting's words (its clause, cut short). */
export function requirementsOf(clauses: readonly Clause[]): JobRequirement[] {
  const out: JobRequirement[] = [];
  for (const clause of clauses) {
    const years = YEARS.exec(clause.text);
    if (years && /experience|expertise|background|working|developing|building|professional|industry|in\s|with\s|of\s/i.test(clause.text.slice(years.index))) {
      out.push(requirement('years', clause, years.index));
    }
    const degree = DEGREE.exec(clause.text);
    if (degree && (/degree|bachelor|master|ph\.?\s?d|doctor/i.test(clause.text))) out.push(requirement('degree', clause, degree.index));
  }
  return out;
}

function requirement(kind: JobRequirement['kind'], clause: Clause, at: number): JobRequirement {
  // From the start of the words that ask (a bullet's marker and leading filler left out) to the clause's end.
  const lead = /^\s*(?:[-*•·▪]\s*|\d{1,2}[.)]\s*)?/.exec(clause.text)![0].length;
  const from = Math.min(lead, at);
  let to = clause.text.length;
  while (to > from && /[\s.,;:]/.test(clause.text[to - 1]!)) to--;
  if (to - from > MAX_TEXT) to = clause.text.lastIndexOf(' ', from + MAX_TEXT) > from ? clause.text.lastIndexOf(' ', from + MAX_TEXT) : from + MAX_TEXT;
  const [start, end] = clause.passage.span(clause.start + from, clause.start + to);
  return { kind, text: clause.text.slice(from, to), need: clause.need, start, end };
}
