import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { besideResume, chooseFormat } from '../../../server/src/cli/renderFormat';

describe('vitae render: which format, and where', () => {
  it('takes --format first, then --pdf, then the extension of -o, then HTML', () => {
    assert.deepEqual(chooseFormat({ format: 'TXT', pdf: false, output: 'cv.pdf' }), { format: 'txt' });
    assert.deepEqual(chooseFormat({ format: 'pdf', pdf: true }), { format: 'pdf' });
    assert.deepEqual(chooseFormat({ pdf: true, output: 'cv.html' }), { format: 'pdf' });
    const inferred = ['cv.html', 'cv.HTM', 'cv.pdf', 'cv.txt', 'cv.md', 'cv.markdown', 'out/cv.docx', 'cv.rtf', 'cv'].map((output) => [output, chooseFormat({ pdf: false, output })]);
    assert.deepEqual(inferred, [
      ['cv.html', { format: 'html' }],
      ['cv.HTM', { format: 'html' }],
      ['cv.pdf', { format: 'pdf' }],
      ['cv.txt', { format: 'txt' }],
      ['cv.md', { format: 'md' }],
      ['cv.markdown', { format: 'md' }],
      ['out/cv.docx', { format: 'docx' }],
      ['cv.rtf', { format: 'html' }],
      ['cv', { format: 'html' }],
    ]);
    assert.deepEqual(chooseFormat({ pdf: false }), { format: 'html' });
  });

  it('says what is wrong with a format it does not know, or with --pdf against another one', () => {
    assert.deepEqual(chooseFormat({ format: 'odt', pdf: false }), { error: '--format must be pdf, html, txt, md or docx, not "odt"' });
    assert.deepEqual(chooseFormat({ format: 'md', pdf: true }), { error: '--pdf and --format md ask for different formats; give one of them' });
  });

  it('puts a file beside the resume, without its .resume', () => {
    assert.equal(besideResume(join('cv', 'resume.yaml'), 'docx'), join('cv', 'resume.docx'));
    assert.equal(besideResume('ada.resume.yml', 'pdf'), 'ada.pdf');
  });
});
