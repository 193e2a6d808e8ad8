import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../../server/src/core/service';
import { jobFormatOf, type JobFormat } from '../../../server/src/core/job/types';
import { joinLines } from '../../helpers/text';

let version = 0;
const source = (text: string, uri = 'file:///job.txt') => ({ uri, version: ++version, getText: () => text });

function read(text: string, format: JobFormat = 'text') {
  const posting = createLanguageService().readJob(source(text), format);
  return { posting, terms: posting.terms.map((term) => `${term.canonical}:${term.need}${term.group === undefined ? '' : `#${term.group}`}`) };
}

describe('reading a job posting', () => {
  it('knows a job file by its name', () => {
    assert.equal(jobFormatOf('job.txt'), 'text');
    assert.equal(jobFormatOf('/jobs/acme.job.md'), 'markdown');
    assert.equal(jobFormatOf('acme.job.yaml'), 'yaml');
    assert.equal(jobFormatOf('job.yaml'), 'yaml');
    assert.equal(jobFormatOf('acme.job.json'), 'json');
    assert.equal(jobFormatOf('resume.yaml'), undefined);
    assert.equal(jobFormatOf('notes.txt'), undefined);
  });

  it('reads the need from headings and inline cues, and groups alternatives', () => {
    const { terms } = read(joinLines(
      '# Senior Backend Engineer',
      '## Requirements',
      '- Strong PostgreSQL; experience with Kubernetes',
      '- One of Python, Go or Java',
      '- AWS, GCP or Azure',
      '## Nice to have',
      '- Message queues (e.g. Kafka or RabbitMQ)',
      'Bonus points',
      '* Terraform',
    ), 'markdown');
    assert.deepEqual(terms, [
      'PostgreSQL:required', 'Kubernetes:required',
      'Python:required#0', 'Go:required#0', 'Java:required#0',
      'Amazon Web Services:required#1', 'Google Cloud:required#1', 'Microsoft Azure:required#1',
      'Apache Kafka:preferred#2', 'RabbitMQ:preferred#2',
      'Terraform:preferred',
    ]);
  });

  it('reads "is a plus", "(preferred)" and "optionally" in the sentence that says them', () => {
    const { terms } = read(joinLines(
      'Requirements:',
      '- React is a plus',
      '- Docker (preferred)',
      '- SQL, and optionally Redis',
    ));
    assert.deepEqual(terms, ['React:preferred', 'Docker:preferred', 'SQL:required', 'Redis:preferred']);
  });

  it('never takes ordinary words for technologies', () => {
    const { terms } = read('We own the go-to-market tooling. Make an impact from day one, and go the extra mile.');
    assert.deepEqual(terms, []);
  });

  it('takes no word of the posting\'s own language for a technology ("es" in Spanish, "sinon" in French)', () => {
    const spanish = read(joinLines(
      'Desarrollador backend',
      'Buscamos una persona con experiencia en Python y PostgreSQL. El equipo es pequeño y el producto es una plataforma de pagos.',
      'Valoramos experiencia con Kubernetes; lo importante es aprender rápido y trabajar con autonomía en un entorno remoto.',
    ));
    assert.deepEqual(spanish.terms.map((term) => term.split(':')[0]), ['Python', 'PostgreSQL', 'Kubernetes']);
    const french = read(joinLines(
      'Développeur front-end',
      'Vous maîtrisez React et TypeScript, sinon vous avez envie de les apprendre rapidement avec notre équipe produit.',
      'Une expérience avec Docker et des tests de bout en bout est un plus pour ce poste basé à Lyon.',
      'Nous proposons un cadre de travail flexible, deux jours de télétravail par semaine et une équipe bienveillante.',
    ));
    assert.deepEqual(french.terms.map((term) => term.split(':')[0]), ['React', 'TypeScript', 'Docker']);
  });

  it('points every term at its words in the job file, and reads years, degree and title', () => {
    const text = joinLines('Staff Engineer', 'Requirements: 5+ years of experience with Golang', "Bachelor's degree in Computer Science");
    const { posting } = read(text);
    assert.deepEqual(posting.terms.map((term) => text.slice(term.start, term.end)), ['Golang']);
    assert.deepEqual(posting.requirements.map((requirement) => [requirement.kind, text.slice(requirement.start, requirement.end)]), [
      ['title', 'Staff Engineer'],
      ['years', '5+ years of experience with Golang'],
      ['degree', "Bachelor's degree in Computer Science"],
    ]);
  });

  it('reads the visible text of a careers page, and offsets point into the HTML', () => {
    const html = '<html><head><script>alert("Kubernetes")</script><style>.Go{}</style></head><body><h2>Nice to have</h2><ul><li>Rust &amp; Elixir</li></ul></body></html>';
    const { posting, terms } = read(html, 'html');
    assert.deepEqual(terms, ['Rust:preferred', 'Elixir:preferred']);
    assert.deepEqual(posting.terms.map((term) => html.slice(term.start, term.end)), ['Rust', 'Elixir']);
    assert.match(posting.problems.join(' '), /scripts and styles were skipped/);
  });

  it("reads JSON Resume's job schema, with offsets into the string values", () => {
    const yaml = joinLines(
      'title: Web Developer',
      'company: Microsoft',
      'qualifications:',
      '  - "3+ years with JavaScript, HTML, and CSS"',
      'skills:',
      '  - name: Web Development',
      '    keywords: [React, Node.js]',
    );
    const { posting, terms } = read(yaml, 'yaml');
    assert.equal(posting.title, 'Web Developer');
    assert.equal(posting.company, 'Microsoft');
    assert.deepEqual(terms, ['JavaScript:required', 'HTML:required', 'CSS:required', 'React:required', 'Node.js:required']);
    assert.deepEqual(posting.terms.map((term) => yaml.slice(term.start, term.end)), ['JavaScript', 'HTML', 'CSS', 'React', 'Node.js']);
  });
});

describe('matching a resume against a posting', () => {
  const resume = joinLines(
    'basics:',
    '  name: Ada',
    '  summary: Backend engineer writing Go.',
    'work:',
    '  - name: Acme',
    '    highlights:',
    '      - Moved 40 services from a shared Postgres to per-service databases.',
    'skills:',
    '  - name: Infrastructure',
    '    keywords: [k8s, Terraform]',
  );
  const job = joinLines('Requirements:', '- PostgreSQL and Kubernetes', '- Golang', 'Nice to have:', '- Rust');

  it('counts aliases, says covered, listed or missing with where, and scores required over preferred', () => {
    const service = createLanguageService();
    const match = service.matchJob(source(resume, 'file:///resume.yaml'), source(job), 'text');
    assert.deepEqual(match.terms.map((term) => `${term.canonical}:${term.coverage}:${term.evidence.map((e) => `${e.kind}@${e.path.join('.')}`).join(',')}`), [
      'PostgreSQL:covered:bullet@work.0.highlights.0',
      'Kubernetes:listed:skill@skills.0.keywords.0',
      'Go:covered:summary@basics.summary',
      'Rust:missing:',
    ]);
    assert.deepEqual(match.required, { covered: 3, total: 3 });
    assert.deepEqual(match.preferred, { covered: 0, total: 1 });
    // Required weighs 3, preferred 1; a term only listed earns three quarters: (3 + 2.25 + 3) / 10.
    assert.equal(match.score, 83);
    assert.deepEqual(match.explanation, [
      'Required, only listed in skills (no bullet shows it): Kubernetes (−7.5 points).',
      'Preferred, missing: Rust (−10 points).',
      'Required, shown: PostgreSQL; Go.',
    ]);
  });

  it('is cached per version: the same versions give the very same answer', () => {
    const service = createLanguageService();
    const r = source(resume, 'file:///resume.yaml');
    const j = source(job);
    assert.equal(service.matchJob(r, j, 'text'), service.matchJob(r, j, 'text'));
  });
});
