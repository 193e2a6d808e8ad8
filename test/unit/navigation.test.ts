import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core/service';
import { joinLines, source, STRUCTURE_ONLY, textAt, withCursor } from '../helpers/text';

const service = createLanguageService();
const ada = readFileSync(join(__dirname, '..', 'fixtures', 'ada.resume.yaml'), 'utf8');

const outline = (symbols: DocumentSymbol[], depth = 0): string[] =>
  symbols.flatMap((symbol) => [`${'  '.repeat(depth)}${symbol.name}`, ...outline(symbol.children ?? [], depth + 1)]);

describe('outline, hover and folding', () => {
  it('lists sections and their entries by name', () => {
    const lines = outline(service.documentSymbols(source(ada)));
    assert.deepEqual(lines.slice(0, 8), [
      'Basics',
      '  Profiles',
      '    GitHub — adaokafor',
      '    LinkedIn — ada-okafor',
      'Work',
      '  Parcelwise — Staff Platform Engineer',
      '  Ledgerly — Senior Backend Engineer',
      '  Bright Labs — Software Engineer',
    ]);
    assert.ok(lines.includes('  University of Manchester — BSc — Computer Science'));
  });

  it('shows the documentation of the field under the cursor, on the key', () => {
    const { text, position } = withCursor(joinLines('work:', '  - name: Acme', '    posi$|$tion: Engineer'));
    const hover = service.hover(source(text), position);
    assert.ok(hover);
    assert.match(JSON.stringify(hover.contents), /\*\*work\.position\*\* · text/);
    assert.equal(textAt(text, hover.range!), 'position');
  });

  it('shows the field documentation when hovering a value too', () => {
    const { text, position } = withCursor(joinLines('basics:', '  url: https://a$|$da.dev'));
    assert.match(JSON.stringify(service.hover(source(text), position)?.contents), /Include the scheme/);
  });

  it('says nothing over keys the schema does not know', () => {
    const { text, position } = withCursor(joinLines('basics:', '  hob$|$bies: chess'));
    assert.equal(service.hover(source(text), position), null);
  });

  it('folds each section and entry', () => {
    const text = joinLines('work:', '  - name: A', '    highlights:', '      - One', '      - Two', 'skills: []');
    assert.deepEqual(service.foldingRanges(source(text)), [
      { startLine: 0, endLine: 4 },
      { startLine: 1, endLine: 4 },
      { startLine: 2, endLine: 4 },
    ]);
  });
});

describe('quick fixes', () => {
  it('rename a misspelt key in place, keeping comments and order', () => {
    const text = joinLines('work:', '  - name: Acme # the first job', '    postion: Engineer  # typo', '    startDate: 2020-01');
    const actions = service.codeActions(source(text), { start: { line: 2, character: 5 }, end: { line: 2, character: 5 } }, STRUCTURE_ONLY);
    assert.deepEqual(actions.map((a) => a.title), ['Change to "position"']);
    const edit = actions[0]!.edit!.changes!['file:///resume.yaml']!;
    assert.deepEqual(edit, [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 11 } }, newText: 'position' }]);
  });

  it('quote a number where text belongs', () => {
    const text = joinLines('languages:', '  - fluency: 7');
    const actions = service.codeActions(source(text), { start: { line: 1, character: 13 }, end: { line: 1, character: 13 } }, STRUCTURE_ONLY);
    assert.deepEqual(actions.map((a) => [a.title, a.edit!.changes!['file:///resume.yaml']![0]!.newText]), [['Quote 7 as text', '"7"']]);
  });
});
