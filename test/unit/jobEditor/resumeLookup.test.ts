import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findResumeFor, type ResumeLookup } from '../../../server/src/node/jobResume';
import { joinLines } from '../../helpers/text';

describe('which resume a job file is matched with', () => {
  let root: string;
  const file = (path: string, text = 'basics: {}\n'): string => {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    return full;
  };
  const lookup = (job: string, text = 'Senior engineer', options = {}): ResumeLookup => findResumeFor(join(root, job), text, options);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'vitae-jobresume-'));
    mkdirSync(join(root, '.git'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('takes the resume in the same folder', () => {
    const resume = file('resume.yaml');
    file('notes.yaml');
    assert.deepEqual(lookup('acme.job.md'), { path: resume, how: 'folder' });
  });

  it('else the nearest one above, and *.resume.yaml and cv.yml count', () => {
    file('cv.yml');
    const nearer = file('jobs/ada.resume.yaml');
    assert.deepEqual(lookup('jobs/2026/acme/job.md'), { path: nearer, how: 'parent' });
  });

  it('says so when a folder holds two resumes, naming both', () => {
    file('resume.yaml');
    file('cv.yaml');
    const found = lookup('acme.job.md');
    assert.ok('problem' in found);
    assert.match(found.problem, /^2 resumes in this folder \(cv\.yaml, resume\.yaml\): name the one to match with a line "resume: cv\.yaml"/);
  });

  it('says so when there is none up to the repository root', () => {
    mkdirSync(join(root, 'inner'));
    const found = lookup('inner/acme.job.txt');
    assert.ok('problem' in found);
    assert.match(found.problem, /^No resume to match this posting against/);
  });

  it('follows a resume: line, and points at it when the file is not there', () => {
    file('resume.yaml');
    const other = file('other/cv.yaml');
    assert.deepEqual(lookup('acme.job.md', joinLines('resume: other/cv.yaml', '', '# Engineer')), { path: other, how: 'named' });
    const text = joinLines('title: Engineer', 'resume: "gone.yaml"');
    const found = lookup('acme.job.yaml', text);
    assert.ok('problem' in found);
    assert.deepEqual(found.span, [text.indexOf('gone.yaml'), text.indexOf('gone.yaml') + 'gone.yaml'.length]);
  });

  it('reads "resume" in a JSON job file, and the setting when the file names none', () => {
    const other = file('other/cv.yaml');
    assert.deepEqual(lookup('acme.job.json', '{ "title": "Engineer", "resume": "other/cv.yaml" }'), { path: other, how: 'named' });
    assert.deepEqual(lookup('acme.job.md', 'Engineer', { setting: 'other/cv.yaml' }), { path: other, how: 'setting' });
    assert.deepEqual(lookup('sub/acme.job.md', 'Engineer', { setting: 'other/cv.yaml', workspaceFolders: [root] }), { path: other, how: 'setting' });
  });

  it('counts an open document treated as a resume in the folder', () => {
    const treated = join(root, 'mine.yaml');
    assert.deepEqual(lookup('acme.job.md', 'Engineer', { openResumes: [treated] }), { path: treated, how: 'folder' });
  });

  it('does not read "Resume: send yours to…" in a posting as a resume line', () => {
    const resume = file('resume.yaml');
    assert.deepEqual(lookup('acme.job.md', joinLines('Resume: send it to jobs@acme.example', 'resume: please apply')), { path: resume, how: 'folder' });
  });
});
