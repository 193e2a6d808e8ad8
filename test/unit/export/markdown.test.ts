import { strict as assert } from 'node:assert';
import { joinLines } from '../../helpers/text';
import { fixture } from '../render/render';
import { ADA, asMarkdown, permissiveViewer } from './export';

describe('Markdown export', () => {
  it('writes the resume as a Markdown page, keeping the author’s own formatting and links', () => {
    assert.equal(
      asMarkdown(joinLines(...ADA)),
      joinLines(
        '# Ada Okafor',
        '',
        '**Platform Engineer**',
        '',
        'London, GB · [ada@example.com](mailto:ada@example.com) · [+44 20 7946 0000](tel:+442079460000) · [ada.example.dev](https://ada.example.dev)',
        '',
        'GitHub: [adaokafor](https://github.com/adaokafor)',
        '',
        'Builds **fast**, *boring* systems. See [my talks](https://talks.example.dev).',
        '',
        '## Skills',
        '',
        '- **Languages** (Expert): Go, TypeScript',
        '- **Practices**: Incident response',
        '',
        '## Experience',
        '',
        '### Staff Engineer, [Acme](https://acme.example.com)',
        '',
        'Mar 2021 – Present · London',
        '',
        '- Cut p99 latency from **900 ms** to 140 ms.',
        '- Led the `pgshift` migration of 42 services.',
        '',
        '### Engineer, Initech',
        '',
        '2017 – Feb 2021',
        '',
        '## Talks',
        '',
        'Boring systems',
        '',
        'GopherCon 2023',
        '',
        '## Education',
        '',
        '### MSc Computer Science, KTH',
        '',
        'Aug 2014 – Jun 2016',
        '',
      ),
    );
  });

  it('has every section of the sample in the order of the YAML, with entries in source order', () => {
    const md = asMarkdown(fixture('render/sample.yaml'));
    const headings = [...md.matchAll(/^(#{1,3}) (.+)$/gm)].map((match) => `${match[1]} ${match[2]}`);
    assert.deepEqual(headings, [
      '# Richard Hendriks',
      '## Experience',
      '### CEO/President, [Pied Piper](http://piedpiper.example.com)',
      '## Volunteering',
      '### Teacher, [CoderDojo](http://coderdojo.example.com/)',
      '## Education',
      '### Bachelor Information Technology, [University of Oklahoma](https://www.ou.edu/)',
      '## Awards',
      '### Digital Compression Pioneer Award, Techcrunch',
      '## Certificates',
      '### [Certified Kubernetes Administrator](https://www.cncf.io/certification/cka/), Cloud Native Computing Foundation',
      '## Publications',
      '### [Video compression for 3d media](http://en.wikipedia.org/wiki/Silicon_Valley_\\(TV_series\\)), Hooli',
      '## Skills',
      '## Languages',
      '## Interests',
      '## References',
      '### Erlich Bachman',
      '## Projects',
      '### [Miss Direction](http://missdirection.example.com), Smoogle',
    ]);
    assert.match(md, /\n- \*\*Web Development\*\* \(Master\): HTML, CSS, Javascript\n- \*\*Compression\*\* \(Master\): Mpeg, MP4, GIF\n/);
    assert.match(permissiveViewer().render(md), /<a href="http:\/\/en.wikipedia.org\/wiki\/Silicon_Valley_\(TV_series\)">Video compression for 3d media<\/a>/);
  });

  it('puts skills before work when the YAML does', () => {
    const md = asMarkdown(joinLines('skills:', '  - { name: Go }', 'work:', '  - { name: Acme }', 'basics: { name: Ada }'));
    assert.equal(md, joinLines('# Ada', '', '## Skills', '', '- **Go**', '', '## Experience', '', '### Acme', ''));
  });

  it('escapes resume text, so nothing in the YAML becomes a link, HTML or formatting it was not', () => {
    const md = asMarkdown(
      joinLines(
        'basics:',
        '  name: "<script>alert(1)</script> #1"',
        '  label: "*Star* _under_ [x](javascript:alert(2))"',
        'work:',
        '  - position: "# Not a heading"',
        '    name: "1. Not a list"',
        '    highlights:',
        '      - "Click [here](javascript:alert(3)) or <javascript:alert(4)> or <img src=x onerror=alert(5)>"',
        '      - "- not a nested bullet, ~~struck~~ and ~5 ms, R&amp;D (an entity, as on the page)"',
        '      - "[ok](https://example.com/a_(b)) and `` code with ` tick ``"',
      ),
    );
    const html = permissiveViewer().render(md);
    assert.doesNotMatch(html, /<script|<img|href="javascript:/i);
    assert.deepEqual([...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]), ['https://example.com/a_(b)']);
    assert.match(html, /<h1>&lt;script&gt;alert\(1\)&lt;\/script&gt; #1<\/h1>/);
    assert.match(html, /<strong>\*Star\* _under_ \[x\]\(javascript:alert\(2\)\)<\/strong>/);
    assert.match(html, /<h3># Not a heading, 1. Not a list<\/h3>/);
    assert.match(html, /<li>Click \[here\]\(javascript:alert\(3\)\) or &lt;javascript:alert\(4\)&gt; or &lt;img src=x onerror=alert\(5\)&gt;<\/li>/);
    assert.match(html, /<li>- not a nested bullet, <s>struck<\/s> and ~5 ms, R&amp;D \(an entity, as on the page\)<\/li>/);
    assert.match(html, /<code>code with ` tick<\/code>/);
  });
});
