import { strict as assert } from 'node:assert';
import { joinLines } from '../../helpers/text';
import { parseResume } from '../../../server/src/core/document';
import { lint } from '../../../server/src/core/lint';
import { safeHref } from '../../../server/src/core/render/html';
import { renderResume } from '../../../server/src/core/render/index';
import { renderHtml } from './render';

const highlight = (text: string): string => {
  const html = renderHtml(joinLines('work:', '  - name: Acme', '    highlights:', `      - ${JSON.stringify(text)}`));
  return /<ul class="vitae-highlights"[^>]*><li dir="auto" data-src="\d+-\d+">(.*?)<\/li>/.exec(html)![1]!;
};

describe('the renderer: Markdown in summaries and highlights', () => {
  it('renders bold, emphasis, code and links inline', () => {
    assert.equal(
      highlight('Cut **p95 latency** by _40%_ in `api-gateway`, see [the post](https://blog.example.com/p95)'),
      'Cut <strong>p95 latency</strong> by <em>40%</em> in <code>api-gateway</code>, see <a href="https://blog.example.com/p95">the post</a>',
    );
  });

  it('renders a summary with paragraphs and lists', () => {
    const html = renderHtml(joinLines('basics:', '  summary: |', '    First paragraph.', '', '    - one', '    - two'));
    assert.match(html, /<div class="vitae-summary vitae-md" dir="auto" data-src="\d+-\d+"><p>First paragraph.<\/p>\n<ul>\n<li>one<\/li>\n<li>two<\/li>\n<\/ul><\/div>/);
  });

  it('keeps raw HTML as text and links only to http(s), mailto and tel', () => {
    assert.equal(highlight('<b>bold</b> & <script>alert(1)</script>'), '&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;');
    assert.equal(highlight('[mail](mailto:ada@example.com) [call](tel:+441234)'), '<a href="mailto:ada@example.com">mail</a> <a href="tel:+441234">call</a>');
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'java\tscript:alert(1)', '//evil.example.com/x']) {
      const html = highlight(`[click](${url})`);
      assert.doesNotMatch(html, /<a /, `${url} → ${html}`);
    }
  });

  it('shows no images from Markdown: a resume fetches nothing', () => {
    assert.doesNotMatch(highlight('![tracker](https://evil.example.com/pixel.png)'), /<img/);
  });
});

describe('the renderer: escaping and URLs', () => {
  it('escapes every text field', () => {
    const html = renderHtml(joinLines('basics:', '  name: "<img src=x onerror=alert(1)>"', '  label: "Tom & Jerry \\"quoted\\" \'single\'"'));
    assert.match(html, />&lt;img src=x onerror=alert\(1\)&gt;</);
    assert.match(html, />Tom &amp; Jerry &quot;quoted&quot; &#39;single&#39;</);
  });

  it('lets only https, http, mailto and tel through as an href', () => {
    assert.deepEqual(
      ['https://a.example.com', 'HTTP://a.example.com', 'mailto:a@b.c', 'tel:+44', 'javascript:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'data:image/png;base64,AA', 'vbscript:x', 'a.example.com', '/relative', 'https://', 'https:\\\\evil.example.com', '\u202Ehttps://a.example.com'].map(
        (url) => safeHref(url) ?? null,
      ),
      ['https://a.example.com', 'HTTP://a.example.com', 'mailto:a@b.c', 'tel:+44', null, null, null, null, null, null, null, null, null, null],
    );
  });

  it('shows an unsafe or schemeless URL as text, never as a link', () => {
    const html = renderHtml(joinLines('basics:', '  url: javascript:alert(1)', 'work:', '  - name: Acme', '    url: ada.example.com'));
    assert.match(html, /<span class="vitae-url" dir="auto" data-src="\d+-\d+">javascript:alert\(1\)<\/span>/);
    assert.match(html, /<p class="vitae-entry-org" dir="auto" data-src="\d+-\d+">Acme<\/p>/);
    assert.doesNotMatch(html, /href="(?!mailto|tel|https?)/);
  });

  it('shows a profile whose URL is unsafe as its username and the URL, both as text', () => {
    const html = renderHtml(joinLines('basics:', '  profiles:', '    - network: GitHub', '      username: ada', '      url: "javascript:alert(1)"', '      followers: 1200'));
    assert.match(
      html,
      /<li class="vitae-profile" data-src="\d+-\d+"><span class="vitae-network"[^>]*>GitHub<\/span> <span class="vitae-username" dir="auto" data-src="\d+-\d+">ada<\/span> <span class="vitae-url" dir="auto" data-src="\d+-\d+">javascript:alert\(1\)<\/span> <span class="vitae-extra" dir="auto" data-src="\d+-\d+">1200<\/span><\/li>/,
    );
  });

  it('neutralises unicode direction overrides and isolates each text', () => {
    const html = renderHtml(joinLines('basics:', '  name: "Ada \u202Egnp.exe\u202C Okafor"', '  label: "\u2067مهندس\u2069"'));
    assert.doesNotMatch(html, /[\u202A-\u202E\u2066-\u2069]/);
    assert.match(html, /<h1 class="vitae-name" dir="auto" data-src="\d+-\d+">Ada gnp.exe Okafor<\/h1>/);
    assert.match(html, /<p class="vitae-label" dir="auto" data-src="\d+-\d+">مهندس<\/p>/);
  });
});

describe('the renderer: wrong types and broken YAML', () => {
  it('renders numbers, booleans, nulls, lists and maps where text belongs, without throwing', () => {
    const html = renderHtml(
      joinLines(
        'basics:',
        '  name: 42',
        '  label: null',
        '  phone: 07700900123',
        '  profiles: GitHub',
        'work:',
        '  - name: [Acme, Corp]',
        '    position: {title: Engineer}',
        '    startDate: 2019',
        '    highlights: Shipped it',
        '  - Freelance',
        '  - null',
        'education: Self-taught',
        'skills:',
        '  - name: Go',
        '    keywords: [1.50, true, [nested, list]]',
        'languages: {language: English}',
      ),
    );
    assert.match(html, /<h1 class="vitae-name"[^>]*>42<\/h1>/);
    assert.doesNotMatch(html, /vitae-label/);
    assert.match(html, /<a class="vitae-phone" href="tel:07700900123"[^>]*>07700900123<\/a>/);
    assert.match(html, /<li class="vitae-profile"[^>]*>GitHub<\/li>/);
    assert.match(html, /<p class="vitae-entry-org"[^>]*>Acme, Corp<\/p>/);
    assert.match(html, /<h3 class="vitae-entry-title"[^>]*>Engineer<\/h3>/);
    assert.match(html, /<time datetime="2019"[^>]*>2019<\/time>/);
    assert.match(html, /<li dir="auto"[^>]*>Shipped it<\/li>/);
    assert.match(html, /<p class="vitae-entry-title"[^>]*>Freelance<\/p>/);
    assert.match(html, /<p class="vitae-entry-title"[^>]*>Self-taught<\/p>/);
    assert.match(html, /<li dir="auto"[^>]*>1.50<\/li><li dir="auto"[^>]*>true<\/li><li dir="auto"[^>]*>nested, list<\/li>/);
    assert.match(html, /<h3 class="vitae-entry-title"[^>]*>English<\/h3>/);
  });

  it('renders an empty file, a bare scalar and a list as a page, never an exception', () => {
    assert.match(renderHtml(''), /This resume has nothing to show yet/);
    assert.match(renderHtml('just a sentence'), /just a sentence/);
    assert.match(renderHtml('- a\n- b'), /a, b/);
  });

  it('shows fields and sections JSON Resume does not define (typos, custom keys) as plain text', () => {
    const html = renderHtml(
      joinLines('basics:', '  name: Ada', '  pronouns: she/her', 'work:', '  - name: Acme', '    postion: Engineer', '    hightlights:', '      - Shipped it', 'talks:', '  - title: Boring pipelines', '    event: FOSDEM'),
    );
    assert.match(html, /<p class="vitae-extra" dir="auto" data-src="\d+-\d+">she\/her<\/p>/);
    assert.match(html, /<p class="vitae-extra" dir="auto" data-src="\d+-\d+">Engineer<\/p><ul class="vitae-extra"[^>]*><li dir="auto"[^>]*>Shipped it<\/li><\/ul>/);
    assert.match(html, /<section class="vitae-section vitae-extra"[^>]*><h2>Talks<\/h2><article class="vitae-entry"[^>]*><p class="vitae-extra"[^>]*>Boring pipelines<\/p><p class="vitae-extra"[^>]*>FOSDEM<\/p><\/article><\/section>/);
  });

  it('follows anchors and aliases', () => {
    const html = renderHtml(joinLines('work:', '  - name: &acme Acme', '    position: Engineer', 'volunteer:', '  - organization: *acme', '    position: Mentor'));
    assert.equal(html.match(/>Acme</g)!.length, 2);
  });

  it('gives the first YAML error and its 0-based line instead of HTML', () => {
    const outcome = renderResume(parseResume('file:///r.yaml', 1, joinLines('basics:', '  name: Ada', '  label: [unclosed', 'work: []')));
    assert.equal(outcome.ok, false);
    assert.ok(!outcome.ok && outcome.problem.line >= 2, JSON.stringify(outcome));
    assert.ok(!outcome.ok && outcome.problem.message.length > 0);
  });

  it('says what is wrong in the words of the editor’s yaml-syntax diagnostic, on its line', () => {
    const doc = parseResume('file:///r.yaml', 1, joinLines('basics:', '  name: Ada Okafor', ' label: Engineer', '  email: ada@example.com'));
    const outcome = renderResume(doc);
    const [diagnostic] = lint(doc).filter((d) => d.code === 'yaml-syntax');
    assert.ok(!outcome.ok);
    assert.deepEqual(outcome.problem, { message: diagnostic!.message, line: diagnostic!.range.start.line });
    assert.deepEqual(outcome.problem, { message: 'This line is not indented like its neighbours. Line it up with the other keys of the same entry.', line: 2 });
  });

  it('renders a resume with a duplicated key (a lint finding), showing the first value', () => {
    const html = renderHtml(joinLines('basics:', '  name: Ada', '  name: Grace'));
    assert.match(html, /<h1 class="vitae-name"[^>]*>Ada<\/h1>/);
  });

  it('refuses a file too large to parse with the parser’s own message', () => {
    const outcome = renderResume(parseResume('file:///r.yaml', 1, `basics:\n  summary: "${'x'.repeat(1024 * 1024)}"`));
    assert.ok(!outcome.ok && /Vitae checks resumes up to 1 MB/.test(outcome.problem.message));
  });
});
