import { strict as assert } from 'node:assert';
import { parseProjectConfig } from '../../server/src/core/config';
import { lintFindings } from '../../server/src/core/lint';
import type { Rule } from '../../server/src/core/rules/rule';
import { createLanguageService } from '../../server/src/core/service';
import { parseResume } from '../../server/src/core/document';
import { joinLines, source, STRUCTURE_ONLY } from '../helpers/text';

const service = createLanguageService({ today: () => new Date('2026-11-22T12:00:00Z') });
const codesOn = (text: string) => service.lint(source(text), STRUCTURE_ONLY).map((d) => `${d.range.start.line}:${String(d.code)}`);

describe('suppression comments', () => {
  const resume = (comment: string) =>
    joinLines(comment, 'basics:', '  # vitae-disable-next-line invalid-email', '  email: nope', '  emial: x', '  url: example.com');

  it('vitae-disable-next-line silences the named code on the next line only', () => {
    assert.deepEqual(codesOn(resume('# my resume')), ['4:unknown-key', '5:invalid-url']);
  });

  it('vitae-disable silences codes in the whole file', () => {
    assert.deepEqual(codesOn(resume('# vitae-disable unknown-key, invalid-url')), []);
  });

  it('a directive without codes silences everything it covers', () => {
    assert.deepEqual(codesOn(joinLines('basics:', '  # vitae-disable-next-line', '  emial: x', '  url: example.com')), ['3:invalid-url']);
  });
});

describe('severity configuration', () => {
  it('turns codes off or changes their severity', () => {
    const text = joinLines('basics:', '  emial: x', '  url: example.com');
    const diagnostics = service.lint(source(text), { severities: { ...STRUCTURE_ONLY.severities, 'unknown-key': 'off', 'invalid-url': 'hint' } });
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['invalid-url', 4]]);
  });

  it('does not run a rule that is turned off, so an unwanted check costs nothing while typing', () => {
    let runs = 0;
    const counted: Rule = { id: 'tech-name', *check() { runs++; } };
    const doc = parseResume('file:///r.yaml', 1, joinLines('basics:', '  name: Ada'));
    lintFindings(doc, { severities: { 'tech-name': 'off' } }, [counted]);
    assert.equal(runs, 0);
    lintFindings(doc, { severities: { 'tech-name': 'hint' } }, [counted]);
    assert.equal(runs, 1);
  });

  it('reads the project config file, skipping bad entries with a reason', () => {
    const config = parseProjectConfig(joinLines('rules:', '  bullet-no-metric: error', '  unknown-key: loud', 'writing:', '  bulletWords: { max: 30 }'));
    assert.deepEqual(config.rules, { 'bullet-no-metric': 'error' });
    assert.deepEqual(config.writing, { bulletWords: { max: 30 } });
    assert.deepEqual(config.problems, ['rules.unknown-key: use off, hint, information, warning or error']);
  });

  it('survives a config file that is not YAML', () => {
    assert.deepEqual(parseProjectConfig('rules: [').problems.length, 1);
    assert.deepEqual(parseProjectConfig('').rules, {});
  });
});
