import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { formatGithub } from '../../server/src/cli/formatGithub';
import { artifactUri, formatSarif } from '../../server/src/cli/formatSarif';
import { CODE_CATALOG } from '../../server/src/core/catalog';
import { parseRuleDoc } from '../../server/src/core/ruleDoc';
import { readRuleDoc } from '../../server/src/node/ruleDocs';

const diagnostic = (code: string, severity: DiagnosticSeverity, message: string, line = 4, from = 9, to = 27): Diagnostic => ({
  range: { start: { line, character: from }, end: { line, character: to } },
  severity,
  code,
  source: 'vitae',
  message,
});

describe('vitae lint --format github', () => {
  it('writes one workflow command per problem, 1-based, with the code as the title', () => {
    const lines = formatGithub([{ file: 'cv/resume.yaml', diagnostics: [diagnostic('invalid-email', DiagnosticSeverity.Error, 'Not an email.')] }]);
    assert.deepEqual(lines, ['::error file=cv/resume.yaml,line=5,endLine=5,col=10,endColumn=28,title=vitae invalid-email::Not an email.']);
  });

  it('maps warnings and information to their commands and leaves hints out', () => {
    const lines = formatGithub([
      {
        file: 'resume.yaml',
        diagnostics: [
          diagnostic('unknown-key', DiagnosticSeverity.Warning, 'w'),
          diagnostic('bullet-no-metric', DiagnosticSeverity.Information, 'i'),
          diagnostic('skill-no-evidence', DiagnosticSeverity.Hint, 'h'),
        ],
      },
    ]);
    assert.deepEqual(lines.map((line) => line.slice(0, line.indexOf(' '))), ['::warning', '::notice']);
  });

  it('escapes what the runner would read as syntax: %, line breaks, and , : in properties', () => {
    const [line] = formatGithub([{ file: '.\\my, cv: 2.resume.yaml', diagnostics: [diagnostic('yaml-syntax', DiagnosticSeverity.Error, '100% wrong:\nline two\r')] }]);
    assert.equal(line, '::error file=my%2C cv%3A 2.resume.yaml,line=5,endLine=5,col=10,endColumn=28,title=vitae yaml-syntax::100%25 wrong:%0Aline two%0D');
  });
});

describe('vitae lint --format sarif', () => {
  const sarifOf = (file: string) =>
    JSON.parse(formatSarif([{ file, diagnostics: [diagnostic('bullet-no-metric', DiagnosticSeverity.Information, 'No number.')] }], readRuleDoc));

  it('carries each reported rule with its summary, description, help and default level, and no link', () => {
    const [rule] = sarifOf('resume.yaml').runs[0].tool.driver.rules;
    const page = readFileSync(join(__dirname, '..', '..', 'docs', 'rules', 'bullet-no-metric.md'), 'utf8');
    assert.equal(rule.id, 'bullet-no-metric');
    assert.deepEqual(rule.shortDescription, { text: CODE_CATALOG['bullet-no-metric'] });
    assert.equal(rule.fullDescription.text, 'A highlight that states no quantity: nothing says how much, how many or how fast. Numbers are what a reader remembers and what makes a claim believable.');
    assert.deepEqual(rule.defaultConfiguration, { level: 'note' });
    assert.equal(rule.help.markdown, page.trim().replace('[false-alarms.md](false-alarms.md)', 'false-alarms.md'));
    assert.doesNotMatch(rule.help.text, /\*\*|\]\(/);
    assert.equal(rule.helpUri, undefined);
    assert.equal(sarifOf('resume.yaml').runs[0].tool.driver.informationUri, undefined);
  });

  it('says columns are UTF-16 code units, as LSP counts them', () => {
    assert.equal(sarifOf('resume.yaml').runs[0].columnKind, 'utf16CodeUnits');
  });

  it('writes locations as URI references: relative ones encoded, absolute ones as file: URIs', () => {
    assert.equal(artifactUri('./cv/my resume.yaml'), 'cv/my%20resume.yaml');
    assert.equal(artifactUri('cv\\resume.yaml'), 'cv/resume.yaml');
    assert.equal(artifactUri('/home/ada/résumé.yaml'), 'file:///home/ada/r%C3%A9sum%C3%A9.yaml');
  });
});

describe('the rule pages', () => {
  it('each give a description and a default severity', () => {
    for (const code of Object.keys(CODE_CATALOG)) {
      const doc = readRuleDoc(code);
      assert.ok(doc, code);
      assert.ok(doc.description.length > 20 && !doc.description.startsWith('Default severity'), `${code}: ${doc.description}`);
      assert.ok(doc.defaultSeverity, code);
    }
  });

  it('read the first severity a page names, and skip headings and code for the description', () => {
    const doc = parseRuleDoc('x', '# `x`\n\nDefault severity: **information** for one thing; **hint** for\nanother.\n\n```yaml\na: 1\n```\n\nWhat `x` finds,\nin **two** lines.\n');
    assert.equal(doc.defaultSeverity, 'information');
    assert.equal(doc.description, 'What x finds, in two lines.');
  });

  it('keep links that lead somewhere and unlink the relative ones', () => {
    const doc = parseRuleDoc('x', 'See [the spec](https://jsonresume.org/schema) and [other](other.md).');
    assert.equal(doc.markdown, 'See [the spec](https://jsonresume.org/schema) and other.');
  });
});
