import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, Position, TextEdit } from 'vscode-languageserver-types';
import { isPair, isScalar, parseDocument, Parser, visit } from 'yaml';
import { createLanguageService, type TextSource } from '../../../server/src/core/service';
import { TechCodes } from '../../../server/src/core/technologies/codes';
import { judgedFiles } from './judged';

// Issue 14, measured: "no offered quick fix whose result is flagged again". Every quick fix the technology checks
// offer on the resumes we have (the judged ones, the corpus copies, the samples) is applied alone, as the editor
// applies it, and the resume is linted again:
// - the problem it fixed is gone from its place;
// - no technology check flags the text the fix wrote, unless the same check flagged that place before (a fixed
//   "Javascript" may still be missing from the skills, as it was);
// - the YAML reads as before: every comment and every key kept, in order and in place (a fix may add keys, as a
//   new skills group does, only in the text it writes).

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const RESUMES = [
  ...judgedFiles().map((name) => join('judged', name)),
  ...readdirSync(FIXTURES).filter((name) => name.endsWith('.resume.yaml')),
  ...readdirSync(join(FIXTURES, 'samples')).filter((name) => name.endsWith('.yaml')).map((name) => join('samples', name)),
];
const CODES = new Set<string>(Object.values(TechCodes));

const service = createLanguageService({ today: () => new Date('2026-06-01') });
let version = 0;
const sourceOf = (uri: string, text: string): TextSource => ({ uri, version: ++version, getText: () => text });

/** A finding in offsets of the text, as the tests compare them. */
interface Found {
  readonly code: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** An edit in offsets: the text from `start` to `end` replaced by `newText`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

interface Fix extends Edit {
  readonly title: string;
}

function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + position.character;
}

function found(text: string, d: Diagnostic): Found {
  return { code: String(d.code), start: offsetAt(text, d.range.start), end: offsetAt(text, d.range.end), message: typeof d.message === 'string' ? d.message : d.message.value };
}

/** Where a span of the text before the edit is after it; a span inside the edit becomes the text the edit wrote. */
function moved(edit: Edit, span: { start: number; end: number }): { start: number; end: number } {
  const shift = edit.newText.length - (edit.end - edit.start);
  const start = span.start < edit.start ? span.start : span.start >= edit.end ? span.start + shift : edit.start;
  const end = span.end <= edit.start ? span.end : span.end > edit.end ? span.end + shift : edit.start + edit.newText.length;
  return { start, end };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Every comment of a YAML text as "<offset>: <comment>", read by the YAML parser (a "#" in a string is none). */
function commentsOf(text: string): Array<{ at: number; comment: string }> {
  const comments: Array<{ at: number; comment: string }> = [];
  const walk = (token: unknown): void => {
    if (Array.isArray(token)) token.forEach(walk);
    else if (token && typeof token === 'object') {
      const { type, offset, source } = token as { type?: string; offset?: number; source?: string };
      if (type === 'comment' && offset !== undefined && source !== undefined) comments.push({ at: offset, comment: source });
      else Object.values(token).forEach(walk);
    }
  };
  for (const token of new Parser().parse(text)) walk(token);
  return comments;
}

/** Every key of every map, in document order, as "<keys above it>.<key>" at its offset. */
function keysOf(text: string): Array<{ at: number; key: string }> {
  const keys: Array<{ at: number; key: string }> = [];
  visit(parseDocument(text), {
    Pair(_, pair, path) {
      if (!isScalar(pair.key) || !pair.key.range) return;
      const above = path.filter(isPair).map((parent) => (isScalar(parent.key) ? String(parent.key.value) : '?'));
      keys.push({ at: pair.key.range[0], key: [...above, String(pair.key.value)].join('.') });
    },
  });
  return keys;
}

/** The quick fixes the editor offers on the diagnostic's range that are the diagnostic's own. */
function fixesOf(doc: TextSource, d: Diagnostic): Fix[] {
  const text = doc.getText();
  const own = (action: CodeAction): boolean => action.diagnostics?.some((other) => other.code === d.code && other.message === d.message && JSON.stringify(other.range) === JSON.stringify(d.range)) === true;
  return service
    .codeActions(doc, d.range)
    .filter(own)
    .map((action) => {
      const edits: TextEdit[] = action.edit?.changes?.[doc.uri] ?? [];
      assert.equal(edits.length, 1, `"${action.title}" is one edit`);
      return { start: offsetAt(text, edits[0]!.range.start), end: offsetAt(text, edits[0]!.range.end), newText: edits[0]!.newText, title: action.title };
    });
}

const applied = (text: string, edit: Edit): string => text.slice(0, edit.start) + edit.newText + text.slice(edit.end);

const outside = <T extends { at: number }>(list: readonly T[], span: { start: number; end: number }): T[] => list.filter(({ at }) => at < span.start || at >= span.end);

const fixesTried = new Map<string, number>();

describe('every quick fix on the judged resumes gives text no technology check flags again', () => {
  for (const file of RESUMES) {
    it(file, () => {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      const uri = `file:///fixes-hold/${file}`;
      const doc = sourceOf(uri, text);
      const diagnostics = service.lint(doc).filter((d) => CODES.has(String(d.code)));
      const before = diagnostics.map((d) => found(text, d));
      const comments = commentsOf(text);
      const keys = keysOf(text);
      for (const d of diagnostics) {
        const fixed = found(text, d);
        for (const edit of fixesOf(doc, d)) {
          const what = `${file}:${d.range.start.line + 1} ${fixed.code} "${edit.title}"`;
          const result = applied(text, edit);
          const wrote = { start: edit.start, end: edit.start + edit.newText.length };

          assert.deepEqual(parseDocument(result).errors.map((e) => e.message), parseDocument(text).errors.map((e) => e.message), `${what}: the YAML parses as before`);
          assert.deepEqual(commentsOf(result), comments.map(({ at, comment }) => ({ at: moved(edit, { start: at, end: at }).start, comment })), `${what}: every comment kept, in place`);
          assert.deepEqual(outside(keysOf(result), wrote), keys.map(({ at, key }) => ({ at: moved(edit, { start: at, end: at }).start, key })), `${what}: every key kept, in order and in place`);

          const after = service.lint(sourceOf(`${uri}#fixed`, result)).filter((next) => CODES.has(String(next.code))).map((next) => found(result, next));
          const place = moved(edit, fixed);
          const same = (list: readonly Found[]) => list.filter((other) => other.code === fixed.code);
          assert.deepEqual(same(after).filter((other) => overlaps(other, place)), [], `${what}: the problem is gone from its place`);
          // Of what was said before: a new group may make room for another technology, a new offer, not the same one.
          const said = (list: readonly Found[]) => same(list).filter((one) => before.some((was) => was.code === one.code && was.message === one.message));
          assert.ok(said(after).length < same(before).length, `${what}: one ${fixed.code} fewer`);
          const again = after.filter((other) => overlaps(other, wrote) && !before.some((was) => was.code === other.code && overlaps(moved(edit, was), other)));
          assert.deepEqual(again, [], `${what}: nothing flags the text the fix wrote (${JSON.stringify(result.slice(wrote.start, wrote.end))})`);
          fixesTried.set(fixed.code, (fixesTried.get(fixed.code) ?? 0) + 1);
        }
      }
    });
  }

  it('tried a fix of each technology check that offers one', () => {
    const tried = Object.fromEntries([TechCodes.techName, TechCodes.notInSkills, TechCodes.duplicateKeyword].map((code) => [code, (fixesTried.get(code) ?? 0) > 0]));
    assert.deepEqual(tried, { [TechCodes.techName]: true, [TechCodes.notInSkills]: true, [TechCodes.duplicateKeyword]: true }, JSON.stringify([...fixesTried]));
  });
});
