import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { createLanguageService } from '../../../server/src/core/service';
import { TechCodes } from '../../../server/src/core/technologies/codes';
import { source, textAt } from '../../helpers/text';

// The technology checks over text nobody wrote for them: the repository's resumes, the sample resumes published in
// npm packages, and long ordinary English (two software licences, read as resume bullets). A false alarm here is a
// bug; a real misspelling in a sample is listed with what it should be.

const root = join(__dirname, '..', '..', '..');
const service = createLanguageService({ today: () => new Date('2026-06-01') });
const CODES = new Set<string>(Object.values(TechCodes));

function resumesIn(folder: string, pattern: RegExp): string[] {
  const path = join(root, folder);
  return existsSync(path) ? readdirSync(path).filter((name) => pattern.test(name)).map((name) => join(folder, name)) : [];
}

const THEME_SAMPLES = existsSync(join(root, 'node_modules'))
  ? readdirSync(join(root, 'node_modules')).filter((name) => name.startsWith('jsonresume-theme-')).flatMap((name) => resumesIn(join('node_modules', name), /resume\.json$/))
  : [];

const RESUMES = [
  ...resumesIn('test/fixtures', /\.ya?ml$/),
  ...resumesIn('examples', /\.ya?ml$/),
  'node_modules/@jsonresume/schema/sample.resume.json',
  ...resumesIn('node_modules/@jsonresume/schema/examples', /\.json$/),
  ...THEME_SAMPLES,
];

/** Names in these resumes that really are not written as their projects write them. */
const REAL_MISSPELLINGS: Readonly<Record<string, string>> = {
  Javascript: 'JavaScript',
  typescript: 'TypeScript',
  k8s: 'Kubernetes',
  Postgres: 'PostgreSQL',
  Mpeg: 'MPEG',
  GoogleMaps: 'Google Maps',
};

function techNameFindings(text: string, uri: string): Array<{ written: string; canonical: string }> {
  return service
    .lint(source(text, uri))
    .filter((d) => d.code === TechCodes.techName)
    .map((d) => ({ written: textAt(text, d.range).replace(/^["']|["']$/g, ''), canonical: (d.data as { canonical: string }).canonical }));
}

describe('technology checks on text not written for them', () => {
  it('finds resumes to read: the fixtures, the examples and the JSON Resume sample', () => {
    assert.ok(RESUMES.length >= 6, RESUMES.join(', '));
  });

  for (const file of RESUMES) {
    it(`reports only real misspellings in ${file}`, () => {
      const text = readFileSync(join(root, file), 'utf8');
      for (const finding of techNameFindings(text, `file:///${file}`)) {
        assert.equal(REAL_MISSPELLINGS[finding.written], finding.canonical, `${file}: "${finding.written}" → ${finding.canonical} is a false alarm`);
      }
    });

    it(`never throws and reports only where technologies are written in ${file}`, () => {
      const text = readFileSync(join(root, file), 'utf8');
      const diagnostics = service.lint(source(text, `file:///${file}`)).filter((d) => CODES.has(String(d.code)));
      for (const d of diagnostics) assert.ok(textAt(text, d.range).trim().length > 0, `${d.code} underlines something`);
    });
  }

  for (const licence of ['gpl-3.txt', 'apache-2.0.txt']) {
    it(`reads ${licence} (long ordinary English) as bullets and a summary without a single tech-name finding`, () => {
      const paragraphs = readFileSync(join(root, 'test/fixtures/prose', licence), 'utf8')
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
        .filter((paragraph) => paragraph.length > 20);
      assert.ok(paragraphs.length > 20);
      const resume = stringify({
        basics: { name: 'Ada', summary: paragraphs.slice(0, 5).join(' ') },
        work: [{ name: 'Northwind', highlights: paragraphs }],
        skills: [{ name: 'Tools', keywords: ['Git'] }],
      });
      const findings = service.lint(source(resume)).filter((d) => d.code === TechCodes.techName);
      assert.deepEqual(findings.map((d) => `${d.code}: ${textAt(resume, d.range)}`), []);
    });
  }

  it('reads the bullets of test/fixtures/bullets.tsv and reports only names written another way', () => {
    const bullets = readFileSync(join(root, 'test/fixtures/bullets.tsv'), 'utf8').split('\n').slice(1).map((line) => line.split('\t')[2]).filter((text): text is string => !!text);
    const resume = stringify({ work: [{ name: 'Northwind', highlights: bullets }] });
    const ANOTHER_WAY: Readonly<Record<string, string>> = { 'PCI-DSS': 'PCI DSS', 'ISO 27001': 'ISO/IEC 27001', 'Vue 3': 'Vue.js' };
    for (const finding of techNameFindings(resume, 'file:///bullets.yaml')) assert.equal(ANOTHER_WAY[finding.written], finding.canonical, finding.written);
  });
});
