// What the technology rule tests share: the service, the technology diagnostics of a text, applying a quick fix, and the fixes offered.
import { strict as assert } from 'node:assert';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/core/service';
import { TechCodes } from '../../../server/src/core/technologies/codes';
import type { ExtraTechnology } from '../../../server/src/core/technologies/extras';
import { joinLines, source, textAt } from '../../helpers/text';

export const service = createLanguageService({ today: () => new Date('2026-06-01') });
const CODES = new Set<string>(Object.values(TechCodes));
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

/** The technology diagnostics of a resume as "<underlined text>: <severity> <code>: <message>". */
export function check(text: string, extra?: ExtraTechnology[]): string[] {
  return diagnostics(text, extra).map((d) => `${textAt(text, d.range)}: ${SEVERITY[d.severity!]} ${d.code}: ${d.message}`);
}

export function diagnostics(text: string, extra?: ExtraTechnology[]): Diagnostic[] {
  return service.lint(source(text), extra ? { technologies: { extra } } : {}).filter((d) => CODES.has(String(d.code)));
}

/** Applies the quick fix with that title to the text, as the editor would. */
export function applyFix(text: string, title: string): string {
  const doc = source(text);
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
  const action = service.codeActions(doc, whole).find((candidate) => candidate.title === title);
  assert.ok(action, `a quick fix "${title}" is offered`);
  const edits = Object.values(action.edit!.changes!)[0]! as TextEdit[];
  const lines = text.split('\n');
  const offset = (p: Range['start']): number => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((out, edit) => out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end)), text);
}

export const resume = (...lines: string[]): string => joinLines('basics:', '  name: Ada', ...lines);

/** What is said about a bullet's names, with the keywords listed in skills (and "Mentoring", so skills exist). */
export const said = (bullet: string, ...keywords: string[]): string[] =>
  check(resume('work:', '  - highlights:', `      - ${bullet}`, 'skills:', '  - name: Tools', `    keywords: [${['Mentoring', ...keywords].join(', ')}]`))
    .filter((line) => !line.includes('skill-no-evidence'))
    .map((line) => line.replace(/: (information|hint) /, ': '));

/** The titles of each tech-not-in-skills finding's quick fixes, in order. */
export function fixesOf(text: string): string[][] {
  return service
    .lint(source(text))
    .filter((d) => d.code === 'tech-not-in-skills')
    .map((d) => ((d.data as { fixes?: Array<{ title: string }> }).fixes ?? []).map((fix) => fix.title));
}

/** The group each tech-not-in-skills finding's first quick fix adds to ("NEW …" for a new group), by technology. */
export function picks(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of service.lint(source(text)).filter((diagnostic) => diagnostic.code === 'tech-not-in-skills')) {
    const data = d.data as { canonical: string; fixes?: Array<{ title: string }> };
    const title = data.fixes?.[0]?.title ?? '';
    out[data.canonical] = /new skills group "(.*)"$/.exec(title)?.[1]?.replace(/^/, 'NEW ') ?? /\(([^)]*)\)$/.exec(title)?.[1] ?? 'NONE';
  }
  return out;
}

/** A resume's lines for one work bullet. */
export const bullet = (line: string): string[] => ['work:', '  - highlights:', `      - ${line}`];
