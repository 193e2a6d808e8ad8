import { displayUrl } from '../render/html';
import { whenText, type Block, type ExportEntry, type ExportResume, type ExportSection, type Inline, type Span } from './model';

/**
 * The resume as plain text, the way an applicant-tracking system reads it: one column, no tables, section headings
 * in capitals, "- " bullets, one blank line between sections and between entries, every link written out as its
 * URL, Markdown reduced to its words.
 */
export function plainText(resume: ExportResume): string {
  const { header } = resume;
  const parts: string[][] = [];
  const top = [header.name, header.label, header.contact.map(words).join(' | '), ...header.profiles.map(words)].filter((line): line is string => !!line);
  if (top.length > 0) parts.push(top);
  if (header.body.length > 0) parts.push(header.body.map(blockLine));
  for (const section of resume.sections) parts.push(sectionLines(section));
  return parts.length === 0 ? '' : `${parts.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function sectionLines(section: ExportSection): string[] {
  const lines = [section.title.toUpperCase()];
  section.entries.forEach((entry, index) => {
    // Entries are apart by a blank line; one-line entries (skills, languages) sit together.
    if (index > 0 && !(entry.compact && section.entries[index - 1]!.compact)) lines.push('');
    lines.push(...entryLines(entry));
  });
  return lines;
}

function entryLines(entry: ExportEntry): string[] {
  const when = [whenText(entry.when, '-'), ...entry.facts].filter((part): part is string => part !== undefined).join(' | ');
  return [titleLine(entry.title), when, ...entry.body.map(blockLine)].filter((line) => line !== '');
}

function blockLine(block: Block): string {
  return block.kind === 'bullet' ? `- ${words(block.content)}` : words(block.content);
}

/** "Staff Engineer, Acme (https://acme.example.com)": the head's words, then the URLs its links lead to. */
function titleLine(parts: readonly Inline[]): string {
  const urls: string[] = [];
  const text = parts
    .map((part) =>
      part
        .map((span) => {
          if (isUrl(span)) return span.href!;
          if (span.href !== undefined && /^https?:/i.test(span.href)) urls.push(span.href);
          return span.text;
        })
        .join(''),
    )
    .join(', ');
  return urls.length === 0 ? text : `${text} (${urls.join(', ')})`;
}

/**
 * A line's words, every link written out: "text (URL)", or the URL alone when the text is the address itself; an
 * email address or phone number as written, or after its text ("write to me (ada@example.com)").
 */
function words(inline: Inline): string {
  return inline.map(written).join('');
}

function written(span: Span): string {
  if (span.href === undefined) return span.text;
  if (/^https?:/i.test(span.href)) return isUrl(span) ? span.href : `${span.text} (${span.href})`;
  const target = span.href.replace(/^(mailto|tel):/i, '');
  const same = /^tel:/i.test(span.href) ? span.text.replace(/[^\d+]/g, '') === target : span.text === target;
  return same ? span.text : `${span.text} (${target})`;
}

const isUrl = (span: Span): boolean => span.href !== undefined && /^https?:/i.test(span.href) && (span.text === span.href || span.text === displayUrl(span.href));
