import { strict as assert } from 'node:assert';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { LineIndex } from '../../server/src/core/lineIndex';
import { parseResume } from '../../server/src/core/document';
import { reparse } from '../../server/src/core/incremental';
import { createLanguageService } from '../../server/src/core/service';
import { textDocuments } from '../../server/src/lsp/textDocuments';
import { joinLines, STRUCTURE_ONLY } from '../helpers/text';

/** What random editing found wrong (issue 10), each with the smallest text that showed it. */

const today = (): Date => new Date('2026-11-22T12:00:00Z');
const at = (d: Diagnostic): string => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
const fresh = (text: string): string[] => createLanguageService({ today }).lint({ uri: 'file:///fresh.yaml', version: 1, getText: () => text }, STRUCTURE_ONLY).map(at);
const names = (symbols: DocumentSymbol[]): string[] => symbols.flatMap((s) => [s.name, ...names(s.children ?? []).map((child) => `${s.name} › ${child}`)]);
const outline = (text: string): string[] => names(createLanguageService().documentSymbols({ uri: 'file:///r.yaml', version: 1, getText: () => text }));

/** Opens `before` and types the change at `offset` the way the server applies a didChange; returns the diagnostics. */
function typed(before: string, offset: number, inserted: string): string[] {
  const service = createLanguageService({ today });
  let doc = textDocuments.create('file:///edited.yaml', 'resume-yaml', 1, before);
  service.lint(doc, STRUCTURE_ONLY);
  const position = doc.positionAt(offset);
  doc = textDocuments.update(doc, [{ range: { start: position, end: position }, text: inserted }], 2);
  return service.lint(doc, STRUCTURE_ONLY).map(at);
}

describe('defects found by random editing', () => {
  it('1. keeps every position inside its line with Windows line endings, also between "\\r" and "\\n"', () => {
    assert.deepEqual(fresh('work:\r\nwork:\r\n'), ['type-mismatch 0:0-0:4', 'duplicate-key 1:0-1:4']);
    assert.deepEqual(fresh('basics:\r\n  name: "Ada\r\n  Lovelace"\r\n'), ['yaml-syntax 1:12-1:12', 'yaml-syntax 2:2-2:11']);
    const lines = new LineIndex('ab\r\ncd\re\n');
    assert.deepEqual([0, 1, 2, 3, 4, 6, 7, 8, 9].map((offset) => lines.positionAt(offset)), [
      { line: 0, character: 0 },
      { line: 0, character: 1 },
      { line: 0, character: 2 },
      { line: 0, character: 2 },
      { line: 1, character: 0 },
      { line: 1, character: 2 },
      { line: 2, character: 0 },
      { line: 2, character: 1 },
      { line: 3, character: 0 },
    ]);
    assert.equal(lines.offsetAt({ line: 0, character: 9 }), 2, 'a character past the end of a line is its end');
  });

  it('underlines the repeated key itself when the key before it has no value', () => {
    assert.deepEqual(fresh('work:\nwork:\n'), ['type-mismatch 0:0-0:4', 'duplicate-key 1:0-1:4']);
  });

  it('places thousands of repeated or bracketed keys in one walk of the tree', () => {
    const repeated = fresh('a: 1\n'.repeat(5000)).filter((d) => d.startsWith('duplicate-key'));
    assert.equal(repeated.length, 4999);
    assert.equal(repeated[4998], 'duplicate-key 4999:0-4999:1');
    const bracketed = fresh('[a]: 1\n'.repeat(3000)).filter((d) => d.startsWith('yaml-syntax 2999:'));
    assert.deepEqual(bracketed, ['yaml-syntax 2999:0-2999:3']);
  });

  it('2. names every outline entry, falling back to the section and index, or "(untitled)"', () => {
    assert.deepEqual(outline('work:\n  - ""'), ['Work', 'Work › Work 1']);
    assert.deepEqual(outline('"": x'), ['(untitled)']);
    assert.deepEqual(outline('publications:\n  - |'), ['Publications', 'Publications › Publications 1']);
    assert.deepEqual(outline('work:\n  - name: " "'), ['Work', 'Work › Work 1']);
    assert.deepEqual(outline(joinLines('work:', '  - name: |', '      Acme', '      Corp')), ['Work', 'Work › Acme Corp']);
  });

  it('3. re-parses in full when the document is one plain scalar and a line is typed below it', () => {
    assert.equal(reparse(parseResume('file:///r.yaml', 1, 'Resume\n'), 'file:///r.yaml', 2, 'Resume\nbasics:'), undefined);
    assert.deepEqual(typed('Resume\n', 7, 'basics:'), fresh('Resume\nbasics:'));
    // The parser reads the two lines as one key: no finding about that guessed key, only the syntax error.
    assert.deepEqual(fresh('Resume\nbasics:'), ['yaml-syntax 0:0-1:6']);
  });

  it('4. keeps a trailing no-break space (U+00A0) in the value, as a fresh parse does', () => {
    const before = joinLines('basics:', '  name: Ada', '  email: ada@example.com', '');
    const offset = before.indexOf('.com') + 4;
    assert.deepEqual(typed(before, offset, '\u00a0'), ['invalid-email 2:9-2:25']);
    assert.deepEqual(fresh(before.replace('.com', '.com\u00a0')), ['invalid-email 2:9-2:25']);
  });

  it('5. reports a list or a map used as a key, and prints no warning', () => {
    const warnings: string[] = [];
    const emitWarning = process.emitWarning;
    process.emitWarning = ((warning: string | Error) => warnings.push(String(warning))) as typeof process.emitWarning;
    try {
      const diagnostics = createLanguageService().lint({ uri: 'file:///r.yaml', version: 1, getText: () => '[a]: 1\n' }, STRUCTURE_ONLY);
      assert.deepEqual(diagnostics.map(at), ['yaml-syntax 0:0-0:3']);
      assert.equal(diagnostics[0]!.message, 'A key must be text, such as "name:"; a list or a map cannot be a key. Remove the brackets or put the key in quotes.');
      assert.deepEqual(fresh(joinLines('work:', '  - {[b]: 2}')), ['yaml-syntax 1:5-1:8']);
      assert.deepEqual(typed('[a]: 1\n', 6, '2'), ['yaml-syntax 0:0-0:3']);
    } finally {
      process.emitWarning = emitWarning;
    }
    assert.deepEqual(warnings, []);
  });
});

describe('defects found by the fuzzer of issue 10', () => {
  const symbols = (text: string, version: number, service = createLanguageService()): DocumentSymbol[] =>
    service.documentSymbols({ uri: 'file:///r.yaml', version, getText: () => text });

  it('moves the end of a section when a space is typed after its last value at the end of the file', () => {
    const service = createLanguageService();
    symbols('work:\n  - a', 1, service);
    const edited = symbols('work:\n  - a ', 2, service);
    assert.deepEqual(edited, symbols('work:\n  - a ', 1));
    assert.deepEqual(edited[0]!.range, { start: { line: 0, character: 0 }, end: { line: 1, character: 6 } });
  });

  it('re-parses in full when a backslash typed before the closing quote escapes it', () => {
    const before = joinLines('meta:', '  lastModified: "2026-11-01T10:00:00"', '');
    assert.deepEqual(typed(before, before.indexOf('00"') + 2, ' \\'), fresh(before.replace('00"', '00 \\"')));
    assert.deepEqual(fresh(before.replace('00"', '00 \\"')), ['yaml-syntax 2:0-2:0']);
  });

  it('treats a lone "\\r" as the end of the line the value is typed on', () => {
    const before = 'basics:\r\n  name:\rBuilt Ada\r\n';
    const after = before.replace('name:', 'name:a');
    assert.deepEqual(typed(before, before.indexOf('name:') + 5, 'a'), fresh(after));
    assert.deepEqual(fresh(after), ['type-mismatch 1:2-2:9']);
  });
});
