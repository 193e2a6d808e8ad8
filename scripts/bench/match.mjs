// `node --import tsx scripts/bench/match.mjs` (part of `npm run bench`): job match after a keystroke. A 130-line
// resume (examples/resume.yaml) against an 80-line posting made of judged postings; each keystroke types one letter
// into a bullet of the resume or into a line of the posting, and the service answers matchJob for the new version,
// as the editor asks on every change. Prints the median and the 95th percentile for each file.
import { readFileSync } from 'node:fs';
import { createLanguageService } from '../../server/src/core/service.ts';

const resume = readFileSync('examples/resume.yaml', 'utf8');
const posting = ['02-jobgether-python-developer.job.txt', '09-carrier-firmware.job.txt', '19-joblike-backend-rails.job.txt', '18-talent-backend-lead.job.txt', '04-djinni-senior-backend.job.txt', '05-ansys-backend-rd.job.txt']
  .map((file) => readFileSync(`test/fixtures/jobs/${file}`, 'utf8'))
  .join('\n')
  .split('\n')
  .slice(0, 80)
  .join('\n');

const service = createLanguageService();
let version = 0;
const doc = (uri, text) => ({ uri, version: ++version, getText: () => text });
let resumeDoc = doc('file:///bench/resume.yaml', resume);
let jobDoc = doc('file:///bench/job.txt', posting);
service.matchJob(resumeDoc, jobDoc, 'text');

const bullet = resume.indexOf('by batching writes');
const line = posting.indexOf('\n', posting.length / 2);
const figures = { resume: [], job: [] };
for (let i = 0; i < 400; i++) {
  const typed = 'abcdefghij'.slice(0, (i % 10) + 1);
  const inResume = i % 2 === 0;
  if (inResume) resumeDoc = doc(resumeDoc.uri, resume.slice(0, bullet) + typed + resume.slice(bullet));
  else jobDoc = doc(jobDoc.uri, posting.slice(0, line) + ` ${typed}` + posting.slice(line));
  const started = performance.now();
  service.matchJob(resumeDoc, jobDoc, 'text');
  figures[inResume ? 'resume' : 'job'].push(performance.now() - started);
}

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
console.log(`\nJob match after a keystroke (${resume.split('\n').length}-line resume, ${posting.split('\n').length}-line posting; target ≤ 20 ms median):`);
for (const [where, values] of Object.entries(figures)) {
  console.log(`  typing in the ${where === 'job' ? 'posting' : 'resume '}  median ${quantile(values, 0.5).toFixed(2)} ms   p95 ${quantile(values, 0.95).toFixed(2)} ms`);
}
