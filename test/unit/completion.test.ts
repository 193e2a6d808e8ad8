import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../server/src/core/service';
import { joinLines, source, withCursor } from '../helpers/text';

const service = createLanguageService();

function labelsAt(marked: string): string[] {
  const { text, position } = withCursor(marked);
  return service.complete(source(text), position).items.map((item) => item.label);
}

describe('completion', () => {
  it('offers the sections of a resume at the top level', () => {
    const labels = labelsAt(joinLines('basics:', '  name: Ada', '$|$'));
    assert.deepEqual(labels, ['work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects', 'meta']);
  });

  it('offers the keys of a work entry that are not written yet', () => {
    const labels = labelsAt(joinLines('work:', '  - name: Northwind', '    $|$', '    startDate: 2020-01'));
    assert.deepEqual(labels, ['location', 'description', 'position', 'url', 'endDate', 'summary', 'highlights']);
  });

  it('offers under meta the keys Vitae reads there (theme, language) after the schema\'s own, documented', () => {
    assert.deepEqual(labelsAt(joinLines('meta:', '  $|$', 'basics:', '  name: Ada')), ['canonical', 'version', 'lastModified', 'theme', 'language']);
    const { text, position } = withCursor(joinLines('meta:', '  lang$|$'));
    const language = service.complete(source(text), position).items.find((item) => item.label === 'language');
    assert.match(JSON.stringify(language?.documentation), /language the resume is written in/);
  });

  it('completes a half-typed key and documents it from the schema', () => {
    const { text, position } = withCursor(joinLines('work:', '  - name: Northwind', '    pos$|$'));
    const position_ = service.complete(source(text), position).items.find((item) => item.label === 'position');
    assert.ok(position_, 'position is offered');
    assert.deepEqual(position_.textEdit, { range: { start: { line: 2, character: 4 }, end: { line: 2, character: 7 } }, newText: 'position: $0' });
    assert.match(JSON.stringify(position_.documentation), /Software Engineer/);
  });

  it('offers the keys of a new list item after "- ", and list keys open a list', () => {
    const { text, position } = withCursor(joinLines('work:', '  - name: A', '  - $|$'));
    const items = service.complete(source(text), position).items;
    assert.ok(items.some((item) => item.label === 'name'), 'name is offered again in a new entry');
    const highlights = items.find((item) => item.label === 'highlights');
    assert.equal(highlights?.textEdit?.newText, 'highlights:\n  - $0');
  });

  it('works for lists written at the same indentation as their key', () => {
    assert.ok(labelsAt(joinLines('basics:', '  profiles:', '  - network: GitHub', '    $|$')).includes('username'));
  });

  it('offers whole-entry snippets for a new item in the right section', () => {
    const { text, position } = withCursor(joinLines('education:', '  - $|$'));
    const snippets = service.complete(source(text), position).items.filter((item) => item.kind === 15);
    assert.deepEqual(snippets.map((item) => item.label), ['Education entry']);
    assert.match(snippets[0]!.textEdit!.newText, /^institution: \$\{1:University\}\n  area:/);
  });

  it('offers fluency levels, networks and degree types as values', () => {
    assert.ok(labelsAt(joinLines('languages:', '  - language: Igbo', '    fluency: $|$')).includes('Professional working proficiency'));
    assert.ok(labelsAt(joinLines('basics:', '  profiles:', '    - network: Gi$|$')).includes('GitHub'));
    assert.ok(labelsAt(joinLines('education:', '  - studyType: $|$')).includes('BSc'));
  });

  it('offers nothing inside a comment or a bullet', () => {
    assert.deepEqual(labelsAt(joinLines('work:', '  - name: A # wor$|$')), []);
    assert.deepEqual(labelsAt(joinLines('work:', '  - highlights:', '      - Built the thing $|$')), []);
  });
});
