import type { SeverityName } from './codes';

/** What a rule's page (docs/rules/<code>.md) says, read for SARIF and anything else that shows it inline. */
export interface RuleDoc {
  readonly code: string;
  /** The first paragraph after the severity line: what the rule finds and why it matters. */
  readonly description: string;
  /** From "Default severity: **warning**." (the first severity named, where a page names two). */
  readonly defaultSeverity?: SeverityName;
  /** The whole page, with links to other local pages turned into plain text (they do not resolve elsewhere). */
  readonly markdown: string;
  /** The page as plain text: no emphasis, code marks or link syntax. */
  readonly text: string;
}

const SEVERITIES = new Set<string>(['error', 'warning', 'information', 'hint']);

export function parseRuleDoc(code: string, page: string): RuleDoc {
  const markdown = page.replace(/\r\n?/g, '\n').replace(/\[([^\]]+)\]\((?![a-z][a-z0-9+.-]*:)[^)]*\)/gi, '$1').trim();
  const paragraphs = markdown.split(/\n\s*\n/).map((paragraph) => paragraph.trim());
  const severityParagraph = paragraphs.find((paragraph) => paragraph.startsWith('Default severity'));
  const severity = severityParagraph?.match(/\*\*(\w+)\*\*/)?.[1];
  const description = paragraphs.find((paragraph) => paragraph !== severityParagraph && !/^(#|```|- |\|)/.test(paragraph)) ?? '';
  return {
    code,
    description: plain(description).replace(/\s*\n\s*/g, ' '),
    ...(severity && SEVERITIES.has(severity) ? { defaultSeverity: severity as SeverityName } : {}),
    markdown,
    text: plain(markdown),
  };
}

/** Markdown reduced to its words, for readers that show text only. */
function plain(markdown: string): string {
  return markdown
    .replace(/^#+\s*/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)');
}
