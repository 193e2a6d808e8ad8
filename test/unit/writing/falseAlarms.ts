// Material for measuring false alarms: sample resumes the team did not write, and long ordinary prose turned into
// a resume (as summaries, and sentence by sentence as highlights of roles that have ended).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const ROOT = join(__dirname, '..', '..', '..');

export interface Material {
  readonly name: string;
  readonly text: string;
}

/** Sample resumes shipped by JSON Resume packages (test/fixtures/samples) and the repository's examples. */
export function sampleResumes(): Material[] {
  const folder = (path: string): Material[] =>
    readdirSync(join(ROOT, path))
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => ({ name: `${path}/${name}`, text: readFileSync(join(ROOT, path, name), 'utf8') }));
  return [...folder('test/fixtures/samples'), ...folder('examples')];
}

// Ordinary English nobody wrote as a resume: the GNU GPL's text (Debian ships it) and the prose of the READMEs of
// libraries this project installs, without code, tables or markup.
const PROSE_SOURCES = [
  '/usr/share/common-licenses/GPL-3',
  ...['eslint', 'debug', 'semver', 'glob', 'minimatch', 'undici', 'ajv', 'yaml', 'mocha', 'compromise'].map((name) => join(ROOT, 'node_modules', name, 'README.md')),
];

/** Sentences of 6–40 words, in a stable order. */
export function proseSentences(): string[] {
  const sentences: string[] = [];
  for (const path of PROSE_SOURCES) {
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8')
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .split('\n')
      .filter((line) => !/^\s*(?:[#|>]|[-*] |\d+\. |\s{4})/.test(line) && !/`/.test(line))
      .join(' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_]{1,2}/g, '')
      .replace(/\s+/g, ' ');
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      const words = sentence.trim().split(' ').length;
      if (words >= 6 && words <= 40 && /^[A-Z]/.test(sentence.trim()) && /[.!?]$/.test(sentence.trim())) sentences.push(sentence.trim());
    }
  }
  return sentences;
}

/** The prose as a resume: paragraphs as summaries, and every sentence as a highlight of a role that has ended. */
export function proseResume(sentences: readonly string[]): Material {
  const work = [];
  for (let i = 0; i < sentences.length; i += 5) {
    work.push({
      name: `Prose ${i / 5 + 1}`,
      position: 'Writer',
      startDate: '2015-01',
      endDate: '2019-12',
      summary: sentences.slice(i, i + 5).join(' '),
      highlights: sentences.slice(i, i + 5),
    });
  }
  return { name: `${sentences.length} sentences of prose`, text: stringify({ basics: { name: 'Prose' }, work }, { lineWidth: 0 }) };
}
