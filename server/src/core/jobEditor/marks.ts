import type { JobMatch } from '../job/types';

/** Where the resume shows or lists what the posting asks for: the preview's "job terms" marks (resume offsets). */
export function jobMarks(match: JobMatch): Array<{ start: number; end: number; canonical: string; need: 'required' | 'preferred' }> {
  return match.terms.flatMap((term) => term.evidence.map((evidence) => ({ start: evidence.start, end: evidence.end, canonical: term.canonical, need: term.need })));
}
