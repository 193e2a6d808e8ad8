import type { Caches } from '../caches';
import { functionWordsOf } from '../technologies/functionWords';
import { techIndex } from '../technologies/vocabulary';
import { proseLanguage } from '../writing/language';
import { clausesOf } from './clauses';
import { headingNeed } from './needs';
import { htmlPassage } from './html';
import { verbatim, type Passage } from './passage';
import { caveats, looksLikeHtml, MAX_JOB_CHARS, unreadable } from './problems';
import { requirementsOf } from './requirements';
import { structuredJob } from './structured';
import { termsOf } from './terms';
import type { JobFormat, JobPosting, JobRequirement } from './types';

/** Reads a job posting: its title and company, the technologies it names and what else it asks for. */
export function readJob(text: string, format: JobFormat, caches: Caches): JobPosting {
  const refused = unreadable(text);
  if (refused) return { terms: [], requirements: [], problems: [refused] };
  const problems = caveats(text);
  const source = text.length > MAX_JOB_CHARS ? text.slice(0, MAX_JOB_CHARS) : text;
  let passages: readonly Passage[];
  let title: string | undefined;
  let company: string | undefined;
  let titleAt: [number, number] | undefined;
  if (format === 'yaml' || format === 'json') {
    const job = structuredJob(source);
    problems.push(...job.problems);
    passages = job.passages.filter((passage) => passage.field !== 'title');
    title = job.title;
    company = job.company;
    const titlePassage = job.passages.find((passage) => passage.field === 'title');
    if (titlePassage) titleAt = titlePassage.span(0, titlePassage.text.length);
  } else {
    const html = format === 'html' || looksLikeHtml(source);
    if (html && format !== 'html') problems.push('The posting is HTML: its visible text was read, and its scripts and styles were skipped (never run).');
    else if (html && /<script\b/i.test(source)) problems.push('The page\'s scripts and styles were skipped (never run); only its visible text was read.');
    const passage = html ? htmlPassage(source) : verbatim(source);
    passages = [passage];
    const head = headOf(passage);
    if (head) ({ title, titleAt } = head);
    company = companyOf(passage.text, title);
  }
  const clauses = clausesOf(passages);
  const requirements: JobRequirement[] = requirementsOf(clauses);
  if (title && titleAt) requirements.unshift({ kind: 'title', text: title, need: 'required', start: titleAt[0], end: titleAt[1] });
  const functionWords = functionWordsOf(proseLanguage(caches, clauses.map((clause) => clause.text)));
  const terms = termsOf(techIndex(), caches, clauses, company, functionWords);
  if (terms.length === 0 && problems.length === 0) problems.push('No technology was found in the posting.');
  return { ...(title ? { title } : {}), ...(company ? { company } : {}), terms, requirements, problems };
}

/** The posting's first line, when it reads as a job title ("Senior Backend Engineer", "# Staff SRE — Acme"). */
function headOf(passage: Passage): { title: string; titleAt: [number, number] } | undefined {
  const match = /^\s*(?:#{1,6}\s*)?(?:\*\*)?([^\n]{3,100}?)(?:\*\*)?\s*$/m.exec(passage.text);
  if (!match) return undefined;
  const title = match[1]!.trim();
  if (/[.!?]$/.test(title) || title.split(/\s+/).length > 14) return undefined;
  if (!/\b(engineer|developer|scientist|architect|analyst|administrator|manager|lead|designer|programmer|specialist|consultant|sre|devops|intern|researcher|technician|head|director|officer|tester|qa)\b/i.test(title)) return undefined;
  const at = passage.text.indexOf(title, match.index);
  return { title, titleAt: passage.span(at, at + title.length) };
}

/** The employer, where the posting says it plainly: "Company: Acme", "About Acme", "Engineer at Acme". */
function companyOf(text: string, title: string | undefined): string | undefined {
  const head = text.slice(0, 5000);
  const named = /^\s*(?:company|employer|organi[sz]ation)\s*:\s*([^\n]{2,60})$/im.exec(head)?.[1]
    ?? /^\s*(?:#{1,6}\s*)?(?:\*\*)?about\s+(?!you\b|us\b|the\b|this\b|our\b|your\b|the\s+role\b)(\p{Lu}[\p{L}\d&.'-]*(?:\s+\p{Lu}[\p{L}\d&.'-]*){0,3})(?:\*\*)?:?\s*$/imu.exec(head)?.[1]
    ?? (title ? /\s(?:at|@)\s+(\p{Lu}[\p{L}\d&.'-]*(?:\s+\p{Lu}[\p{L}\d&.'-]*){0,2})\s*$/u.exec(title)?.[1] : undefined)
    ?? (title ? underTitle(head, title) : undefined);
  return named?.trim();
}

/** "Senior Backend Engineer\nCode Metal\nAbout the role": a name of a few capitalised words alone under the title. */
function underTitle(head: string, title: string): string | undefined {
  const lines = head.split('\n').map((line) => line.trim());
  const at = lines.findIndex((line) => line.includes(title));
  const next = at >= 0 ? lines[at + 1] : undefined;
  if (!next || !/^\p{Lu}[\p{L}\d&.'-]*(?:\s+\p{Lu}[\p{L}\d&.'-]*){0,2}$/u.test(next) || headingNeed(next)) return undefined;
  return next;
}
