import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPair, isScalar, parseDocument, visit } from 'yaml';
import { DiagnosticSeverity, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core/service';

// Every quick fix Vitae offers, applied one at a time on every resume we have, must leave the resume better:
// still YAML, the same comments and keys in the same order, the fixed problem gone, nothing new broken.
const ROOT = join(__dirname, '..', '..');
const RESUMES = [
  ...readdirSync(join(ROOT, 'test', 'fixtures')).filter((name) => name.endsWith('.yaml')).map((name) => join('test', 'fixtures', name)),
  ...readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.yaml')).map((name) => join('examples', name)),
  ...readdirSync(join(ROOT, 'test', 'fixtures', 'samples')).filter((name) => name.endsWith('.yaml')).map((name) => join('test', 'fixtures', 'samples', name)),
];

const service = createLanguageService({ today: () => new Date('2026-11-22T12:00:00Z') });
let version = 0;
const sourceOf = (uri: string, text: string) => ({ uri, version: ++version, getText: () => text });

function offsetAt(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + position.character;
}

function applied(text: string, edit: TextEdit): string {
  return text.slice(0, offsetAt(text, edit.range.start)) + edit.newText + text.slice(offsetAt(text, edit.range.end));
}

/** The comments of a YAML text, in order: a `#` at a line start or after a blank. */
const commentsOf = (text: string): string[] => [...text.matchAll(/(?:^|\s)(#.*)$/gm)].map((match) => match[1]!.trim());

/** Every key of every map, in document order, with its offsets. */
function keysOf(text: string): Array<{ key: string; start: number; end: number }> {
  const keys: Array<{ key: string; start: number; end: number }> = [];
  visit(parseDocument(text), {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.range) keys.push({ key: String(pair.key.value), start: pair.key.range[0], end: pair.key.range[1] });
    },
  });
  return keys;
}

/** Codes whose fix belongs somewhere else than the words at fault. */
const FIXED_ELSEWHERE = new Set(['tech-not-in-skills']);

/** Offsets of a top-level section's value, e.g. everything under `skills:`. */
function sectionRange(text: string, section: string): [number, number] | undefined {
  const root = parseDocument(text).contents;
  if (!root || !('items' in root)) return undefined;
  for (const pair of root.items as unknown[]) {
    if (isPair(pair) && isScalar(pair.key) && pair.key.value === section) {
      const range = (pair.value as { range?: [number, number, number] } | null)?.range;
      return range ? [range[0], range[2]] : undefined;
    }
  }
  return undefined;
}

const onLine = (diagnostics: readonly Diagnostic[], code: Diagnostic['code'], line: number): Diagnostic[] =>
  diagnostics.filter((d) => d.code === code && d.range.start.line === line);

const errorsByCode = (diagnostics: readonly Diagnostic[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === DiagnosticSeverity.Error) counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
  return counts;
};

describe('every quick fix, applied alone on every resume, leaves it better and nothing else changed', () => {
  for (const file of RESUMES) {
    it(`${file}`, () => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const uri = `file:///fix-safety/${file}`;
      const before = service.lint(sourceOf(uri, text));
      const beforeErrors = errorsByCode(before);
      const beforeKeys = keysOf(text);
      let fixesApplied = 0;
      for (const diagnostic of before) {
        // Asked for the diagnostic's range, as VS Code asks when the cursor is on it; only its own fixes apply.
        const actions = service.codeActions(sourceOf(uri, text), diagnostic.range).filter((action: CodeAction) =>
          action.diagnostics?.some((d) => d.code === diagnostic.code && d.message === diagnostic.message && JSON.stringify(d.range) === JSON.stringify(diagnostic.range)),
        );
        for (const action of actions) {
          const what = `${file}:${diagnostic.range.start.line + 1} ${String(diagnostic.code)} "${action.title}"`;
          const edits = action.edit?.changes?.[uri] ?? [];
          assert.equal(edits.length, 1, `${what}: one edit`);
          const edit = edits[0]!;
          if (FIXED_ELSEWHERE.has(String(diagnostic.code))) {
            // "Add Kubernetes to skills" fixes a bullet by adding to the skills, so that is where its edit goes.
            const skills = sectionRange(text, 'skills');
            assert.ok(skills && offsetAt(text, edit.range.start) >= skills[0] && offsetAt(text, edit.range.end) <= skills[1], `${what}: the edit stays inside skills`);
          } else {
            assert.ok(edit.range.start.line >= diagnostic.range.start.line && edit.range.end.line <= diagnostic.range.end.line, `${what}: the edit stays on the diagnostic's lines`);
            assert.ok(!edit.newText.includes('\n'), `${what}: no new line`);
          }
          const fixed = applied(text, edit);
          assert.deepEqual(parseDocument(fixed).errors.map((e) => e.message), parseDocument(text).errors.map((e) => e.message), `${what}: the YAML still parses as before`);
          assert.deepEqual(commentsOf(fixed), commentsOf(text), `${what}: comments kept`);
          const editStart = offsetAt(text, edit.range.start);
          const editEnd = offsetAt(text, edit.range.end);
          // "Add Grafana to a new skills group" adds the group's name and keywords, and only those, inside skills.
          const inserted = (key: { start: number }): boolean => FIXED_ELSEWHERE.has(String(diagnostic.code)) && key.start >= editStart && key.start < editStart + edit.newText.length;
          const added = keysOf(fixed).filter(inserted).map((key) => key.key);
          assert.ok(added.every((key) => key === 'name' || key === 'keywords'), `${what}: only a group's name and keywords added`);
          const fixedKeys = keysOf(fixed).filter((key) => !inserted(key));
          assert.equal(fixedKeys.length, beforeKeys.length, `${what}: no key added or lost`);
          beforeKeys.forEach((key, index) => {
            const touched = key.start < editEnd && editStart < key.end;
            if (!touched) assert.equal(fixedKeys[index]!.key, key.key, `${what}: key order kept`);
          });
          const after = service.lint(sourceOf(uri, fixed));
          const line = diagnostic.range.start.line;
          const was = onLine(before, diagnostic.code, line);
          const now = onLine(after, diagnostic.code, line);
          assert.ok(now.length < was.length, `${what}: the fixed diagnostic is gone (${now.map((d) => d.message).join(' | ')})`);
          for (const d of now) assert.ok(was.some((w) => w.message === d.message), `${what}: no new ${String(diagnostic.code)} on that line: ${d.message}`);
          for (const [code, count] of errorsByCode(after)) assert.ok(count <= (beforeErrors.get(code) ?? 0), `${what}: no new ${code} error`);
          fixesApplied++;
        }
      }
      assert.ok(fixesApplied > 0 || !before.some((d) => (d.data as { fixes?: unknown[] } | undefined)?.fixes?.length), `${file}: every offered fix was tried`);
    });
  }

  it('covers the resumes with the shapes that used to get bad fixes', () => {
    assert.ok(RESUMES.includes(join('test', 'fixtures', 'shapes.resume.yaml')));
    assert.ok(RESUMES.length >= 4);
  });
});

