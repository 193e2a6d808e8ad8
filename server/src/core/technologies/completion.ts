import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver-types';
import type { Caches } from '../caches';
import type { ResumeDocument } from '../document';
import { cursorContext, type Lines } from '../yaml/cursorContext';
import type { PathSegment } from '../yaml/nodes';
import type { TechnologyOptions } from './extras';
import { proseOf } from './prose';
import { searchTechnologies, type SearchHit } from './search';
import { techIndexFor, type TechIndex } from './vocabulary';

/** Where technologies are completed, read from the text around the cursor (which need not be valid YAML). */
interface TechCursor {
  /** A keyword or skill name (the whole value is a technology) or a word in a sentence. */
  readonly mode: 'keyword' | 'prose';
  readonly typed: string;
  /** Characters of the cursor's line to replace: the typed text and the rest of the word after the cursor. */
  readonly start: number;
  readonly end: number;
  /** Keywords already in the same list. */
  readonly siblings: readonly string[];
}

const KEYWORD_LISTS = /^(skills|projects)\.\d+\.keywords$/;
const SKILL_NAME = /^skills\.\d+\.name$/;
const BULLETS = /^(work|volunteer|projects)\.\d+\.highlights$/;
const PROSE = /^(basics\.summary|(work|volunteer|projects|awards|publications|education)\.\d+\.(summary|description))$/;
const LIMIT = 50;

/** Technologies for the word at the cursor, or `undefined` when the cursor is not where technologies are written. */
export function completeTechnologies(doc: ResumeDocument, position: Position, options: TechnologyOptions, caches: Caches): CompletionList | undefined {
  const lines: Lines = { count: doc.lines.lineCount, line: (index: number) => doc.lines.lineText(doc.text, index) };
  const cursor = doc.lines.positionAt(doc.lines.offsetAt(position));
  const found = techCursor(lines, cursor);
  if (!found) return undefined;
  const letters = found.typed.replace(/[^\p{L}]/gu, '').length;
  if (found.mode === 'prose' && letters < 2) return undefined;
  const index = techIndexFor(options.extra, caches);
  const exclude = new Set(found.siblings.map((sibling) => index.resolve(sibling)?.tech.name ?? sibling));
  // In a skills list, what the resume's bullets already name comes first: typing "Open" offers the OpenTofu a bullet
  // names before the OpenAPI it does not.
  const prefer = found.mode === 'keyword' ? namedInText(doc, index, caches) : undefined;
  const hits = found.typed.trim()
    ? searchTechnologies(index, found.typed, { fuzzy: found.mode === 'keyword', limit: found.mode === 'prose' ? 20 : LIMIT, exclude, ...(prefer ? { prefer } : {}) })
    : popular(index, exclude);
  const range = { start: { line: cursor.line, character: found.start }, end: { line: cursor.line, character: found.end } };
  const items = hits.map((hit, order): CompletionItem => ({
    label: hit.tech.name,
    kind: CompletionItemKind.Value,
    detail: hit.tech.category,
    ...(hit.tech.aliases.length || hit.tech.formerNames.length ? { documentation: { kind: MarkupKind.Markdown, value: describe(hit.tech) } } : {}),
    sortText: String(order).padStart(4, '0'),
    // The client filters by what was typed; the order here is the ranking (prefix first, then popularity).
    filterText: found.typed,
    textEdit: { range, newText: hit.tech.name },
  }));
  return { isIncomplete: true, items };
}

// The names a document's text mentions outside its skills, read once per document and vocabulary. Each line is read
// through the prose cache the checks share, so a keystroke reads only the line it changed; a long document's first
// 60,000 characters only (more than twice the longest of the 242 judged resumes): at 10,000 lines, reading them all
// took the first completion after a keystroke past its 3 ms.
const NAMED = new WeakMap<ResumeDocument, { index: TechIndex; names: ReadonlySet<string> }>();
const READ_AT_MOST = 60_000;

function namedInText(doc: ResumeDocument, index: TechIndex, caches: Caches): ReadonlySet<string> {
  const known = NAMED.get(doc);
  if (known?.index === index) return known.names;
  const names = new Set<string>();
  let inSkills = false;
  for (const line of doc.text.slice(0, READ_AT_MOST).split('\n')) {
    // A top-level key opens a section: the skills' own names are not what the bullets name.
    if (/^[^\s#-]/.test(line)) inSkills = /^skills\s*:/.test(line);
    if (inSkills || !/\p{L}/u.test(line)) continue;
    for (const mention of proseOf(caches, index, line).mentions) if (!mention.ordinary) names.add(mention.resolution.tech.name);
  }
  NAMED.set(doc, { index, names });
  return names;
}

function popular(index: TechIndex, exclude: ReadonlySet<string>): SearchHit[] {
  return [...index.entries]
    .filter((tech) => !exclude.has(tech.name) && tech.category !== 'network')
    .sort((a, b) => a.reach - b.reach)
    .slice(0, LIMIT)
    .map((tech) => ({ tech, tier: 0 }));
}

function describe(tech: TechIndex['entries'][number]): string {
  const parts: string[] = [];
  if (tech.aliases.length) parts.push(`Also written: ${tech.aliases.join(', ')}`);
  if (tech.formerNames.length) parts.push(`Formerly: ${tech.formerNames.join(', ')}`);
  return parts.join('\n\n');
}

const joinPath = (path: readonly PathSegment[]): string => path.join('.');

function techCursor(lines: Lines, cursor: { line: number; character: number }): TechCursor | undefined {
  const text = lines.line(cursor.line);
  const before = text.slice(0, cursor.character);
  if (/(^|\s)#/.test(before) || before.length > 2000) return undefined;
  const wordEnd = cursor.character + (/^[\p{L}\p{N}.+#_-]*/u.exec(text.slice(cursor.character))?.[0].length ?? 0);
  // A block list item: "    - Kube", "    - Amazon Sa", "      - Migrated services to Kube".
  const item = /^(\s*)-\s+(?!.*:\s)(.*)$/u.exec(before);
  if (item) {
    const dashEnd = before.length - item[2]!.length;
    const at = cursorContext(lines, { line: cursor.line, character: dashEnd });
    const path = at ? joinPath(at.path.slice(0, -1)) : '';
    if (KEYWORD_LISTS.test(path)) {
      const typed = inParentheses(item[2]!.replace(/^["']/, ''));
      return { mode: 'keyword', typed, start: cursor.character - typed.length, end: wordEnd, siblings: blockSiblings(lines, cursor.line, item[1]!.length) };
    }
    if (BULLETS.test(path)) return prose(before, cursor.character, wordEnd);
  }
  const at = cursorContext(lines, cursor);
  if (at?.kind !== 'value') return undefined;
  const path = joinPath(at.path);
  if (SKILL_NAME.test(path) && !at.prefix.startsWith('[')) {
    const typed = at.prefix.replace(/^["']/, '');
    return { mode: 'keyword', typed, start: cursor.character - typed.length, end: wordEnd, siblings: [] };
  }
  if (KEYWORD_LISTS.test(path) && at.prefix.startsWith('[')) {
    const inside = at.prefix.slice(1);
    const typed = inParentheses((inside.split(',').pop() ?? '').trimStart().replace(/^["']/, ''));
    const after = text.slice(cursor.character).split(']')[0] ?? '';
    const siblings = [...inside.split(',').slice(0, -1), ...after.split(',').slice(1)].map(unquote).filter(Boolean);
    return { mode: 'keyword', typed, start: cursor.character - typed.length, end: wordEnd, siblings };
  }
  if (PROSE.test(path) && !/^[|>]/.test(at.prefix)) return prose(before, cursor.character, wordEnd);
  return undefined;
}

/**
 * "Containers (Dock", "Java (Spring, Hib": in a keyword's open parentheses, the name being typed is the one after the
 * parenthesis or the last comma or slash inside it.
 */
function inParentheses(typed: string): string {
  const open = /\(([^()]*)$/.exec(typed)?.[1];
  return open === undefined ? typed : (open.split(/[,;/]/).pop() ?? '').trimStart();
}

function prose(before: string, character: number, end: number): TechCursor {
  const typed = /\.?[\p{L}\p{N}][\p{L}\p{N}.+#_-]*$/u.exec(before)?.[0] ?? '';
  return { mode: 'prose', typed, start: character - typed.length, end, siblings: [] };
}

/** The other items of the block list the cursor's line belongs to (same dash column, above and below). */
function blockSiblings(lines: Lines, lineNo: number, column: number): string[] {
  const out: string[] = [];
  const visit = (i: number): boolean => {
    const text = lines.line(i);
    if (!text.trim() || text.trimStart().startsWith('#')) return true;
    const indent = text.length - text.trimStart().length;
    if (indent > column) return true;
    if (indent < column || text[column] !== '-') return false;
    out.push(unquote(text.slice(column + 1)));
    return true;
  };
  for (let i = lineNo - 1, seen = 0; i >= 0 && seen < 100_000 && visit(i); i--, seen++);
  for (let i = lineNo + 1, seen = 0; i < lines.count && seen < 100_000 && visit(i); i++, seen++);
  return out;
}

function unquote(raw: string): string {
  return raw.replace(/\s+#.*$/, '').trim().replace(/^["']|["']$/g, '').trim();
}
