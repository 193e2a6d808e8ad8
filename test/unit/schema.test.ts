import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../server/src/core/service';
import { joinLines, source, STRUCTURE_ONLY, textAt } from '../helpers/text';

const service = createLanguageService({ today: () => new Date('2026-11-22T12:00:00Z') });

/** Lint `text` and describe each diagnostic as "code @ underlined text: message". */
function problems(text: string, codes?: string[]): string[] {
  return service
    .lint(source(text), STRUCTURE_ONLY)
    .filter((d) => !codes || codes.includes(String(d.code)))
    .map((d) => `${String(d.code)} @ ${textAt(text, d.range)}: ${d.message}`);
}

describe('schema checks', () => {
  it('flags a value of the wrong type on the value, and says how to fix it', () => {
    const text = joinLines('languages:', '  - language: Spanish', '    fluency: 7');
    assert.deepEqual(problems(text), ['type-mismatch @ 7: "fluency" must be text, not a number. Put the value in quotes.']);
  });

  it('flags a list where text is expected on the key, not the whole list', () => {
    const text = joinLines('basics:', '  name:', '    - Ada', '    - Okafor');
    assert.deepEqual(problems(text), ['type-mismatch @ name: "name" must be text, not a list. Put the value in quotes.']);
  });

  it('suggests the key the author meant', () => {
    const text = joinLines('work:', '  - name: Northwind', '    postion: Engineer', '    StartDate: 2020-01');
    const diagnostics = service.lint(source(text), STRUCTURE_ONLY);
    assert.deepEqual(
      diagnostics.map((d) => [textAt(text, d.range), (d.data as { suggestion?: string }).suggestion]),
      [
        ['postion', 'position'],
        ['StartDate', 'startDate'],
      ],
    );
  });

  it('offers no rename onto a key the entry already has, and says so', () => {
    const text = joinLines('work:', '  - name: Northwind', '    startDate: 2020-01', '    startdate: 2020-02');
    const [diagnostic, ...rest] = service.lint(source(text), STRUCTURE_ONLY);
    assert.deepEqual(rest, []);
    assert.equal(textAt(text, diagnostic!.range), 'startdate');
    assert.equal(
      diagnostic!.message,
      '"startdate" is not a JSON Resume key in "work", so no theme will show it. Did you mean "startDate"? This entry already has "startDate": keep one of the two values and remove the other.',
    );
    assert.equal(diagnostic!.data, undefined, 'no fix, no suggestion to rename');
    assert.deepEqual(service.codeActions(source(text), diagnostic!.range, STRUCTURE_ONLY), []);
  });

  it('lists the known keys when nothing is close', () => {
    const [message] = problems(joinLines('basics:', '  hobbies: chess'));
    assert.match(message!, /"hobbies" is not a JSON Resume key in "basics".*Known keys here: name, label, image, email/);
  });

  it('takes any key under meta, where JSON Resume keeps tooling configuration (meta.theme, meta.language)', () => {
    assert.deepEqual(problems(joinLines('meta:', '  theme: even', '  language: fr', '  version: v1.0.0', 'basics:', '  name: Ada')), []);
  });

  it('accepts $schema and the yaml-language-server modeline without fetching anything', () => {
    const text = joinLines(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
      '$schema: https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
      'basics:',
      '  name: Ada',
    );
    assert.deepEqual(problems(text), []);
  });

  it('checks emails and URLs, with a quick fix for a missing scheme', () => {
    const text = joinLines('basics:', '  email: ada@example', '  url: ada.example.com');
    assert.deepEqual(problems(text), [
      'invalid-email @ ada@example: ada@example is not a valid email address. Check the part after "@": it needs a domain such as example.com.',
      'invalid-url @ ada.example.com: ada.example.com has no scheme, so links to it break. Write it as https://ada.example.com.',
    ]);
  });

  it('reports a missing field as nothing at all: JSON Resume requires no field', () => {
    assert.deepEqual(problems(joinLines('work:', '  - position: Engineer')), []);
  });

  it('reports duplicate keys on the second key', () => {
    const text = joinLines('basics:', '  name: Ada', '  name: Grace');
    const diagnostics = service.lint(source(text), STRUCTURE_ONLY);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, textAt(text, d.range)]), [['duplicate-key', 2, 'name']]);
  });
});

describe('date checks', () => {
  const entry = (start: string, end?: string): string =>
    joinLines('work:', '  - name: Acme', `    startDate: ${start}`, ...(end ? [`    endDate: ${end}`] : []));

  it('accepts YYYY, YYYY-MM, YYYY-MM-DD and a bare integer year', () => {
    assert.deepEqual(problems(entry('2019', '2020-05')), []);
    assert.deepEqual(problems(entry('2019-05-01', '2020')), []);
  });

  it('rejects dates that do not exist, on the value', () => {
    assert.deepEqual(problems(entry('2022-02-30')), ['invalid-date @ 2022-02-30: 2022-02-30 is not a date: February 2022 has 28 days.']);
  });

  it('normalises human dates with a quick fix', () => {
    const text = entry('June 2015');
    const [diagnostic] = service.lint(source(text), STRUCTURE_ONLY);
    assert.equal(diagnostic?.code, 'invalid-date');
    const actions = service.codeActions(source(text), diagnostic!.range, STRUCTURE_ONLY);
    assert.deepEqual(actions.map((a) => a.title), ['Change to 2015-06']);
  });

  it('flags an end before the start on the end date', () => {
    assert.deepEqual(problems(entry('2020-03', '2019-05')), ['date-order @ 2019-05: This entry ends (2019-05) before it starts (2020-03). Check both dates.']);
  });

  it('flags a start date in the future, relative to the injected today', () => {
    assert.deepEqual(problems(entry('2027-01')), [
      'date-future @ 2027-01: This starts in the future (2027-01). Check the year, or leave the entry out until it starts.',
    ]);
    assert.deepEqual(problems(entry('2026-11')), [], 'this month is not the future');
  });
});
