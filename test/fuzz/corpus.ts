import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** The resumes random editing starts from: the test fixtures and the example a new user copies. */
export const RESUMES: readonly string[] = ['test/fixtures/ada.resume.yaml', 'test/fixtures/messy.resume.yaml', 'examples/resume.yaml'].map(read);

/** Every line of those resumes, for pasting. */
export const LINES: readonly string[] = RESUMES.flatMap((text) => text.split(/\r?\n/));

/** Texts that once made the server say something wrong (issue 10), as starting points. */
export const DEFECT_TEXTS: readonly string[] = [
  'work:\r\nwork:\r\n',
  'basics:\r\n  name: "Ada\r\n  Lovelace"\r\n',
  'work:\n  - ""',
  '"": x',
  'publications:\n  - |',
  'work:\n  - name: " "',
  'Resume\n',
  'basics:\n  name: Ada\n  email: ada@example.com\n',
  '[a]: 1\n',
  '',
];

/**
 * What one keystroke or paste inserts: letters and words, YAML punctuation, indentation and line breaks of every
 * kind, text in other scripts, invisible and combining characters, NUL, lone surrogates, and the shapes of the
 * defects above.
 */
export const PIECES: readonly string[] = [
  'a', 'x', 'Z', '0', '7', 'Built', ' the API', 'Acme Corp', 'by 40%', '2020', '2020-13-45', '2019-06', 'present',
  ' ', '  ', '\t', ':', ': ', '- ', '-', '#', ' # note', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '!', '!!str ',
  '|', '>', '?', '? ', '%', '@', '`', '---', '...', '\\', '\\"', '\n', '\r\n', '\r', '\n  ', '\n    - ', '\n  - ',
  '😀', '👩‍💻', '\u200f', '\u202e', 'مرحبا', 'שלום', '\u0301', 'e\u0301', '\u0000', '\u00a0', '\ufeff', '\u2028',
  '\u0085', '\ufffd', '\ud83d', 'true', 'null', '~', 'https://', 'ada@example.com', 'name: ', 'highlights:',
  '# vitae-disable-next-line', '# vitae-disable bullet-no-metric', '[a]: 1', '{a: 1}: 2', '""', '" "', "''", '- |', 'Resume', 'basics:', 'email: ada@example.com\u00a0', '"": x',
];
