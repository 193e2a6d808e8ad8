import { strict as assert } from 'node:assert';
import { joinLines } from '../../helpers/text';
import { fixture, renderHtml } from '../render/render';
import { ADA, asText } from './export';

describe('plain text export', () => {
  it('writes a resume the way an applicant-tracking system reads it, its sections in the order of the YAML', () => {
    assert.equal(
      asText(joinLines(...ADA)),
      joinLines(
        'Ada Okafor',
        'Platform Engineer',
        'London, GB | ada@example.com | +44 20 7946 0000 | https://ada.example.dev',
        'GitHub: adaokafor (https://github.com/adaokafor)',
        '',
        'Builds fast, boring systems. See my talks (https://talks.example.dev).',
        '',
        'SKILLS',
        'Languages (Expert): Go, TypeScript',
        'Practices: Incident response',
        '',
        'EXPERIENCE',
        'Staff Engineer, Acme (https://acme.example.com)',
        'Mar 2021 - Present | London',
        '- Cut p99 latency from 900 ms to 140 ms.',
        '- Led the pgshift migration of 42 services.',
        '',
        'Engineer, Initech',
        '2017 - Feb 2021',
        '',
        'TALKS',
        'Boring systems',
        'GopherCon 2023',
        '',
        'EDUCATION',
        'MSc Computer Science, KTH',
        'Aug 2014 - Jun 2016',
        '',
      ),
    );
  });

  describe('on the JSON Resume sample', () => {
    const sample = fixture('render/sample.yaml');
    const text = asText(sample);
    const lines = text.split('\n');

    it('has every section, in the order of the YAML, under the page’s own headings in capitals', () => {
      const headings = lines.filter((line, index) => line !== '' && line === line.toUpperCase() && /[A-Z]{4}/.test(line) && (index === 0 || lines[index - 1] === ''));
      assert.deepEqual(headings, ['EXPERIENCE', 'VOLUNTEERING', 'EDUCATION', 'AWARDS', 'CERTIFICATES', 'PUBLICATIONS', 'SKILLS', 'LANGUAGES', 'INTERESTS', 'REFERENCES', 'PROJECTS']);
      const onThePage = [...renderHtml(sample).matchAll(/<h2>([^<]+)<\/h2>/g)].map((match) => match[1]!.toUpperCase());
      assert.deepEqual([...headings].sort(), [...onThePage].sort());
    });

    it('writes the header: name, label, a contact line with the URL written out, one line per profile', () => {
      assert.deepEqual(lines.slice(0, 5), [
        'Richard Hendriks',
        'Programmer',
        '2712 Broadway St, CA 94115, San Francisco, California, US | richard.hendriks@mail.com | (912) 555-4321 | http://richardhendricks.example.com',
        'Twitter: neutralthoughts (https://www.twitter.com)',
        'SoundCloud: dandymusicnl (https://soundcloud.example.com/dandymusicnl)',
      ]);
      assert.match(lines[6]!, /^Richard hails from Tulsa\. .* conversation!$/);
    });

    it('writes each entry as its head, its dates as people write them, its text and its highlights as "- " bullets', () => {
      const at = lines.indexOf('EXPERIENCE');
      assert.deepEqual(lines.slice(at, at + 8), [
        'EXPERIENCE',
        'CEO/President, Pied Piper (http://piedpiper.example.com)',
        '1 Dec 2013 - 1 Dec 2014 | Palo Alto, CA',
        'Awesome compression company',
        'Pied Piper is a multi-platform technology based on a proprietary universal compression algorithm that has consistently fielded high Weisman Scores™ that are not merely competitive, but approach the theoretical limit of lossless compression.',
        '- Build an algorithm for artist to detect if their music was violating copy right infringement laws',
        '- Successfully won Techcrunch Disrupt',
        '- Optimized an algorithm that holds the current world record for Weisman Scores',
      ]);
    });

    it('writes education, awards, certificates, publications, skills, languages, interests, references and projects', () => {
      const section = (heading: string): string => text.slice(text.indexOf(`\n${heading}\n`) + 1).split('\n\n')[0]!.trimEnd();
      assert.equal(section('EDUCATION'), joinLines('EDUCATION', 'Bachelor Information Technology, University of Oklahoma (https://www.ou.edu/)', '1 Jun 2011 - 1 Jan 2014', 'Score: 4.0', '- DB1101 - Basic SQL', '- CS2011 - Java Introduction'));
      assert.equal(section('AWARDS'), joinLines('AWARDS', 'Digital Compression Pioneer Award, Techcrunch', '1 Nov 2014', 'There is no spoon.'));
      assert.equal(section('CERTIFICATES'), joinLines('CERTIFICATES', 'Certified Kubernetes Administrator, Cloud Native Computing Foundation (https://www.cncf.io/certification/cka/)', '7 Nov 2021'));
      assert.equal(section('PUBLICATIONS').split('\n')[1], 'Video compression for 3d media, Hooli (http://en.wikipedia.org/wiki/Silicon_Valley_(TV_series))');
      assert.equal(section('SKILLS'), joinLines('SKILLS', 'Web Development (Master): HTML, CSS, Javascript', 'Compression (Master): Mpeg, MP4, GIF'));
      assert.equal(section('LANGUAGES'), joinLines('LANGUAGES', 'English: Native speaker'));
      assert.equal(section('INTERESTS'), joinLines('INTERESTS', 'Wildlife: Ferrets, Unicorns'));
      assert.match(section('REFERENCES'), /^REFERENCES\nErlich Bachman\nIt is my pleasure to recommend Richard, .* company\.$/);
      assert.equal(
        section('PROJECTS'),
        joinLines(
          'PROJECTS',
          'Miss Direction, Smoogle (http://missdirection.example.com)',
          '24 Aug 2016 - 24 Aug 2016 | application',
          'Roles: Team lead, Designer',
          'A mapping engine that misguides you',
          '- Won award at AIHacks 2016',
          '- Built by all women team of newbie programmers',
          '- Using modern technologies such as GoogleMaps, Chrome Extension and Javascript',
          'Keywords: GoogleMaps, Chrome Extension, Javascript',
        ),
      );
    });

    it('leaves meta out, and has no tables, no tabs and one blank line at most', () => {
      assert.doesNotMatch(text, /lastModified|v1\.0\.0|sample\.resume\.json/);
      assert.doesNotMatch(text, /\t|\n\n\n|\|.*\|.*\|.*\|.*\|/);
      assert.ok(text.endsWith('Javascript\n'));
    });
  });

  it('reduces Markdown to its words, keeps an unsafe link as the text it was, and writes every safe link out', () => {
    const text = asText(
      joinLines(
        'work:',
        '  - name: Acme',
        '    highlights:',
        '      - "**Cut** _costs_ by `30%` with ~~no~~ [Kafka](https://kafka.apache.org) and <https://example.com>"',
        '      - "Click [here](javascript:alert(1)) or <javascript:alert(2)>"',
        '      - "Mail [me](mailto:ada@example.com), call [me](tel:+4412345)"',
      ),
    );
    assert.equal(
      text,
      joinLines(
        'EXPERIENCE',
        'Acme',
        '- Cut costs by 30% with no Kafka (https://kafka.apache.org) and https://example.com',
        '- Click [here](javascript:alert(1)) or <javascript:alert(2)>',
        '- Mail me (ada@example.com), call me (+4412345)',
        '',
      ),
    );
  });

  it('writes a summary’s paragraphs and lists line by line', () => {
    const text = asText(joinLines('basics:', '  name: Ada', '  summary: |', '    First paragraph,', '    on two lines.', '', '    - one', '    - two'));
    assert.equal(text, joinLines('Ada', '', 'First paragraph, on two lines.', '- one', '- two', ''));
  });

  it('writes dates as people write them: a year, an open end, only an end, an unreadable date as typed', () => {
    const text = asText(
      joinLines(
        'work:',
        '  - { name: A, startDate: 2019 }',
        '  - { name: B, endDate: 2021-02 }',
        '  - { name: C, startDate: Spring 2020, endDate: 2021-02-30 }',
      ),
    );
    assert.equal(text, joinLines('EXPERIENCE', 'A', '2019 - Present', '', 'B', 'Until Feb 2021', '', 'C', 'Spring 2020 - 2021-02-30', ''));
  });

  it('includes fields and sections JSON Resume does not define, plainly, in source order', () => {
    const text = asText(
      joinLines(
        'openSource:',
        '  - pgshift',
        '  - sqlfmt',
        'work:',
        '  - name: Acme',
        '    postion: Engineer',
        '    tools: [Go, Rust]',
        'basics:',
        '  name: Ada',
        '  pronouns: she/her',
      ),
    );
    assert.equal(text, joinLines('Ada', '', 'she/her', '', 'OPEN SOURCE', 'pgshift', 'sqlfmt', '', 'EXPERIENCE', 'Acme', 'Engineer', '- Go', '- Rust', ''));
  });
});
