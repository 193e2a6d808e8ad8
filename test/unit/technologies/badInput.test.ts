import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/core/service';
import { TechCodes } from '../../../server/src/core/technologies/codes';
import { techIndex } from '../../../server/src/core/technologies/vocabulary';
import { inField, onlyWhereNamed } from '../../../server/src/core/technologies/fields';
import { LONG_SUMMARY_SKILLS, longSummary, manyTechnologies, type Written } from '../../helpers/badInput';
import { joinLines, source, textAt, withCursor } from '../../helpers/text';

const service = createLanguageService({ today: () => new Date('2026-06-01') });
const CLOUD_SERVICES = new Map([
  ['Amazon Web Services', /^(Amazon|AWS) /],
  ['Microsoft Azure', /^Azure /],
  ['Google Cloud', /^(Google|Cloud) /],
]);
const CODES = new Set<string>(Object.values(TechCodes));

/** The diagnostics of one code as "<underlined text> @ <offset>" (tech-name adds "→ <canonical>"), in text order. */
function where(text: string, code: string): string[] {
  const lines = text.split('\n');
  const offset = (d: Diagnostic): number => lines.slice(0, d.range.start.line).reduce((sum, line) => sum + line.length + 1, 0) + d.range.start.character;
  return service
    .lint(source(text))
    .filter((d) => d.code === code)
    .map((d) => `${textAt(text, d.range)} @ ${offset(d)}${d.code === TechCodes.techName ? ` → ${(d.data as { canonical?: string }).canonical}` : ''}`);
}

const at = (one: Written, canonical?: string): string => `${one.written} @ ${one.at}${canonical ? ` → ${canonical}` : ''}`;

function techFindings(text: string): string[] {
  return service
    .lint(source(text))
    .filter((d) => CODES.has(String(d.code)))
    .map((d) => `${d.code}: ${textAt(text, d.range).slice(0, 40)}`);
}

describe('technology checks on bad input', () => {
  it('reads a 10,000-keyword list: each duplicate once, no exception', () => {
    const names = ['Kubernetes', 'k8s', 'Docker', 'Javascript'];
    const lines = Array.from({ length: 10_000 }, (_, i) => `      - ${i < 4 ? names[i] : `tool-${i}`}`);
    const text = joinLines('skills:', '  - name: Many', '    keywords:', ...lines);
    const found = techFindings(text);
    assert.deepEqual(found.filter((line) => !line.startsWith('skill-no-evidence')), ['tech-name: k8s', 'duplicate-keyword: k8s', 'tech-name: Javascript']);
  });

  it('fixes all of a 10,000-keyword list of misspelt names at once (Fix All), each at its place, and nothing else', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `      - ${['Javascript', 'typescript', 'k8s', `tool-${i}`][i % 4]}`);
    const text = joinLines('skills:', '  - name: Many', '    keywords:', ...lines);
    const edits = service.fixAll(source(text));
    // Each slip of case is fixed; k8s, another name, is the author's to change.
    assert.equal(edits.length, 5_000);
    assert.deepEqual([...new Set(edits.map((edit) => edit.newText))].sort(), ['JavaScript', 'TypeScript']);
    assert.ok(edits.every((edit, i) => i === 0 || edit.range.start.line > edits[i - 1]!.range.start.line), 'in order, one a line');
  });

  it('completes in a 10,000-keyword list, leaving out what is listed', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `      - tool-${i}`);
    const { text, position } = withCursor(joinLines('skills:', '  - name: Many', '    keywords:', '      - Docker', ...lines, '      - Dock$|$'));
    const labels = service.complete(source(text), position).items.map((item) => item.label);
    assert.ok(!labels.includes('Docker'));
  });

  it('ignores keywords that are numbers, nulls, booleans, maps or nested lists', () => {
    const text = joinLines('skills:', '  - name: Odd', '    keywords:', '      - 42', '      - null', '      - true', '      - { a: 1 }', '      - [Javascript, k8s]', '      -', '      - 3.14');
    assert.deepEqual(techFindings(text), []);
  });

  it('reads a 10,000-character keyword and a 10,000-character bullet without finding a name in them', () => {
    const long = 'Kubernetes'.repeat(1000);
    const text = joinLines('work:', '  - highlights:', `      - ${'x'.repeat(10_000)} Javascript`, 'skills:', '  - name: Long', '    keywords:', `      - ${long}`, '      - Go');
    assert.deepEqual(techFindings(text), ['tech-name: Javascript', 'tech-not-in-skills: Javascript', 'skill-no-evidence: Go']);
  });

  it('reads hostile bullets (a.a.a…, a…@a…, thousands of names) without finding a name that is not there', () => {
    const text = joinLines('work:', '  - highlights:', `      - ${'a.'.repeat(5000)}//`, `      - ${'a'.repeat(5000)}@${'a'.repeat(4000)}`, `      - ${'Go '.repeat(3000)}`);
    assert.deepEqual(techFindings(text), []);
  });

  it('reports a look-alike letter from another alphabet (Cyrillic а in Jаva), and leaves Russian words alone', () => {
    const text = joinLines('skills:', '  - name: Языки', '    keywords: [J\u0430va, Питон, \u0441\u043e]');
    assert.deepEqual(techFindings(text), ['tech-name: J\u0430va']);
  });

  it('survives a keywords key whose value is not a list, and skills that are not a list', () => {
    assert.deepEqual(techFindings(joinLines('skills:', '  - name: A', '    keywords: Javascript')), []);
    assert.deepEqual(techFindings(joinLines('skills: Javascript, k8s')), []);
    assert.deepEqual(techFindings(joinLines('skills:', '  - keywords:', '      - - - Javascript')), []);
  });

  it('reads a summary past its 20,000th character: a misspelt name there is reported, a skill named there has its evidence', () => {
    const filler = 'I care about clear writing, careful reviews and rotations that let people sleep. '.repeat(300);
    const text = joinLines('basics:', `  summary: ${filler}Later I wrote the parser in Rust and the front end in Javascript.`, 'work:', '  - highlights:', '      - Cut costs by 20%.', 'skills:', '  - name: Languages', '    keywords: [Rust, JavaScript]');
    assert.deepEqual(techFindings(text), ['tech-name: Javascript']);
  });

  it('reads 120,000 names in one summary ("Go Go Go …") without an exception', () => {
    const text = joinLines('basics:', `  summary: ${'Go '.repeat(120_000)}`, 'work:', '  - highlights:', '      - Cut costs by 20%.', 'skills:', '  - name: Languages', '    keywords: [Go]');
    assert.deepEqual(techFindings(text), []);
  });

  // How long the two below take is measured by `npm run bench` (scripts/bench/badInput.mjs), never asserted here.
  it('reads a bullet that names 200 technologies (and one naming them again): each misspelt name once, at its place; each technology missing from the skills once', () => {
    const { text, named, misspelt } = manyTechnologies();
    assert.equal(named.length, 200);
    assert.ok(misspelt.length >= 10, `${misspelt.length} names written in lower case`);
    assert.deepEqual(where(text, TechCodes.techName), misspelt.map((one) => at(one, one.name)));
    // C and R, single letters, are languages in a list of names ("PHP, C, Django"), as in "written in C"; a cloud's
    // services are said through the cloud, named too (AWS covers Amazon S3 and Amazon RDS once added).
    const clouds = named.filter((one) => CLOUD_SERVICES.has(one.name)).map((one) => CLOUD_SERVICES.get(one.name)!);
    const theirs = (one: Written): boolean => [...CLOUD_SERVICES].some(([cloud, services]) => clouds.includes(services) && cloud !== one.name && [one.name, ...(techIndex().byName(one.name)?.aliases ?? [])].some((name) => services.test(name)) && ['cloud', 'database'].includes(techIndex().byName(one.name)?.category ?? ''));
    // HTML and CSS are offered only to a group named for the web, Jira only to one named for collaboration: the
    // resume's one group, "Communication", takes Jira.
    const offered = (one: Written): boolean => !onlyWhereNamed(one.name) || inField(one.name, 'communication');
    assert.deepEqual(where(text, TechCodes.notInSkills), named.filter((one) => !theirs(one) && offered(one)).map((one) => at(one)));
  });

  it('reads a summary of 50,000 words to its end: every misspelt name, each technology missing from the skills once where first named, no skill without evidence', () => {
    const { text, named, misspelt } = longSummary();
    assert.ok(text.split(/\s+/).length > 50_000);
    assert.deepEqual(where(text, TechCodes.techName), misspelt.map((one) => at(one, one.name)));
    const first = new Map<string, Written>();
    for (const one of [...named, ...misspelt].sort((a, b) => a.at - b.at)) if (!first.has(one.name)) first.set(one.name, one);
    const unlisted = [...first.values()].filter((one) => !LONG_SUMMARY_SKILLS.includes(one.name));
    assert.deepEqual(where(text, TechCodes.notInSkills), unlisted.map((one) => at(one)));
    assert.deepEqual(where(text, TechCodes.skillNoEvidence), []);
  });
});
