// The page speaks the resume's language: a resume written in French reads "Expérience" and "mars 2021 – aujourd'hui"
// in the preview, the PDF and every export, and says lang="fr"; an English resume reads as before.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService } from '../../../server/src/core/service';
import { plainText } from '../../../server/src/core/export/index';
import { exportedPage } from '../../../server/src/node/export';
import { source } from '../../helpers/text';
import { fixture } from './render';

const FRENCH = readFileSync(join(__dirname, '..', '..', 'fixtures', 'languages', 'fr.yaml'), 'utf8');
const service = createLanguageService();

function page(text: string) {
  const outcome = service.render(source(text));
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome;
}

const headings = (html: string): string[] => [...html.matchAll(/<h2[^>]*>([^<]*)</g)].map((match) => match[1]!);

describe('the page in the language the resume is written in', () => {
  it('writes the headings, the months and "Present" in French for a resume written in French', () => {
    const shown = page(FRENCH);
    assert.deepEqual(headings(shown.html), ['Expérience', 'Compétences']);
    assert.match(shown.html, /mars 2021<\/time> – <span class="vitae-present">aujourd&#39;hui<\/span>/);
    assert.match(shown.html, /sept\. 2017<\/time> – <time[^>]*>févr\. 2021/);
    assert.equal(shown.lang, 'fr');
  });

  it('says lang="fr" on the exported page, and writes the plain-text export in French too', () => {
    const shown = page(FRENCH);
    assert.match(exportedPage({ uri: 'file:///cv.yaml', version: 1, theme: 'vitae', html: shown.html, lang: shown.lang! }, { title: 'Camille Martin', allowRemoteImages: false }), /<html lang="fr">/);
    const model = service.exportModel(source(FRENCH));
    assert.ok(model.ok);
    const text = plainText(model.resume);
    assert.match(text, /\nEXPÉRIENCE\n/);
    assert.match(text, /\nmars 2021 - aujourd'hui\n/);
    assert.match(text, /\nCOMPÉTENCES\n/);
  });

  it('keeps the English page for an English resume: no lang of its own, "Experience", "Mar 2021 – Present"', () => {
    const shown = page(fixture('ada.resume.yaml'));
    assert.ok(headings(shown.html).includes('Experience'));
    assert.match(shown.html, /<span class="vitae-present">Present<\/span>/);
    assert.equal(shown.lang, undefined);
  });
});
