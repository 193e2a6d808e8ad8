import { strict as assert } from 'node:assert';
import { lintFindings } from '../../../server/src/core/lint';
import { WritingCodes } from '../../../server/src/core/writing/codes';
import { resumeOf } from '../../helpers/text';
import { proseResume, proseSentences, sampleResumes, type Material } from './falseAlarms';
import { joinLines } from '../../helpers/text';
import { marks, TODAY, workResume } from './helpers';

// Prints how often each writing rule speaks on resumes the team did not write and on ordinary prose, so that a
// reviewer can judge the findings (docs/rules/false-alarms.md records that judgement). With VITAE_FALSE_ALARMS=list
// it prints every finding too:
//   VITAE_FALSE_ALARMS=list npx mocha -r tsx/cjs --extension ts test/unit/writing/falseAlarms.test.ts

const CODES = Object.values(WritingCodes);

interface Found {
  readonly code: string;
  readonly line: string;
  readonly words: string;
}

function findingsIn(material: Material): Found[] {
  const lines = material.text.split('\n');
  return lintFindings(resumeOf(material.text), { today: TODAY })
    .filter((finding) => (CODES as readonly string[]).includes(finding.code))
    .map((finding) => {
      const line = material.text.slice(0, finding.start).split('\n').length;
      return { code: finding.code, line: `${material.name}:${line}: ${lines[line - 1]!.trim().slice(0, 140)}`, words: material.text.slice(finding.start, finding.end).slice(0, 60) };
    });
}

describe('false alarms, measured on writing the team did not do', () => {
  const samples = sampleResumes();
  const sentences = proseSentences();
  const fromSamples = samples.flatMap(findingsIn);
  const fromProse = findingsIn(proseResume(sentences));

  it('prints each writing rule\'s findings on sample resumes and on prose', () => {
    console.log(`      ${samples.length} sample resumes; ${sentences.length} sentences of prose`);
    console.log(`      ${'rule'.padEnd(22)} ${'samples'.padStart(8)} ${'prose'.padStart(8)}`);
    for (const code of CODES) {
      const count = (found: readonly Found[]) => String(found.filter((f) => f.code === code).length).padStart(8);
      console.log(`      ${code.padEnd(22)} ${count(fromSamples)} ${count(fromProse)}`);
    }
    if (process.env['VITAE_FALSE_ALARMS'] === 'list') {
      for (const found of [...fromSamples, ...fromProse]) console.log(`        ${found.code} [${found.words}] ${found.line}`);
    }
    assert.ok(samples.length >= 5 && fromSamples.length > 0);
  });

  // Findings judged wrong when first measured, each fixed by a general change; they must not come back. The same
  // shapes, in sentences of our own, so that the check does not depend on the material above.
  it('no longer makes the alarms judged wrong', () => {
    const ended = ['    startDate: 2015-01', '    endDate: 2019-12'];
    const project = joinLines('projects:', '  - name: Mesh viewer', '    endDate: 2019-12', '    highlights:', '      - Renders terrain meshes in WebGL at 60 fps.');
    assert.deepEqual(marks(project, [WritingCodes.tense]), [], 'a project\'s "Renders …" describes the project');
    const subjects = [
      'Later policy versions may give reviewers 2 more days.',
      'Libraries that parse untrusted input are fuzzed 3 times a day.',
      'Support will move to 24/7 coverage for 5 regions.',
      'Back-slashes in 4 config paths will be escaped.',
    ];
    assert.deepEqual(marks(workResume(subjects, ended), [WritingCodes.tense]), [], 'a noun that is the subject of a verb is not a verb');
    const filler = marks(workResume(['Cut costs by 20%, by its very nature a 3-step process.', 'Built the Stranger Things fan site for 2M visitors.']), [WritingCodes.filler]);
    assert.deepEqual(filler, [], '"its very nature", "Stranger Things"');
    const opener = marks(workResume(['See MDN - HTTP - for the 3 headers we added.']), [WritingCodes.weakOpener]);
    assert.deepEqual(opener.map((f) => f.message.startsWith('Weak opener: after')), [], '"See MDN - …" is a verb and its object, not a feature name');
  });
});
