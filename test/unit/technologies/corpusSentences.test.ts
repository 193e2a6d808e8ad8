import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/core/service';
import { TechCodes } from '../../../server/src/core/technologies/codes';
import { joinLines, source } from '../../helpers/text';

// test/fixtures/technologies.tsv (a copy of the shared corpus): sentences that name, or seem to name, a
// technology, with what a person expects of the engine at one surface of the sentence.

const service = createLanguageService({ today: () => new Date('2026-06-01') });
const CODES = new Set<string>(Object.values(TechCodes));
const rows = readFileSync(join(__dirname, '..', '..', 'fixtures', 'technologies.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim())
  .map((line) => {
    const [text = '', surface = '', expect = '', note = ''] = line.split('\t');
    return { text, surface, expect, note };
  });

interface Fix {
  title: string;
  newText: string;
  span?: [number, number];
}

// With skills listed, tech-not-in-skills speaks about every technology a bullet names; "none" of a real technology
// (Varnish, Talos) is about its name, so it is checked on a resume without skills. What is no technology at all
// (a person, an internal name, a word, a conference, a company) must stay silent in both.
const NOT_A_TECHNOLOGY = /person|internal|ordinary|conference|company|compound/;

function resume(sentence: string, skills = true): { text: string; line: number; column: number } {
  const prefix = '      - ';
  const text = joinLines('work:', '  - name: Northwind', '    highlights:', `${prefix}${JSON.stringify(sentence)}`, ...(skills ? ['skills:', '  - name: Tools', '    keywords: [Git]'] : []), '');
  return { text, line: 3, column: prefix.length + 1 };
}

function at(sentence: string, surface: string): { start: number; end: number } {
  const start = sentence.indexOf(surface);
  assert.ok(start >= 0, `"${surface}" is in "${sentence}"`);
  return { start, end: start + surface.length };
}

function overlapping(diagnostics: Diagnostic[], line: number, column: number, span: { start: number; end: number }): Diagnostic[] {
  return diagnostics.filter((d) => d.range.start.line === line && d.range.start.character < column + span.end && d.range.end.character > column + span.start);
}

function applied(text: string, line: number, d: Diagnostic, fix: Fix): string {
  const lines = text.split('\n');
  const offset = lines.slice(0, line).join('\n').length + 1;
  const [start, end] = fix.span ?? [offset + d.range.start.character, offset + d.range.end.character];
  return text.slice(0, start) + fix.newText + text.slice(end);
}

describe('technologies.tsv: what a person expects of a name in its sentence', () => {
  for (const row of rows) {
    it(`${row.expect} — ${row.text}`, () => {
      const { text, line, column } = resume(row.text);
      const span = at(row.text, row.surface);
      const diagnostics = service.lint(source(text)).filter((d) => CODES.has(String(d.code)));
      const here = overlapping(diagnostics, line, column, span);
      const names = here.filter((d) => d.code === TechCodes.techName);
      const hover = service.hover(source(text), { line, character: column + span.start + Math.floor(row.surface.length / 2) });
      const hovered = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? /^\*\*(.+?)\*\*/.exec(hover.contents.value)?.[1] : undefined;
      const [kind, value = ''] = row.expect.split(/:(.*)/s);
      const said = `said: ${JSON.stringify(here.map((d) => [d.code, (d.data as { canonical?: string })?.canonical]))}, hover: ${hovered}`;
      if (kind === 'is') {
        assert.equal(hovered, value, said);
        assert.deepEqual(names, [], said);
      } else if (kind === 'hint') {
        assert.ok(names.some((d) => (d.data as { canonical?: string }).canonical === value), said);
      } else if (kind === 'none') {
        if (NOT_A_TECHNOLOGY.test(row.note)) assert.deepEqual(here, [], said);
        const bare = resume(row.text, false);
        assert.deepEqual(overlapping(service.lint(source(bare.text)).filter((d) => CODES.has(String(d.code))), bare.line, bare.column, span), [], said);
      } else if (kind === 'not') {
        assert.notEqual(hovered, value, said);
        assert.ok(!here.some((d) => (d.data as { canonical?: string }).canonical === value), said);
      } else if (kind === 'fix-not' || kind === 'fix-passes') {
        for (const d of here) {
          for (const fix of ((d.data as { fixes?: Fix[] }).fixes ?? [])) {
            const after = applied(text, line, d, fix);
            if (kind === 'fix-not') assert.ok(!after.includes(value), `${fix.title} gives ${after.split('\n')[line]}`);
            else {
              const again = service.lint(source(after)).filter((next) => next.code === TechCodes.techName && next.range.start.line === line);
              assert.deepEqual(again.map((next) => next.message), [], `${fix.title} gives ${after.split('\n')[line]}`);
            }
          }
        }
      } else assert.fail(`unknown expectation ${row.expect}`);
    });
  }
});
