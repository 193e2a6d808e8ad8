import { whenText, type Block, type ExportEntry, type ExportResume, type ExportSection, type Inline, type Span } from './model';

/**
 * The resume as Markdown: `#` name, `##` sections, `###` entries, the author's own formatting in summaries and
 * highlights kept, links as `[text](url)` (only the URLs the page would link). Every piece of resume text is escaped,
 * so a `[text](javascript:…)`, a `<script>` or a stray `*` in the YAML stays text in any Markdown viewer.
 */
export function markdown(resume: ExportResume): string {
  const { header } = resume;
  const blocks: string[] = [];
  if (header.name) blocks.push(`# ${heading(header.name)}`);
  if (header.label) blocks.push(lineStart(`**${escapeText(header.label)}**`));
  if (header.contact.length > 0) blocks.push(lineStart(header.contact.map((item) => inline(item)).join(' · ')));
  if (header.profiles.length > 0) blocks.push(lineStart(header.profiles.map((item) => inline(item)).join(' · ')));
  blocks.push(...bodyBlocks(header.body));
  for (const section of resume.sections) blocks.push(...sectionBlocks(section));
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

function sectionBlocks(section: ExportSection): string[] {
  const blocks = [`## ${heading(section.title)}`];
  let list: string[] = [];
  const flush = (): void => {
    if (list.length > 0) blocks.push(list.join('\n'));
    list = [];
  };
  for (const entry of section.entries) {
    // One-line entries (skills, languages, interests) make one list.
    if (entry.compact && entry.body.length === 1) list.push(`- ${lineStart(inline(entry.body[0]!.content))}`);
    else {
      flush();
      blocks.push(...entryBlocks(entry));
    }
  }
  flush();
  return blocks;
}

function entryBlocks(entry: ExportEntry): string[] {
  const blocks: string[] = [];
  if (entry.title.length > 0) blocks.push(`### ${entry.title.map((part) => inline(part, true)).join(', ')}`);
  const when = [whenText(entry.when, '–'), ...entry.facts].filter((part): part is string => part !== undefined);
  if (when.length > 0) blocks.push(lineStart(when.map((part) => escapeText(part)).join(' · ')));
  blocks.push(...bodyBlocks(entry.body));
  return blocks;
}

/** Paragraphs apart; neighbouring bullets as one list. */
function bodyBlocks(body: readonly Block[]): string[] {
  const blocks: string[] = [];
  body.forEach((block, index) => {
    const line = lineStart(inline(block.content));
    if (block.kind === 'bullet' && body[index - 1]?.kind === 'bullet') blocks[blocks.length - 1] += `\n- ${line}`;
    else blocks.push(block.kind === 'bullet' ? `- ${line}` : line);
  });
  return blocks;
}

function inline(content: Inline, inHeading = false): string {
  return content.map((span) => spanText(span, inHeading)).join('');
}

function spanText(span: Span, inHeading: boolean): string {
  // Emphasis must hug its words ("**900 ms** to", not "** 900 ms **to"): spaces at its edges go outside.
  const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(span.text)!;
  let text = span.code ? codeSpan(core!) : escapeText(core!, inHeading);
  if (text !== '') {
    if (span.strike) text = `~~${text}~~`;
    if (span.em) text = `*${text}*`;
    if (span.strong) text = `**${text}**`;
  }
  if (span.href !== undefined) return `${before}[${text}](${span.href.replace(/[()<>\\]/g, '\\$&')})${after}`;
  return `${before}${text}${after}`;
}

/** Backslash-escapes what Markdown would read as formatting, links, HTML or entities. */
function escapeText(text: string, inHeading = false): string {
  const escaped = text.replace(/[\\`*_[\]<>~]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  return inHeading ? escaped.replace(/#/g, '\\#') : escaped;
}

const heading = (text: string): string => escapeText(text, true);

/** A line that would start a heading, list, quote or rule (`# `, `- `, `1. `, `===`) starts with an escape. */
function lineStart(line: string): string {
  return line.replace(/^([#+\-=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** `code`, with a fence longer than any run of backticks inside. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
