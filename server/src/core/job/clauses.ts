import { forwardCue, headingNeed, headingRest, sentenceNeed, TRAILING_HEADING } from './needs';
import type { Passage } from './passage';
import type { Need } from './types';

/** A sentence, bullet or list item of a posting, with the need its heading or its own words give it. */
export interface Clause {
  readonly passage: Passage;
  /** Where the clause starts in the passage's text. */
  readonly start: number;
  readonly text: string;
  readonly need: Need;
  /** Where a cue such as "optionally" starts: what the clause names from there on is preferred. */
  readonly preferredFrom?: number;
}

const LONGEST = 600;

/**
 * Splits passages into clauses and reads their need: a heading line sets it for what follows (until the next
 * heading or the end of the passage), a cue inside a clause sets it for that clause. Everything on one line is
 * split at sentence ends, semicolons and inline bullets, and a "Nice to have:" inside it still counts.
 */
export function clausesOf(passages: readonly Passage[], initial: (passage: Passage) => Need = () => 'required'): Clause[] {
  const out: Clause[] = [];
  for (const passage of passages) {
    let need = initial(passage);
    const text = passage.text;
    let lineStart = 0;
    while (lineStart <= text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      let line = text.slice(lineStart, lineEnd);
      const heading = headingNeed(line);
      let from = 0;
      if (heading) {
        need = heading;
        // The heading's own words are read too: "Backend Engineer (Ruby on Rails)", "Experience with Go".
        from = headingRest(line) ?? 0;
      }
      const trailing = heading ? null : TRAILING_HEADING.exec(line);
      if (trailing && trailing.index > 0) line = line.slice(0, trailing.index);
      for (const piece of pieces(line, from)) {
        let pieceNeed = need;
        let start = piece.start;
        let body = line.slice(piece.start, piece.end);
        // "… Nice to have: Kafka" inside a one-line posting: the heading's need from there on.
        const inline = /^[^.:;]{3,50}:/.exec(body);
        if (inline) {
          const inlineNeed = headingNeed(inline[0]);
          if (inlineNeed) {
            need = inlineNeed;
            pieceNeed = inlineNeed;
            start += inline[0].length;
            body = body.slice(inline[0].length);
          }
        }
        if (!/\p{L}/u.test(body)) continue;
        const forward = pieceNeed === 'required' ? forwardCue(body) : undefined;
        if (forward !== undefined) out.push({ passage, start: lineStart + start, text: body, need: pieceNeed, preferredFrom: forward });
        else out.push({ passage, start: lineStart + start, text: body, need: sentenceNeed(body) ?? pieceNeed });
        // A sentence that leads into a list ("Ideally, you'd have experience in some or all of:") heads it.
        if (piece.end === line.length && /:\s*$/.test(body)) need = headingNeed(body.trim()) ?? need;
      }
      if (trailing && trailing.index > 0) need = 'preferred';
      lineStart = lineEnd + 1;
    }
  }
  return out;
}

/** Sentences, semicolon-separated parts and inline bullets of one line; very long runs cut at spaces. */
function pieces(line: string, from: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let boundary = /(?<=[.!?])(?<!\b(?:e\.g|i\.e|vs|incl|approx|etc)\.)\s+(?=[\p{Lu}"“(])|;\s*|\s+[•·▪●■]\s*|\s{3,}|\s[-–—]\s(?=\p{Lu})/gu;
  // A long run pasted without punctuation ("…in C++ and Python Deep understanding of HPC…"): a capitalised word
  // after a lower-case one starts the next item.
  const runOn = line.length > 300 && !/[.!?;]\s/.test(line) ? /(?<=[\p{L}\p{N}+)])\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll})/gu : undefined;
  if (runOn) boundary = runOn;
  boundary.lastIndex = from;
  let start = from;
  const emit = (end: number): void => {
    for (let at = start; at < end; ) {
      let stop = Math.min(end, at + LONGEST);
      if (stop < end) {
        const space = line.lastIndexOf(' ', stop);
        if (space > at + LONGEST / 2) stop = space;
      }
      out.push({ start: at, end: stop });
      at = stop;
    }
  };
  for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
    if (match[0].length === 0) boundary.lastIndex++;
    emit(match.index);
    start = match.index + match[0].length;
  }
  emit(line.length);
  return out;
}
