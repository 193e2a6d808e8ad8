import { strict as assert } from 'node:assert';
import { parseResume } from '../../../server/src/core/document';
import { markdown, plainText, readResume } from '../../../server/src/core/export/index';
import { renderResume } from '../../../server/src/core/render/index';
import { docxBytes } from '../../../server/src/node/docx';
import { readDocx } from '../../helpers/docx';
import { joinLines } from '../../helpers/text';
import { asMarkdown, asText, exported, permissiveViewer } from './export';

const HOSTILE = joinLines(
  'basics:',
  '  name: "<script>alert(1)</script>"',
  '  email: "javascript:alert(2)"',
  '  url: "javascript:alert(3)"',
  '  profiles:',
  '    - { network: Evil, username: me, url: "javascript:alert(4)" }',
  'work:',
  '  - name: "Acme](javascript:alert(5))"',
  '    url: "java\\tscript:alert(6)"',
  '    position: "\\u202Egnp.exe\\u0000 Engineer\\x07"',
  '    highlights:',
  '      - "Click [here](javascript:alert(7)) <img src=x onerror=alert(8)>"',
  '      - "[ok](https://example.com) and [data](data:text/html,hi) and \\uD800 lone"',
);

describe('exports of bad input', () => {
  it('refuse broken YAML with the same problem as the page', () => {
    const text = joinLines('basics:', '  name: Ada', '  label: [oops', 'work: []');
    const doc = parseResume('file:///resume.yaml', 1, text);
    const page = renderResume(doc);
    const outcome = readResume(doc);
    assert.equal(page.ok, false);
    assert.deepEqual(outcome, { ok: false, problem: !page.ok && page.problem });
  });

  it('give an empty resume (or one that is no map at all) a minimal document, never a crash', async () => {
    for (const text of ['', '# just a comment', 'basics:', 'basics: {}\nwork: []', '[]', '42', '- a\n- b']) {
      const resume = exported(text);
      assert.equal(resume.title, 'Resume', text);
      const docx = await readDocx(await docxBytes(resume));
      assert.equal(docx.title, 'Resume', text);
      assert.equal(plainText(resume) === '', docx.paragraphs.length === 0, text);
    }
    assert.equal(asText(''), '');
    assert.equal(asMarkdown(''), '');
    assert.equal(asText('42'), '42\n');
    assert.equal(asText('- a\n- b'), 'a, b\n');
  });

  it('take a section named like an object property (constructor, toString, __proto__) as a section like any other', () => {
    const text = joinLines('constructor: [a]', 'toString: b', '__proto__: { c: d }', 'hasOwnProperty: [e]');
    assert.equal(asText(text), joinLines('CONSTRUCTOR', 'a', '', 'TO STRING', 'b', '', 'PROTO', 'd', '', 'HAS OWN PROPERTY', 'e', ''));
  });

  it('write whatever types the YAML has as their text', () => {
    const text = joinLines('basics: [Ada, Okafor]', 'work: 42', 'skills:', '  - name: Go', '    keywords: { a: Kafka, b: Rust }', 'projects:', '  - highlights: just one string');
    assert.equal(asText(text), joinLines('Ada, Okafor', '', 'EXPERIENCE', '42', '', 'SKILLS', 'Go: Kafka, Rust', '', 'PROJECTS', '- just one string', ''));
  });

  it('keep a 2,000-character bullet whole, on one line', async () => {
    const long = `Built ${'a very long sentence '.repeat(100).trim()}.`.slice(0, 2000);
    assert.equal(long.length, 2000);
    const text = joinLines('work:', '  - name: Acme', '    highlights:', `      - "${long}"`);
    assert.equal(asText(text), joinLines('EXPERIENCE', 'Acme', `- ${long}`, ''));
    assert.equal(asMarkdown(text), joinLines('## Experience', '', '### Acme', '', `- ${long}`, ''));
    assert.deepEqual((await readDocx(await docxBytes(exported(text)))).bullets, [long]);
  });

  describe('a hostile resume', () => {
    const resume = exported(HOSTILE);

    it('comes out as plain text; an unsafe URL is written as the text it is, as on the page', () => {
      const text = plainText(resume);
      assert.equal(
        text,
        joinLines(
          '<script>alert(1)</script>',
          'javascript:alert(2) | javascript:alert(3)',
          'Evil: me javascript:alert(4)',
          '',
          'EXPERIENCE',
          'gnp.exe Engineer, Acme](javascript:alert(5))',
          '- Click [here](javascript:alert(7)) <img src=x onerror=alert(8)>',
          '- ok (https://example.com) and [data](data:text/html,hi) and \uFFFD lone',
          '',
        ),
      );
    });

    it('comes out as Markdown whose only link is the safe one', () => {
      const md = markdown(resume);
      const html = permissiveViewer().render(md);
      assert.deepEqual([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]), ['https://example.com']);
      assert.doesNotMatch(html, /<script|<img/);
      assert.match(md, /^# \\<script\\>alert\(1\)\\<\/script\\>$/m);
      assert.match(md, /^### gnp\.exe Engineer, Acme\\\]\(javascript:alert\(5\)\)$/m);
    });

    it('comes out as a Word document that opens, shows the text, and links only to https', async () => {
      const docx = await readDocx(await docxBytes(resume));
      assert.deepEqual(docx.links, ['https://example.com']);
      assert.equal(docx.paragraphs[0], '<script>alert(1)</script>');
      assert.equal(docx.title, '<script>alert(1)</script>');
      assert.deepEqual(docx.bullets, ['Click [here](javascript:alert(7)) <img src=x onerror=alert(8)>', 'ok and [data](data:text/html,hi) and \uFFFD lone']);
      assert.doesNotMatch(docx.part('word/_rels/document.xml.rels') ?? '', /javascript:|data:/);
      assert.doesNotMatch(docx.part('word/document.xml') ?? '', /\u202E|\u0000|\u0007/);
    });
  });
});
