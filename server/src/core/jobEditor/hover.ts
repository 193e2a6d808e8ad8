import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { Evidence, JobMatch } from '../job/types';
import type { LineIndex } from '../lineIndex';
import { alternativeCovering, evidenceSummary, termLabel } from './findings';

/** The resume a job file is matched with, as a hover needs it: where it is, its text, its lines. */
export interface MatchedResume {
  readonly uri: string;
  readonly name: string;
  readonly text: string;
  readonly lines: LineIndex;
}

const KIND: Record<Evidence['kind'], string> = { skill: 'skills', bullet: 'bullet', summary: 'summary', project: 'project' };
const MAX_LINE = 90;

/**
 * Over a term of the job file: whether the resume covers it, and each resume line that does, linked (a `file:` URI
 * with `#L<line>,<column>`, which VS Code opens at that place).
 */
export function jobHover(match: JobMatch, offset: number, jobLines: LineIndex, resume: MatchedResume): Hover | null {
  const term = match.terms.find((candidate) => candidate.start <= offset && offset <= candidate.end);
  if (term) {
    const need = term.need === 'required' ? 'required' : 'nice to have';
    const lines = [`**${termLabel(term)}** · ${need} · ${term.coverage === 'listed' ? 'listed only' : term.coverage}`, ''];
    const alternative = alternativeCovering(match, term);
    if (term.coverage === 'covered') lines.push(`${resume.name} shows it (${evidenceSummary(term)}):`);
    else if (alternative) lines.push(`Not in ${resume.name}, but ${alternative.canonical}, one of its alternatives, is.`);
    else if (term.coverage === 'listed') lines.push(`${resume.name} lists it in its skills, but no bullet, summary or project shows it:`);
    else lines.push(`Not in ${resume.name}. Add it only where you used it: a bullet that shows it in use counts more than a skills keyword.`);
    if (term.evidence.length) lines.push('');
    for (const evidence of term.evidence.slice(0, 8)) lines.push(`- ${evidenceLink(evidence, resume)}`);
    if (term.evidence.length > 8) lines.push(`- … and ${term.evidence.length - 8} more`);
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: jobLines.range(term.start, term.end) };
  }
  const requirement = match.requirements.find((candidate) => candidate.start <= offset && offset <= candidate.end);
  if (!requirement) return null;
  const value = `**${requirement.kind === 'years' ? 'Years of experience' : requirement.kind === 'degree' ? 'Degree' : 'Title'}** · ${requirement.need === 'required' ? 'required' : 'nice to have'}\n\nNot scored: Vitae matches technologies; check this one yourself.`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: jobLines.range(requirement.start, requirement.end) };
}

function evidenceLink(evidence: Evidence, resume: MatchedResume): string {
  const position = resume.lines.positionAt(evidence.start);
  const href = `${resume.uri}#L${position.line + 1},${position.character + 1}`;
  let text = resume.lines.lineText(resume.text, position.line).trim().replace(/^-\s+/, '');
  if (text.length > MAX_LINE) text = `${text.slice(0, MAX_LINE - 1)}…`;
  return `[${resume.name}:${position.line + 1}](${href}) ${KIND[evidence.kind]}: ${escapeMarkdown(text)}`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!<>|]/g, (ch) => `\\${ch}`);
}
