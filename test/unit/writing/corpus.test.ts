import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFindings } from '../../../server/src/core/lint';
import { WritingCodes } from '../../../server/src/core/writing/codes';
import { summarizeWriting } from '../../../server/src/core/writing/summary';
import { resumeOf } from '../../helpers/text';
import { contextOf, TODAY } from './helpers';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', '..', 'fixtures', name), 'utf8');
const WRITING = new Set<string>(Object.values(WritingCodes));

/** "line: code" for every writing finding (1-based lines, as an editor shows them). */
function writingFindings(text: string): string[] {
  return lintFindings(resumeOf(text), { today: TODAY })
    .filter((finding) => WRITING.has(finding.code))
    .map((finding) => `${text.slice(0, finding.start).split('\n').length}: ${finding.code}${finding.severity === 'hint' ? ' (hint)' : ''}`);
}

describe('writing rules on the shared corpus', () => {
  it('messy.resume.yaml: the weak, vague and unquantified highlights on lines 16–18, and only those', () => {
    assert.deepEqual(writingFindings(fixture('messy.resume.yaml')), [
      '3: resume-length (hint)',
      '16: bullet-weak-opener',
      '16: bullet-no-metric',
      '17: bullet-weak-opener',
      '17: bullet-no-metric',
      '17: bullet-length',
      '17: bullet-filler',
      '18: bullet-no-metric',
      '18: bullet-length',
    ]);
  });

  it('ada.resume.yaml: warnings for its few weak bullets, never an error', () => {
    const findings = lintFindings(resumeOf(fixture('ada.resume.yaml')), { today: TODAY });
    assert.deepEqual(findings.filter((finding) => finding.severity === 'error'), []);
    assert.deepEqual(writingFindings(fixture('ada.resume.yaml')), [
      '2: resume-length (hint)',
      '31: bullet-no-metric',
      '32: bullet-weak-opener',
      '32: bullet-no-metric',
      '40: bullet-weak-opener',
      '40: bullet-no-metric',
      '41: bullet-no-metric',
      '47: entry-bullet-count',
      '48: bullet-weak-opener',
      '48: bullet-no-metric',
    ]);
  });

  it('summarises a resume with the same counts the rules use', () => {
    const text = fixture('ada.resume.yaml');
    const summary = summarizeWriting(resumeOf(text));
    assert.deepEqual({ ...summary, entries: [] }, { bullets: 12, quantified: 7, weakOpeners: 3, words: 226, entries: [], language: 'eng' });
    assert.deepEqual(
      summary.entries.map((entry) => [entry.section, entry.index, text.slice(entry.highlightsKeyStart, entry.highlightsKeyEnd), entry.bullets, entry.quantified]),
      [
        ['work', 0, 'highlights', 5, 3],
        ['work', 1, 'highlights', 4, 2],
        ['work', 2, 'highlights', 2, 1],
        ['projects', 0, 'highlights', 1, 1],
      ],
    );
    const fromContext = summarizeWriting(contextOf(text));
    assert.deepEqual(fromContext, summary, 'from a rule context or from a document: the same figures');
  });
});
