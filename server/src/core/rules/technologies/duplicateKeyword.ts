import type { Fix } from '../../finding';
import { TechCodes } from '../../technologies/codes';
import { repeatedKeywords } from '../../technologies/repeats';
import { resumeTechnologies, type Keyword, type KeywordGroup } from '../../technologies/resume';
import type { Rule } from '../rule';

/**
 * The same skill listed twice (`repeatedKeywords`), with a fix that removes the second; where the first is the
 * product's former name ("OS X" before "macOS"), the fix removes the former name and keeps today's.
 */
export const duplicateKeyword: Rule = {
  id: TechCodes.duplicateKeyword,
  *check(context) {
    const found = resumeTechnologies(context);
    const text = context.doc.text;
    for (const { keyword, group, first, name } of repeatedKeywords(found, context.caches)) {
      const same = first.text.trim() === keyword.text.trim();
      const where = first.group === group ? 'in this list' : `in skills group ${groupName(first.group)}`;
      const former = !same && first.resolution?.status === 'former' && keyword.resolution !== undefined && keyword.resolution.status !== 'former';
      const fix = (former && first.group ? removal(text, first.group, first) : undefined) ?? removal(text, group, keyword);
      yield {
        code: TechCodes.duplicateKeyword,
        severity: 'warning',
        message: same || !name ? `"${keyword.text.trim()}" is already listed ${where}.` : `${name} is already listed ${where}, ${former ? 'by its former name' : 'as'} "${first.text.trim()}".`,
        start: keyword.span[0],
        end: keyword.span[1],
        ...(fix ? { fixes: [fix] } : {}),
      };
    }
  },
};

function groupName(group: KeywordGroup | undefined): string {
  return group?.name ? `"${group.name}"` : `${(group?.index ?? 0) + 1}`;
}

/** Removes one list item, keeping the list valid YAML; none when that would drop a comment. */
function removal(text: string, group: KeywordGroup, keyword: Keyword): Fix | undefined {
  const items = group.keywords;
  const position = items.indexOf(keyword);
  const title = `Remove "${keyword.text.trim()}"`;
  if (group.seq.flow) {
    const [start, end] = position > 0 ? [items[position - 1]!.span[1], keyword.span[1]] : items[1] ? [keyword.span[0], items[1].span[0]] : [keyword.span[0], keyword.span[1]];
    const removed = text.slice(start, end);
    if (removed.includes('#') && !keyword.text.includes('#')) return undefined;
    if (position > 0 && !/^\s*,/.test(removed)) return undefined;
    return { title, newText: '', span: [start, end] };
  }
  const lineStart = text.lastIndexOf('\n', keyword.span[0] - 1) + 1;
  const before = text.slice(lineStart, keyword.span[0]);
  if (!/^\s*-\s+$/.test(before)) return undefined;
  const newline = text.indexOf('\n', keyword.span[1]);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  if (text.slice(keyword.span[1], lineEnd).trim() !== '') return undefined;
  return { title, newText: '', span: [lineStart, lineEnd] };
}
