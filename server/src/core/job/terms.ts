import type { Caches } from '../caches';
import { proseIn } from '../technologies/functionWords';
import type { Mention } from '../technologies/prose';
import type { TechIndex } from '../technologies/vocabulary';
import type { Clause } from './clauses';
import type { JobTerm } from './types';

/** Categories that name no technology a resume could show: a company is an employer, not a skill. */
const NOT_TERMS = new Set(['company']);

// "one of Python, Go or Java", "AWS, GCP or Azure", "e.g. Kafka or RabbitMQ", "such as Kafka, RabbitMQ and SQS".
const JOINER = /^\s*(?:,|\/|\||,?\s*(?:or|and|and\/or|&)\s)\s*$/i;
const ALTERNATIVE = /(?:^|\s|,)(?:or|and\/or)\s/i;
const EXAMPLES = /\b(?:one\s+of|any\s+of|either|such\s+as|e\.\s?g\.?|eg\.|like|for\s+example|for\s+instance|at\s+least\s+one)\s*(?:the\s+following)?[:(]?\s*$/i;
const OR_SIMILAR = /^\s*,?\s*(?:or|and\/or)\s+(?:a\s+|an\s+|another\s+|any\s+|other\s+)?(?:similar|equivalent|comparable|related|other|another|alternatives?|like)\b/i;

/**
 * The technologies a posting names, clause by clause: read in context by the vocabulary (ordinary words, people,
 * internal names, the company itself and the function words of the posting's language set aside), each with its
 * clause's need, and alternatives grouped.
 */
export function termsOf(index: TechIndex, caches: Caches, clauses: readonly Clause[], company: string | undefined, functionWords?: ReadonlySet<string>): JobTerm[] {
  const terms: JobTerm[] = [];
  const companyKey = company?.toLowerCase().split(/[\s,]+/)[0];
  let groups = 0;
  for (const clause of clauses) {
    const keyword = clause.passage.field === 'keywords' || clause.passage.field === 'skills' ? index.resolve(clause.text.trim()) : undefined;
    const mentions = keyword && keyword.tech.category !== 'company'
      ? [{ start: clause.text.indexOf(clause.text.trim()), end: clause.text.indexOf(clause.text.trim()) + clause.text.trim().length, written: clause.text.trim(), resolution: keyword, ordinary: false, partial: false } satisfies Mention]
      : withC(index, clause.text, kept(clause.text, inLists(clause.text, spaced(index, clause.text, proseIn(caches, index, clause.text, functionWords).mentions).map((mention) => asNoun(clause.text, mention))), companyKey, company));
    const members = listsOf(clause.text, mentions);
    mentions.forEach((mention, i) => {
      const list = members.get(i);
      const [start, end] = clause.passage.span(clause.start + mention.start, clause.start + mention.end);
      const tech = mention.resolution.tech;
      const need = clause.preferredFrom !== undefined && mention.start >= clause.preferredFrom ? 'preferred' : clause.need;
      terms.push({ text: mention.written, canonical: tech.name, category: tech.category, need, ...(list !== undefined ? { group: groups + list } : {}), start, end });
    });
    groups += new Set(members.values()).size;
  }
  return terms;
}

// A list item opening with the name ("React is a plus", "Go, Rust or C++"): capitalised as any first word is, the
// word reads as the technology when what follows treats it as a noun.
const AS_NOUN = /^\s*(?:$|[,/(:&]|\.(?:\s|$)|(?:is|are|and|or|experience|knowledge|skills?|development|programming|proficiency|expertise|background)\b)/i;

function asNoun(text: string, mention: Mention): Mention {
  if (!mention.ordinary || !/^\p{Lu}\p{Ll}+$/u.test(mention.written) || /\s/.test(mention.written)) return mention;
  if (!/^[\s\-*•·▪(\d.)]*$/.test(text.slice(0, mention.start)) || !AS_NOUN.test(text.slice(mention.end))) return mention;
  return { ...mention, ordinary: false };
}

/** "CI / CD", "TCP / IP": a name written with spaces around its slash, read as one. */
function spaced(index: TechIndex, text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const next = mentions[i + 1];
    if (next && /^\s+\/\s*$|^\s*\/\s+$/.test(text.slice(mention.end, next.start))) {
      const written = `${mention.written}/${next.written}`;
      const resolution = index.resolve(written);
      if (resolution && resolution.tech !== mention.resolution.tech && resolution.tech !== next.resolution.tech) {
        out.push({ start: mention.start, end: next.end, written: text.slice(mention.start, next.end), resolution, ordinary: false, partial: false });
        i++;
        continue;
      }
    }
    out.push(mention);
  }
  return out;
}

// "Docker, Kubernetes (Helm), Sentry", "Node.js (Express / Fastify)", "REST / GraphQL": between names, a separator.
const LIST_SEPARATOR = /^\s*(?:[,/|&(]|\)\s*[,/]?|,?\s*(?:or|and|and\/or)\s)\s*$/i;

/**
 * A capitalised dictionary word ("Helm", "Sentry", "REST") listed beside a name that is no ordinary word is a name
 * too: the list says what kind of word it is.
 */
function inLists(text: string, mentions: readonly Mention[]): Mention[] {
  const named = (mention: Mention | undefined): boolean => mention !== undefined && !mention.ordinary && !mention.partial;
  return mentions.map((mention, i) => {
    if (!mention.ordinary || mention.partial || /\s/.test(mention.written) || !/^\p{Lu}/u.test(mention.written)) return mention;
    const before = mentions[i - 1];
    const after = mentions[i + 1];
    const listed = (named(before) && LIST_SEPARATOR.test(text.slice(before!.end, mention.start))) || (named(after) && LIST_SEPARATOR.test(text.slice(mention.end, after!.start)));
    return listed ? { ...mention, ordinary: false } : mention;
  });
}

/** The mentions that are terms; "(TDD)" after a concept set aside ("test-driven development") stands for it. */
function kept(text: string, mentions: readonly Mention[], companyKey: string | undefined, company: string | undefined): Mention[] {
  const out: Mention[] = [];
  mentions.forEach((mention, i) => {
    const outer = mentions[i - 1];
    if (mention.inPair && outer && out.includes(outer)) return;
    if (isTerm(mention, companyKey, text) && !isTopic(text, mentions, i) && !inName(text, mention, company)) out.push(mention);
  });
  return out;
}

/**
 * A practice that names a field rather than a skill: "Machine Learning" written out in words, one that heads
 * examples in parentheses ("SIEM (Splunk/Elastic)", "IaC (Bicep / Terraform)") or labels a bullet
 * ("DevSecOps: Experience integrating…"). The examples are the terms.
 */
function isTopic(text: string, mentions: readonly Mention[], i: number): boolean {
  const mention = mentions[i]!;
  if (mention.resolution.tech.category !== 'methodology') return false;
  if (/[\s-]/.test(mention.written) && !/\b\p{Lu}{2,}\b|\//u.test(mention.written)) return true;
  const next = mentions[i + 1];
  const after = text.slice(mention.end);
  if (next && !mention.written.includes('/') && next.resolution.tech.category !== 'methodology' && /^\s*\([^)]*$/.test(text.slice(mention.end, next.start))) return true;
  return /^\s*:/.test(after) && /^[\s\-*•·▪(\d.)]*$/.test(text.slice(0, mention.start));
}

// "embedded C", "C/C++", "C programming": the one-letter language, which prose never reads as a name on its own.
const LETTER_C = /(?<![\p{L}\p{N}#+./-])C(?=\s*\/\s*C\+\+|,\s*C\+\+|\s+(?:programming|language|code|coding|and\s+C\+\+|or\s+C\+\+)\b)|(?<=\bembedded\s)C(?![\p{L}\p{N}#+])/gu;

function withC(index: TechIndex, text: string, mentions: Mention[]): Mention[] {
  if (!text.includes('C')) return mentions;
  const tech = index.byName('C');
  if (!tech) return mentions;
  const found = [...text.matchAll(LETTER_C)].map((match): Mention => ({ start: match.index, end: match.index + 1, written: 'C', resolution: { tech, form: { tech, kind: 'name', text: 'C' }, status: 'canonical' }, ordinary: false, partial: false }));
  if (found.length === 0) return mentions;
  return [...mentions, ...found.filter((c) => !mentions.some((m) => m.start <= c.start && c.start < m.end))].sort((a, b) => a.start - b.start);
}

// "Terraform-managed", "OpenAPI-driven", "React-based": the name, made an adjective of what uses it.
const MADE_WITH = /^-(?:managed|driven|based|powered|backed|native|centric|first|heavy|focused|enabled|compatible)\b/i;

/** Inside the employer's name as written ("Metal" in "Code Metal"). */
function inName(text: string, mention: Mention, company: string | undefined): boolean {
  if (!company || !company.includes(' ')) return false;
  const lower = text.toLowerCase();
  const name = company.toLowerCase();
  for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) if (at <= mention.start && mention.end <= at + name.length) return true;
  return false;
}

function isTerm(mention: Mention, companyKey: string | undefined, text: string): boolean {
  if (mention.ordinary || (mention.partial && !MADE_WITH.test(text.slice(mention.end)))) return false;
  // "machine learning", "infrastructure-as-code", "on-call": a practice named in lower case is a field or a habit.
  if (mention.resolution.tech.category === 'methodology' && /[\s-]/.test(mention.written) && mention.written === mention.written.toLowerCase()) return false;
  const tech = mention.resolution.tech;
  if (NOT_TERMS.has(tech.category)) return false;
  // The employer's own products ("Stripe Connect" at Stripe) are what the job works on, not a skill to bring.
  if (companyKey && companyKey.length > 2 && (tech.name.toLowerCase().startsWith(companyKey) || mention.written.toLowerCase().startsWith(companyKey))) return false;
  return true;
}

/** Which mentions form a list of alternatives: index of the mention → the list's number within the clause. */
function listsOf(text: string, mentions: readonly Mention[]): Map<number, number> {
  const out = new Map<number, number>();
  let lists = 0;
  let i = 0;
  while (i < mentions.length) {
    let j = i;
    let alternative = false;
    while (j + 1 < mentions.length) {
      const between = text.slice(mentions[j]!.end, mentions[j + 1]!.start);
      if (!JOINER.test(between) && !/^\s*\)\s*,?\s*(?:or\s)?\s*$/i.test(between)) break;
      if (ALTERNATIVE.test(` ${between} `)) alternative = true;
      j++;
    }
    if (j > i) {
      const before = text.slice(Math.max(0, mentions[i]!.start - 40), mentions[i]!.start);
      const after = text.slice(mentions[j]!.end, mentions[j]!.end + 40);
      const distinct = new Set(mentions.slice(i, j + 1).map((mention) => mention.resolution.tech)).size > 1;
      if (distinct && (alternative || EXAMPLES.test(before) || OR_SIMILAR.test(after))) {
        for (let k = i; k <= j; k++) out.set(k, lists);
        lists++;
      }
    }
    i = j + 1;
  }
  return out;
}
