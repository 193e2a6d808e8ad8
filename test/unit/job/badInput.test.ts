import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../../server/src/core/service';
import type { JobFormat } from '../../../server/src/core/job/types';

// A job file is whatever was pasted: every reading ends, quickly, with what could not be read said in words.

let version = 0;
function read(text: string, format: JobFormat = 'text') {
  const started = performance.now();
  const posting = createLanguageService().readJob({ uri: 'file:///job.txt', version: ++version, getText: () => text }, format);
  return { posting, ms: performance.now() - started };
}

describe('job files that are hard to read', () => {
  it('an empty file: asks for a posting', () => {
    assert.match(read('  \n\n').posting.problems[0]!, /The job file is empty/);
  });

  it('binary data: reads nothing and says so', () => {
    const { posting } = read('\u0000\u0001PNG\u0000\u0002binary Kubernetes');
    assert.deepEqual(posting.terms, []);
    assert.match(posting.problems[0]!, /not text/);
  });

  it('a 1 MB posting: reads its start, says so, and does not hang', () => {
    const line = 'We use Kubernetes, Terraform and PostgreSQL every day, and Go for the services. ';
    const { posting, ms } = read(line.repeat(Math.ceil(1_048_576 / line.length)));
    assert.match(posting.problems.join(' '), /only its first 200 KB were read/);
    assert.ok(posting.terms.length > 0);
    assert.ok(ms < 10_000, `${ms} ms`);
  });

  it('one line of 20,000 characters: reads it, and says that headings could not be told apart', () => {
    const text = 'Requirements: Python and Django. '.repeat(300) + 'Nice to have: Rust. ' + 'x'.repeat(10_000);
    const { posting, ms } = read(text);
    assert.match(posting.problems.join(' '), /one line of 19,920 characters/);
    assert.ok(posting.terms.some((term) => term.canonical === 'Rust' && term.need === 'preferred'));
    assert.ok(ms < 5_000, `${ms} ms`);
  });

  it('HTML with scripts: never runs them, and reads none of their words', () => {
    const html = '<p>Go</p><script>document.write("Kubernetes")</script><img src=x onerror="alert(1)"><p>Experience with Terraform</p>';
    const { posting } = read(html, 'html');
    assert.deepEqual(posting.terms.map((term) => term.canonical), ['Go', 'Terraform']);
    assert.match(posting.problems.join(' '), /scripts and styles were skipped/);
  });

  it('HTML pasted into job.txt: read as HTML, and said', () => {
    const { posting } = read('<div><h2>Requirements</h2><ul><li>Kotlin</li><li>Jetpack Compose</li></ul></div><p>Apply</p><p>now</p>');
    assert.deepEqual(posting.terms.map((term) => term.canonical), ['Kotlin', 'Jetpack Compose']);
    assert.match(posting.problems.join(' '), /The posting is HTML/);
  });

  it('a posting not in English: finds the names, and says cues are read in English only', () => {
    const text = 'Что мы ждем от кандидата: опыт работы с Kubernetes и понимание его устройства; практический опыт Terraform и Ansible; умение писать автоматизацию на Python; опыт с системами мониторинга Prometheus и Grafana. Будет плюсом знание Go.';
    const { posting } = read(text);
    assert.match(posting.problems.join(' '), /does not look like English/);
    assert.deepEqual(posting.terms.map((term) => term.canonical).slice(0, 3), ['Kubernetes', 'Terraform', 'Ansible']);
  });

  it('a broken YAML job file: says where, and reads what it can', () => {
    const { posting } = read('title: SRE\nqualifications: [Terraform\n', 'yaml');
    assert.match(posting.problems[0]!, /not valid YAML/);
  });
});
