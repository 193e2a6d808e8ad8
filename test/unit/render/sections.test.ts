import { strict as assert } from 'node:assert';
import { joinLines } from '../../helpers/text';
import { humanDate } from '../../../server/src/core/render/dates';
import { createLanguageService } from '../../../server/src/core/service';
import { elementWithText, fixture, renderHtml, sourcesOf } from './render';

describe('the renderer: sections', () => {
  const full = fixture('render/sample.yaml');
  const html = renderHtml(full);

  const headings = (page: string): string[] => [...page.matchAll(/<section class="vitae-section vitae-(\w+)"[^>]*><h2>([^<]+)<\/h2>/g)].map((m) => `${m[1]}: ${m[2]}`);

  it('renders every JSON Resume section of the full sample, with its heading, in the order the YAML has them', () => {
    assert.deepEqual(headings(html), [
      'work: Experience',
      'volunteer: Volunteering',
      'education: Education',
      'awards: Awards',
      'certificates: Certificates',
      'publications: Publications',
      'skills: Skills',
      'languages: Languages',
      'interests: Interests',
      'references: References',
      'projects: Projects',
    ]);
  });

  it('puts the sections a design names first, in its order; the rest follow as the YAML has them', () => {
    const ordered = headings(renderHtml(full, { sectionOrder: ['skills', 'projects', 'talks', 'work'] }));
    assert.deepEqual(ordered.slice(0, 4), ['skills: Skills', 'projects: Projects', 'work: Experience', 'volunteer: Volunteering']);
    assert.equal(ordered.length, 11);
  });

  it('writes dates in the design\'s style: short, long or numeric', () => {
    const dates = (style: 'short' | 'long' | 'numeric'): string => /<p class="vitae-dates">(.*?)<\/p>/.exec(renderHtml(full, { dateStyle: style }))![1]!.replace(/<[^>]+>/g, '');
    assert.deepEqual([dates('short'), dates('long'), dates('numeric')], ['1 Dec 2013 – 1 Dec 2014', '1 December 2013 – 1 December 2014', '01/12/2013 – 01/12/2014']);
  });

  it('shows the header: name, label, contact links and profiles', () => {
    const name = elementWithText(html, 'Richard Hendriks');
    assert.match(name, /^<h1 class="vitae-name" dir="auto" data-src="\d+-\d+">Richard Hendriks$/);
    assert.equal(sourcesOf(name, full)[0]!.source, 'Richard Hendriks');
    assert.match(html, /<p class="vitae-label" dir="auto" data-src="\d+-\d+">Programmer<\/p>/);
    assert.match(html, /<a class="vitae-email" href="mailto:richard.hendriks@mail.com" dir="auto" data-src="\d+-\d+">richard.hendriks@mail.com<\/a>/);
    assert.match(html, /<a class="vitae-phone" href="tel:9125554321" dir="ltr" data-src="\d+-\d+">\(912\) 555-4321<\/a>/);
    assert.match(html, /<a class="vitae-url" href="http:\/\/richardhendricks.example.com" dir="auto" data-src="\d+-\d+">richardhendricks.example.com<\/a>/);
    assert.match(html, /<span class="vitae-network" dir="auto" data-src="\d+-\d+">SoundCloud<\/span> <span class="vitae-username" dir="auto"><a href="https:\/\/soundcloud.example.com\/dandymusicnl" data-src="\d+-\d+">dandymusicnl<\/a><\/span><\/li>/);
    assert.match(html, /<span class="vitae-address"[^>]*>2712 Broadway St<\/span>, <span class="vitae-postalCode"[^>]*>CA 94115<\/span>, <span class="vitae-city"[^>]*>San Francisco<\/span>/);
  });

  it('shows no image unless remote images are allowed, and then only over https', () => {
    const text = joinLines('basics:', '  name: Ada', '  image: https://img.example.com/ada.jpg');
    assert.doesNotMatch(renderHtml(text), /<img/);
    assert.match(renderHtml(text, { allowRemoteImages: true }), /<img class="vitae-photo" src="https:\/\/img.example.com\/ada.jpg" alt="Photo of Ada" referrerpolicy="no-referrer" data-src="\d+-\d+">/);
    assert.doesNotMatch(renderHtml(text.replace('https:', 'http:'), { allowRemoteImages: true }), /<img/);
  });

  it('lays out a work entry: title, linked organisation, dates, place, description, summary, highlights', () => {
    const work = /<section class="vitae-section vitae-work".*?<\/section>/.exec(html)![0];
    assert.match(work, /^<section class="vitae-section vitae-work" data-src="\d+-\d+"><h2>Experience<\/h2><article class="vitae-entry" data-src="\d+-\d+"><header class="vitae-entry-head">/);
    assert.match(work, /<h3 class="vitae-entry-title" dir="auto" data-src="\d+-\d+">CEO\/President<\/h3><p class="vitae-entry-org" dir="auto"><a href="http:\/\/piedpiper.example.com" data-src="\d+-\d+">Pied Piper<\/a><\/p>/);
    assert.match(work, /<p class="vitae-dates"><time datetime="2013-12-01" data-src="\d+-\d+">1 Dec 2013<\/time> – <time datetime="2014-12-01" data-src="\d+-\d+">1 Dec 2014<\/time><\/p>/);
    assert.match(work, /<p class="vitae-entry-location" dir="auto" data-src="\d+-\d+">Palo Alto, CA<\/p>/);
    assert.match(work, /<li dir="auto" data-src="\d+-\d+">Successfully won Techcrunch Disrupt<\/li>/);
  });

  it('lays out education, awards, certificates, publications, skills, languages, interests, references, projects', () => {
    const expectations: RegExp[] = [
      /<span class="vitae-study-type"[^>]*>Bachelor<\/span> <span class="vitae-area"[^>]*>Information Technology<\/span>/,
      /<p class="vitae-score"><span class="vitae-score-value" dir="auto" data-src="\d+-\d+">4.0<\/span><\/p>/,
      /<ul class="vitae-courses"[^>]*><li dir="auto" data-src="\d+-\d+">DB1101 - Basic SQL<\/li>/,
      /<h3 class="vitae-entry-title"[^>]*>Digital Compression Pioneer Award<\/h3><p class="vitae-entry-org"[^>]*>Techcrunch<\/p><p class="vitae-dates"><time datetime="2014-11-01"[^>]*>1 Nov 2014<\/time><\/p>/,
      /<h3 class="vitae-entry-title" dir="auto"><a href="https:\/\/www.cncf.io\/certification\/cka\/"[^>]*>Certified Kubernetes Administrator<\/a><\/h3><p class="vitae-entry-org"[^>]*>Cloud Native Computing Foundation<\/p>/,
      /<a href="http:\/\/en.wikipedia.org\/wiki\/Silicon_Valley_\(TV_series\)"[^>]*>Video compression for 3d media<\/a>/,
      /<h3 class="vitae-entry-title"[^>]*>Web Development<\/h3><div class="vitae-skill-detail"><ul class="vitae-keywords"[^>]*><li dir="auto"[^>]*>HTML<\/li>.*?<\/ul><span class="vitae-level"[^>]*>Master<\/span><\/div>/,
      /<h3 class="vitae-entry-title"[^>]*>English<\/h3><p class="vitae-level"[^>]*>Native speaker<\/p>/,
      /<h3 class="vitae-entry-title"[^>]*>Wildlife<\/h3><ul class="vitae-keywords"[^>]*><li dir="auto"[^>]*>Ferrets<\/li>/,
      /<blockquote class="vitae-reference"><div class="vitae-reference-text vitae-md"[^>]*><p>It is my pleasure/,
      /<p class="vitae-reference-name"[^>]*>Erlich Bachman<\/p>/,
      /<p class="vitae-entry-org"[^>]*>Smoogle<\/p><p class="vitae-dates"><time datetime="2016-08-24"[^>]*>24 Aug 2016<\/time>/,
      /<p class="vitae-entry-type"[^>]*>application<\/p><ul class="vitae-roles"[^>]*><li[^>]*>Team lead<\/li><li[^>]*>Designer<\/li><\/ul>/,
    ];
    for (const expected of expectations) assert.match(html, expected);
  });

  it('caches Markdown by text, yet every render gives the same page', () => {
    assert.equal(renderHtml(full), html);
  });

  it('leaves meta out of the page', () => {
    assert.doesNotMatch(html, /lastModified|v1\.0\.0|sample\.resume\.json/);
  });

  it('renders the shared fixture resume (ada) without surprises', () => {
    const ada = renderHtml(fixture('ada.resume.yaml'));
    assert.match(ada, /<time datetime="2021-03" data-src="\d+-\d+">Mar 2021<\/time> – <span class="vitae-present">Present<\/span>/);
  });
});

describe('the renderer: dates for people', () => {
  it('writes months by name, a bare year as itself, and keeps what it cannot read as written', () => {
    assert.deepEqual(
      ['2021-03', '2019', 2019, '2021-03-15', 'Summer 2020', '2021-13'].map((value) => humanDate(value)),
      ['Mar 2021', '2019', '2019', '15 Mar 2021', 'Summer 2020', '2021-13'],
    );
  });

  it('writes an open range as "– Present", and an end alone as "Until …"', () => {
    assert.match(renderHtml(joinLines('work:', '  - name: A', '    startDate: 2021-03')), /Mar 2021<\/time> – <span class="vitae-present">Present<\/span>/);
    assert.match(renderHtml(joinLines('work:', '  - name: A', '    endDate: 2019')), /<p class="vitae-dates">Until <time datetime="2019" data-src="\d+-\d+">2019<\/time><\/p>/);
    assert.doesNotMatch(renderHtml(joinLines('work:', '  - name: A')), /vitae-dates/);
  });
});

describe('the renderer: source offsets (data-src)', () => {
  it('points every element at the exact source text it shows', () => {
    const text = fixture('ada.resume.yaml');
    const html = renderHtml(text);
    const sources = sourcesOf(html, text);
    assert.ok(sources.length > 80, `${sources.length} elements carry data-src`);
    const pointed = (shown: string): string => sources.find((s) => s.source === shown || s.source === `"${shown}"`)!.source;
    assert.equal(pointed('Ada Okafor'), 'Ada Okafor');
    assert.equal(pointed('Cut p95 deploy time from 25 minutes to 4 minutes by parallelising the Argo CD sync waves.'), 'Cut p95 deploy time from 25 minutes to 4 minutes by parallelising the Argo CD sync waves.');
    assert.equal(pointed('+44 20 7946 0958'), '"+44 20 7946 0958"');
    // Every leaf element's range is exactly a YAML value: no range starts or ends inside a word.
    for (const { start, end } of sources) {
      assert.ok(start < end && end <= text.length, `${start}-${end} is inside the text`);
      assert.doesNotMatch(text.slice(start - 1, start + 1), /^\w\w$/, `${start} does not split a word`);
    }
  });

  it('points a section at its key and its whole value, an entry at its whole map', () => {
    const text = joinLines('basics:', '  name: Ada', 'work:', '  - name: Acme', '    position: Engineer', '');
    const html = renderHtml(text);
    const section = /<section class="vitae-section vitae-work" data-src="(\d+)-(\d+)"/.exec(html)!;
    assert.equal(text.slice(Number(section[1]), Number(section[2])), 'work:\n  - name: Acme\n    position: Engineer\n');
    const article = /<article class="vitae-entry" data-src="(\d+)-(\d+)"/.exec(html)!;
    assert.equal(text.slice(Number(article[1]), Number(article[2])), 'name: Acme\n    position: Engineer\n');
  });

  it('follows an incremental re-parse: offsets after an edit point into the new text', () => {
    const service = createLanguageService();
    const before = joinLines('work:', '  - name: Acme', '    highlights:', '      - Cut costs', '      - Shipped it');
    const after = before.replace('Cut costs', 'Cut cloud costs by 30%');
    service.render({ uri: 'file:///r.yaml', version: 1, getText: () => before });
    const outcome = service.render({ uri: 'file:///r.yaml', version: 2, getText: () => after });
    assert.ok(outcome.ok && outcome.version === 2);
    const shipped = /data-src="(\d+)-(\d+)">Shipped it</.exec(outcome.ok ? outcome.html : '')!;
    assert.equal(after.slice(Number(shipped[1]), Number(shipped[2])), 'Shipped it');
  });
});
