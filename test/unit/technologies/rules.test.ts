import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/core/service';
import { TechCodes } from '../../../server/src/core/technologies/codes';
import type { ExtraTechnology } from '../../../server/src/core/technologies/extras';
import { joinLines, source, textAt } from '../../helpers/text';

const service = createLanguageService({ today: () => new Date('2026-06-01') });
const CODES = new Set<string>(Object.values(TechCodes));
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

/** The technology diagnostics of a resume as "<underlined text>: <severity> <code>: <message>". */
function check(text: string, extra?: ExtraTechnology[]): string[] {
  return diagnostics(text, extra).map((d) => `${textAt(text, d.range)}: ${SEVERITY[d.severity!]} ${d.code}: ${d.message}`);
}

function diagnostics(text: string, extra?: ExtraTechnology[]): Diagnostic[] {
  return service.lint(source(text), extra ? { technologies: { extra } } : {}).filter((d) => CODES.has(String(d.code)));
}

/** Applies the quick fix with that title to the text, as the editor would. */
function applyFix(text: string, title: string): string {
  const doc = source(text);
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
  const action = service.codeActions(doc, whole).find((candidate) => candidate.title === title);
  assert.ok(action, `a quick fix "${title}" is offered`);
  const edits = Object.values(action.edit!.changes!)[0]! as TextEdit[];
  const lines = text.split('\n');
  const offset = (p: Range['start']): number => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((out, edit) => out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end)), text);
}

const resume = (...lines: string[]): string => joinLines('basics:', '  name: Ada', ...lines);

describe('tech-name', () => {
  it('reports wrong casing and punctuation in keywords as information, with the canonical name and a fix', () => {
    const text = resume('skills:', '  - name: Backend', '    keywords:', '      - Javascript', '      - NodeJS', '      - Postgresql', '      - VMWare');
    assert.deepEqual(check(text), [
      'Javascript: information tech-name: "Javascript" is written "JavaScript".',
      'NodeJS: information tech-name: "NodeJS" is written "Node.js".',
      'Postgresql: information tech-name: "Postgresql" is written "PostgreSQL".',
      'VMWare: information tech-name: "VMWare" is written "VMware".',
    ]);
    assert.deepEqual(diagnostics(text)[0]!.data, { fixes: [{ title: 'Change to JavaScript', newText: 'JavaScript' }], canonical: 'JavaScript' });
    assert.equal(applyFix(text, 'Change to Node.js'), text.replace('NodeJS', 'Node.js'));
  });

  it('reports an alias only with a reason (shorthand, styling lost, a former name), not a short form people write', () => {
    const text = resume('skills:', '  - name: Platform', '    keywords: [k8s, pgsql, Postgres, Golang, Envoy, AWS EC2, Tailwind, Sagemaker, AWS Elasticsearch]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), [
      'k8s: hint tech-name: "k8s" is another name for Kubernetes; write "Kubernetes", the name readers and applicant-tracking systems match.',
      'pgsql: hint tech-name: "pgsql" is another name for PostgreSQL; write "PostgreSQL", the name readers and applicant-tracking systems match.',
      'Sagemaker: information tech-name: "Sagemaker" is written "Amazon SageMaker".',
      'AWS Elasticsearch: hint tech-name: "AWS Elasticsearch" is now called Amazon OpenSearch Service.',
    ]);
  });

  it('reports a former name in a keyword list, not in a sentence about those years', () => {
    const text = resume('work:', '  - highlights:', '      - Packaged the tools for OS X with Homebrew.', 'skills:', '  - name: Platforms', '    keywords: [OS X]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), ['OS X: hint tech-name: "OS X" is now called macOS.']);
  });

  it('keeps the quotes of a quoted keyword, and a flow list valid', () => {
    const text = resume('skills:', '  - name: Web', "    keywords: ['Javascript', \"typescript\"] # front end");
    const fixed = applyFix(applyFix(text, 'Change to JavaScript'), 'Change to TypeScript');
    assert.equal(fixed, resume('skills:', '  - name: Web', "    keywords: ['JavaScript', \"TypeScript\"] # front end"));
  });

  it('reads whole words in bullets and summaries, never ordinary English words', () => {
    const text = resume(
      '  summary: I go where the work is and make it swift; deployed with nodejs.',
      'work:',
      '  - name: Northwind',
      '    highlights:',
      '      - Moved the Github workflows to express, spring and rust-free Golang services',
    );
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), [
      'nodejs: information tech-name: "nodejs" is written "Node.js".',
      'Github: information tech-name: "Github" is written "GitHub".',
    ]);
  });

  it('names a look-alike letter from another alphabet', () => {
    const text = resume('skills:', '  - name: Languages', '    keywords: [J\u0430va]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), [
      'J\u0430va: information tech-name: "J\u0430va" has letters from another alphabet that look like Latin ones (\u0430); write "Java".',
    ]);
  });

  it('never reports your own technologies, and accepts them as written', () => {
    const text = resume('skills:', '  - name: Internal', '    keywords: [borgmon, Postgres]');
    assert.deepEqual(check(text, [{ name: 'borgmon' }, { name: 'Postgres', aliases: ['pg'] }]).filter((line) => line.includes('tech-name')), []);
  });

  it('is silenced by a suppression comment and by severity off', () => {
    const text = resume('skills:', '  - name: Web', '    keywords:', '      # vitae-disable-next-line tech-name', '      - Javascript');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), []);
    const plain = resume('skills:', '  - name: Web', '    keywords: [Javascript]');
    assert.deepEqual(service.lint(source(plain), { severities: { 'tech-name': 'off' } }).filter((d) => d.code === 'tech-name'), []);
  });
});

describe('duplicate-keyword', () => {
  it('reports the same technology twice in skills, also under another name, with a fix that keeps comments', () => {
    const text = resume(
      'skills:',
      '  - name: Cloud',
      '    keywords:',
      '      - Kubernetes # since 2019',
      '      - Docker',
      '  - name: Tools',
      '    keywords:',
      '      - k8s',
      '      - Git',
    );
    assert.deepEqual(check(text).filter((line) => line.includes('duplicate-keyword')), ['k8s: warning duplicate-keyword: Kubernetes is already listed in skills group "Cloud", as "Kubernetes".']);
    const fixed = applyFix(text, 'Remove "k8s"');
    assert.equal(fixed, resume('skills:', '  - name: Cloud', '    keywords:', '      - Kubernetes # since 2019', '      - Docker', '  - name: Tools', '    keywords:', '      - Git'));
  });

  it('removes an item of a flow list with its comma', () => {
    const text = resume('skills:', '  - name: Data', '    keywords: [PostgreSQL, Redis, Postgres]');
    assert.equal(applyFix(text, 'Remove "Postgres"'), resume('skills:', '  - name: Data', '    keywords: [PostgreSQL, Redis]'));
  });

  it('compares keywords that are not technologies by their text', () => {
    const text = resume('skills:', '  - name: Soft', '    keywords: [Mentoring, mentoring]');
    assert.deepEqual(check(text).filter((line) => line.includes('duplicate-keyword')), ['mentoring: warning duplicate-keyword: "mentoring" is already listed in this list.']);
  });
});

describe('tech-not-in-skills', () => {
  const text = resume(
    'work:',
    '  - name: Northwind',
    '    highlights:',
    '      - Moved 40 services to Kubernetes and Terraform, cutting hosting costs 35%.',
    '      - Tuned Kubernetes autoscaling.',
    'skills:',
    '  # what I use every day',
    '  - name: Languages',
    '    keywords:',
    '      - Go',
    '  - name: Cloud',
    '    keywords:',
    '      - Docker # containers',
    '    level: Advanced',
  );

  it('reports a technology a bullet names but no skills group lists, at its first mention', () => {
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')), [
      'Kubernetes: information tech-not-in-skills: Kubernetes is named here but in no skills group.',
      'Terraform: information tech-not-in-skills: Terraform is named here but in no skills group.',
    ]);
  });

  it('adds it to the group whose keywords share its category, keeping comments, key order and valid YAML', () => {
    const fixed = applyFix(text, 'Add Kubernetes to skills (Cloud)');
    assert.equal(fixed, text.replace('      - Docker # containers', '      - Docker # containers\n      - Kubernetes'));
    assert.deepEqual((parse(fixed) as { skills: Array<{ keywords: string[] }> }).skills[1]!.keywords, ['Docker', 'Kubernetes']);
    assert.deepEqual(check(fixed).filter((line) => line.includes('Kubernetes is named')), []);
  });

  it('adds to a flow list, and offers a new group named for the category when no group fits', () => {
    const flow = resume('work:', '  - highlights:', '      - Wrote the parser in Rust with Vim.', 'skills:', '  - name: Tools', '    keywords: [Git]', '  - name: Languages', '    keywords: [Go]');
    assert.equal(applyFix(flow, 'Add Rust to skills (Languages)'), flow.replace('[Go]', '[Go, Rust]'));
    assert.equal(applyFix(flow, 'Add Vim to skills (Tools)'), flow.replace('[Git]', '[Git, Vim]'));
    const none = resume('work:', '  - highlights:', '      - Wrote the parser in Rust.', 'skills:', '  - name: Tools', '    keywords: [Git, Vim]');
    assert.equal(applyFix(none, 'Add Rust to a new skills group "Languages"'), `${none}\n  - name: Languages\n    keywords: [Rust]`);
  });

  it('never offers a company, and skips what a broader keyword of the same kind covers', () => {
    const text = resume('work:', '  - highlights:', '      - Ran game days with Intel and AMD engineers on Amazon EC2 and Amazon Aurora.', 'skills:', '  - name: Cloud', '    keywords: [AWS]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')), ['Amazon Aurora: information tech-not-in-skills: Amazon Aurora is named here but in no skills group.']);
  });

  it('says nothing when the resume has no skills, or when the name is an ordinary word', () => {
    assert.deepEqual(check(resume('work:', '  - highlights:', '      - Wrote the parser in Rust.')), []);
    const words = resume('work:', '  - highlights:', '      - Go live in spring with a swift rollout.', 'skills:', '  - name: Tools', '    keywords: [Git]');
    assert.deepEqual(check(words).filter((line) => line.includes('tech-not-in-skills')), []);
  });

  it('counts a skill listed under another of its names', () => {
    const alias = resume('work:', '  - highlights:', '      - Ran Kubernetes clusters.', 'skills:', '  - name: Cloud', '    keywords: [k8s]');
    assert.deepEqual(check(alias).filter((line) => line.includes('tech-not-in-skills')), []);
  });

  it('leaves out products only mentioned: an employer\'s description, an organisation, handed-over work, another vendor\'s abbreviations', () => {
    const mentioned = resume(
      'work:',
      '  - name: F5',
      '    description: Its CNFs are critical for the transition to 5G networks.',
      '    highlights:',
      '      - Presented our findings to OpenAI\'s Red Team department.',
      '      - Developed interfaces in HTML and CSS based on Photoshop comps.',
      '      - Taught the ASM, GTM, LTM and APM classes.',
      '      - Ran the Cisco VPN for 200 staff.',
      'skills:',
      '  - name: Languages',
      '    keywords: [HTML, CSS]',
    );
    // VPN is the author's; "Cisco" before it is not Cisco Discovery Protocol.
    assert.deepEqual(check(mentioned).filter((line) => line.includes('tech-not-in-skills')), ['VPN: information tech-not-in-skills: VPN is named here but in no skills group.']);
  });

  it('does not add a language to a group named for another kind, nor a storage product to "Infrastructure as Code"', () => {
    const groups = resume(
      'work:',
      '  - highlights:',
      '      - Wrote the billing service in Python on NetApp storage, deployed with Ansible.',
      'skills:',
      '  - name: Front End',
      '    keywords: [HTML, CSS, JavaScript, React]',
      '  - name: Infrastructure as Code',
      '    keywords: [Argo CD, Kubernetes]',
    );
    const titles = service.codeActions(source(groups), { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } }).map((action) => action.title);
    assert.ok(titles.includes('Add Python to a new skills group "Languages"'), titles.join('; '));
    assert.ok(titles.includes('Add NetApp to a new skills group "Infrastructure"'), titles.join('; '));
    assert.ok(titles.includes('Add Ansible to skills (Infrastructure as Code)'), titles.join('; '));
  });

  it('adds a framework to the group named for its language', () => {
    const ecosystem = resume(
      'work:',
      '  - highlights:',
      '      - Built web applications with AngularJS, Laravel and CodeIgniter.',
      'skills:',
      '  - name: Javascript',
      '    keywords: [React, Redux, Express, AngularJS]',
      '  - name: PHP',
      '    keywords: [Laravel]',
    );
    const titles = service.codeActions(source(ecosystem), { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } }).map((action) => action.title);
    assert.ok(titles.includes('Add CodeIgniter to skills (PHP)'), titles.join('; '));
  });
});

describe('skill-no-evidence', () => {
  it('hints at a technology in the skills that nothing else mentions, in any casing or name', () => {
    const text = resume(
      '  summary: Backend engineer who writes go and runs postgres.',
      'work:',
      '  - highlights:',
      '      - Built the billing service, handling 2M invoices a month.',
      'projects:',
      '  - name: Config checker',
      '    keywords: [Docker]',
      'skills:',
      '  - name: Tools',
      '    keywords: [Go, PostgreSQL, Docker, Haskell, Leadership]',
    );
    assert.deepEqual(check(text).filter((line) => line.includes('skill-no-evidence')), [
      'Haskell: hint skill-no-evidence: No bullet, summary or project mentions Haskell: add one that shows it in use, or drop the keyword.',
    ]);
  });

  it('says nothing until the resume has bullets', () => {
    assert.deepEqual(check(resume('skills:', '  - name: Tools', '    keywords: [Haskell]')), []);
  });
});

describe('network-spelling, from the same vocabulary', () => {
  const network = (name: string): string[] =>
    service.lint(source(resume('  profiles:', `    - network: ${name}`))).filter((d) => d.code === 'network-spelling').map((d) => String(d.message));

  it('knows the networks of the vocabulary, not only the profile list', () => {
    assert.deepEqual(network('Codeforces'), []);
    assert.deepEqual(network('codeforces'), ['The canonical spelling is "Codeforces".']);
    assert.deepEqual(network('Github'), ['The canonical spelling is "GitHub".']);
  });

  it('reports spellings, not renames: Twitter stays Twitter', () => {
    assert.deepEqual(network('Twitter'), []);
  });
});
