import { strict as assert } from 'node:assert';
import { WritingCodes as Codes } from '../../../server/src/core/writing/codes';
import { joinLines } from '../../helpers/text';
import { marks, workResume } from './helpers';

const ENDED = ['    startDate: 2019-01', '    endDate: 2021-06'];

describe('writing rules on a resume', () => {
  it('bullet-no-metric underlines the bullet without its quotes and says how to fix it', () => {
    const text = workResume(['"Improved the checkout page."', 'Cut checkout latency by 40%.']);
    assert.deepEqual(marks(text, [Codes.noMetric]), [
      { code: Codes.noMetric, text: 'Improved the checkout page.', message: 'No metric: add the impact as a number — how much, how many, how fast?', fixes: [] },
    ]);
  });

  it('bullet-weak-opener underlines the weak words and offers verbs that replace only them', () => {
    const [finding] = marks(workResume(['Responsible for the REST API used by 40 partners.  # keep this comment']), [Codes.weakOpener]);
    assert.equal(finding?.text, 'Responsible for');
    assert.equal(finding?.message, 'Weak opener: “Responsible for” says what you were around, not what you did. Start with a strong verb: “Owned”, “Led” or “Ran”.');
    assert.deepEqual(finding?.fixes, [
      '- Owned the REST API used by 40 partners.  # keep this comment',
      '- Led the REST API used by 40 partners.  # keep this comment',
      '- Ran the REST API used by 40 partners.  # keep this comment',
    ]);
  });

  it('bullet-pronoun flags a leading "I" (and drops it) and "we" or "Our" as a subject, not a possessive after a verb', () => {
    const found = marks(workResume(['I rebuilt our deploy tooling for 30 services.', 'We migrated 40 services; we then cut costs by 20%.', 'Our team shipped 3 releases.']), [Codes.pronoun]);
    assert.deepEqual(
      found.map((f) => [f.text, f.message, f.fixes]),
      [
        ['I', '“I” is implied on a resume: leave it out, and start with the verb.', ['- Rebuilt our deploy tooling for 30 services.']],
        ['We', '“We” hides what you did yourself: say what your part was, and start with the verb.', []],
        ['we', '“we” hides what you did yourself: say what your part was, and start with the verb.', []],
        ['Our', '“Our” hides what you did yourself: say what your part was, and start with the verb.', []],
      ],
    );
    const quiet = ['Rebuilt our billing pipeline, cutting invoice errors by 70%.', 'Mentored my team of 6 through the move to Kotlin.', 'Set up Git workflows for my teams and helped us ship 2x faster.', 'Built a graph library for 3 teams, where I integrated 2 layout algorithms.'];
    assert.deepEqual(marks(workResume(quiet), [Codes.pronoun]), [], 'possessives and objects hide nothing');
  });

  it('bullet-pronoun offers no fix that would leave a bare "am" or "was" to open the bullet', () => {
    const found = marks(workResume(['I am one of 3 engineers on call for payments.', 'I was on call for 40 services.']), [Codes.pronoun]);
    assert.deepEqual(found.map((f) => [f.text, f.fixes]), [['I', []], ['I', []]]);
  });

  it('bullet-passive flags the passive in bullets and in summaries, but not in a clause about others', () => {
    const text = joinLines(
      'basics:',
      '  summary: Platform engineer. The deploy guide was written under my lead.',
      ...workResume(['The API was improved by 40%.', 'Mentored 4 developers, 3 of whom were promoted.']).split('\n'),
    );
    assert.deepEqual(
      marks(text, [Codes.passive]).map((f) => [f.text, f.message]),
      [
        ['was written', 'Passive voice: “was written” hides who did it. Say what you did, with the verb first.'],
        ['was improved', 'Passive voice: “was improved” hides who did it. Say what you did, with the verb first: “Improved …”.'],
      ],
    );
  });

  it('bullet-filler flags vague words and clichés, and fixes padding', () => {
    const found = marks(workResume(['Successfully shipped various features in order to utilize the cache, etc.']), [Codes.filler]);
    assert.deepEqual(
      found.map((f) => [f.text, f.fixes]),
      [
        ['Successfully', ['- Shipped various features in order to utilize the cache, etc.']],
        ['various', []],
        ['in order to', ['- Successfully shipped various features to utilize the cache, etc.']],
        ['utilize', ['- Successfully shipped various features in order to use the cache, etc.']],
        ['etc.', []],
      ],
    );
    assert.equal(found[1]?.message, 'Vague: “various” leaves the reader guessing. Name the things, or say how many.');
  });

  it('bullet-length flags bullets under 5 or over 35 words, and empty ones', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const found = marks(workResume(['Fixed bugs.', long, '""', 'Cut checkout latency by 40% with Redis.']), [Codes.length]);
    assert.deepEqual(
      found.map((f) => f.message),
      [
        'Only 2 words: say what you did and its effect (aim for 5–35 words).',
        '40 words: a bullet over 35 words gets skimmed past. Keep one result per bullet, or split it in two.',
        'Empty bullet: write what you did and what came of it, or delete it.',
      ],
    );
  });

  it('bullet-length and entry-bullet-count take their thresholds from the writing options', () => {
    const text = workResume(['Fixed bugs.', 'Cut checkout latency by 40% with Redis.']);
    const options = { bulletWords: { min: 2, max: 6 }, bulletsPerEntry: { min: 1 } };
    assert.deepEqual(
      marks(text, [Codes.length, Codes.entryBulletCount], options).map((f) => f.message),
      ['7 words: a bullet over 6 words gets skimmed past. Keep one result per bullet, or split it in two.'],
    );
  });

  it('bullet-repeated-verb flags the third bullet and later ones opening with the same verb', () => {
    const found = marks(workResume(['Led the billing rewrite for 3 teams.', 'Led hiring of 6 engineers.', 'Built the ledger for 2M payments.', 'Led the SOC 2 audit across 4 teams.']), [Codes.repeatedVerb]);
    assert.deepEqual(found, [
      {
        code: Codes.repeatedVerb,
        text: 'Led',
        message: '“Led” opens 3 bullets; it stops registering after the second. Vary the verb. Try “Directed”, “Headed” or “Drove”.',
        fixes: ['- Directed the SOC 2 audit across 4 teams.', '- Headed the SOC 2 audit across 4 teams.', '- Drove the SOC 2 audit across 4 teams.'],
      },
    ]);
  });

  it('bullet-tense flags a present-tense opener only in a role that has ended', () => {
    const ended = marks(workResume(['Manage a team of 5 engineers.', 'Cut costs by 20%.'], ENDED), [Codes.tense]);
    assert.deepEqual(ended, [
      { code: Codes.tense, text: 'Manage', message: 'This role has ended, but “Manage” is in the present tense. Write “Managed”.', fixes: ['- Managed a team of 5 engineers.'] },
    ]);
    assert.deepEqual(marks(workResume(['Manage a team of 5 engineers.']), [Codes.tense]), []);
    const both = marks(workResume(['Design and implement the billing cluster.', 'Redesign of the checkout flow for 2M users.'], ENDED), [Codes.tense]);
    assert.deepEqual(
      both.map((f) => [f.text, f.message, f.fixes]),
      [['Design', 'This role has ended, but “Design and implement” is in the present tense. Write “Designed and implemented”.', ['- Designed and implemented the billing cluster.']]],
      'a nominalised opener is a weak opener, not a verb in the wrong tense',
    );
    assert.deepEqual(marks(workResume(['Manage a team of 5 engineers.'], ['    endDate: 2099-01']), [Codes.tense]), [], 'an end date still ahead');
  });

  it('entry-bullet-count flags a work entry with too few or too many bullets on its highlights key', () => {
    const few = marks(workResume(['Cut costs by 20% in a year.']), [Codes.entryBulletCount]);
    assert.deepEqual(few.map((f) => [f.text, f.message]), [['highlights', '1 bullet: show the scope of this role with 3–6 results.']]);
    const many = marks(workResume(Array.from({ length: 7 }, (_, i) => `Shipped feature ${i} to 100 users.`)), [Codes.entryBulletCount]);
    assert.deepEqual(many.map((f) => f.message), ['7 bullets: keep the 6 strongest. Recruiters skim, and the rest dilute them.']);
    const project = joinLines('projects:', '  - name: kubectl-budget', '    highlights:', '      - Reached 1,900 GitHub stars.');
    assert.deepEqual(marks(project, [Codes.entryBulletCount]), [], 'one bullet is enough for a project');
  });

  it('entry-no-bullets flags an entry without highlights, unless a misspelt key holds them', () => {
    const text = joinLines('work:', '  - name: Acme', '    position: Engineer', '  - name: Contoso', '    hightlights:', '      - Wrote unit tests.', 'projects:', '  - name: Tool', '    highlights: []');
    assert.deepEqual(
      marks(text, [Codes.entryNoBullets]).map((f) => [f.text, f.message]),
      [
        ['name', 'No highlights: add 3–6 bullets on what you achieved here, each with a number if you can.'],
        ['highlights', 'No highlights and no description: add a line or two on what you did here and what came of it.'],
      ],
    );
  });

  it('entry-no-bullets and entry-bullet-count ask nothing of an old role, a short one, or a described project', () => {
    const text = joinLines(
      'work:',
      '  - name: Old Co',
      '    startDate: 2008-01',
      '    endDate: 2012-06',
      '  - name: Summer Co',
      '    startDate: 2023-06',
      '    endDate: 2023-09',
      '  - name: Short Co',
      '    startDate: 2022-01',
      '    endDate: 2022-05',
      '    highlights:',
      '      - Cut build times by 40% for 12 teams.',
      '  - name: Recent Co',
      '    startDate: 2019-01',
      '    endDate: 2022-01',
      '    highlights:',
      '      - Cut build times by 40% for 12 teams.',
      'projects:',
      '  - name: Raycaster',
      '    description: A proof-of-concept raycaster in Python.',
      'volunteer:',
      '  - organization: Hour of Code',
      '    summary: Taught 30 pupils their first loops.',
    );
    assert.deepEqual(
      marks(text, [Codes.entryNoBullets, Codes.entryBulletCount]).map((f) => [f.code, f.message]),
      [[Codes.entryBulletCount, '1 bullet: show the scope of this role with 3–6 results.']],
      'only the recent role that lasted three years is asked for more',
    );
  });

  it('resume-length counts the words a reader sees, on the first key', () => {
    const text = joinLines('basics:', '  name: Ada Okafor', '  email: ada@example.com', '  url: https://ada.example.com', ...workResume(['Cut costs by 20% in a year.']).split('\n'));
    const [finding] = marks(text, [Codes.resumeLength]);
    assert.deepEqual([finding?.text, finding?.message], ['basics', 'This resume has 11 words; most strong resumes have 400–1600. Add results to the roles that matter most.']);
    assert.deepEqual(marks(text, [Codes.resumeLength], { resumeWords: { min: 5, max: 50 } }), []);
  });
});
