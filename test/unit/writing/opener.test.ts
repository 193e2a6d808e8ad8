import { strict as assert } from 'node:assert';
import { analyzeOpener } from '../../../server/src/core/writing/opener';

/** "kind: words at fault → the bullet after each fix", or "verb (tense)" for a strong opener. */
function judged(text: string): string {
  const { weak, verb } = analyzeOpener(text);
  if (verb) return `${verb.text} (${verb.tense})`;
  if (!weak) return 'no judgement';
  const fixes = (weak.replacement?.options ?? []).map((option) => text.slice(0, weak.replacement!.start) + option + text.slice(weak.replacement!.end));
  return [`${weak.kind}: ${text.slice(weak.start, weak.end)}`, ...fixes].join(' → ');
}

describe('judging how a bullet opens', () => {
  it('accepts a past-tense verb, also one the tagger may not know', () => {
    assert.equal(judged('Championed trunk-based development.'), 'Championed (past)');
    assert.equal(judged('Drafted the Level 2 support runbooks.'), 'Drafted (past)');
    assert.equal(judged('Rightsized node pools.'), 'Rightsized (past)');
    assert.equal(judged('Cut build times in half.'), 'Cut (past)');
    assert.equal(judged('Stood up the SRE team.'), 'Stood (past)');
    assert.equal(judged('Co-led the hiring process.'), 'Co-led (past)');
  });

  it('accepts a present-tense verb, as written for a current role', () => {
    assert.equal(judged('Own the internal developer platform.'), 'Own (present)');
    assert.equal(judged('Manages a team of five engineers.'), 'Manages (present)');
    assert.equal(judged('Collaborate with design on onboarding.'), 'Collaborate (present)');
  });

  it('skips a leading "I", adverbs and a short introduction before judging', () => {
    assert.equal(judged('I built the internal admin dashboard.'), 'built (past)');
    assert.equal(judged('Successfully delivered the partner API.'), 'delivered (past)');
    assert.equal(judged('In 2021, led the move to AWS.'), 'led (past)');
    assert.equal(judged('As tech lead, drove the billing rewrite.'), 'drove (past)');
  });

  it('reports weak phrases and offers strong verbs that fit, keeping the rest of the bullet', () => {
    assert.equal(
      judged('Responsible for the on-call rotation.'),
      'phrase: Responsible for → Owned the on-call rotation. → Led the on-call rotation. → Ran the on-call rotation.',
    );
    assert.equal(judged('Worked on the fraud rules engine.'), 'phrase: Worked on → Built the fraud rules engine. → Developed the fraud rules engine. → Delivered the fraud rules engine.');
    assert.equal(judged('Exposure to Kafka and Spark.'), 'phrase: Exposure to → Used Kafka and Spark. → Applied Kafka and Spark.');
  });

  it('folds the verb that follows a weak phrase into the fix', () => {
    assert.equal(judged('Responsible for maintaining the CI/CD pipelines.'), 'phrase: Responsible for → Maintained the CI/CD pipelines.');
    assert.equal(judged('Helped reduce churn by 12%.'), 'phrase: Helped → Reduced churn by 12%.');
    assert.equal(judged('Tasked with improving nightly jobs.'), 'phrase: Tasked with → Improved nightly jobs.');
    assert.equal(judged('My role was to own the release process.'), 'role: My role was to → Owned the release process.');
    assert.equal(judged('I was responsible for hiring.'), 'phrase: was responsible for → I hired.');
  });

  it('reports gerunds, nouns and copulas, turning them into verbs where the words say how', () => {
    assert.equal(judged('Managing the relationship with the vendor.'), 'gerund: Managing → Managed the relationship with the vendor.');
    assert.equal(judged('Working closely with product managers.'), 'phrase: Working closely with → Partnered with product managers. → Collaborated with product managers.');
    assert.equal(judged('Development of the new partner API.'), 'nominal: Development of → Developed the new partner API.');
    assert.equal(judged('Various improvements to the deployment scripts.'), 'noun: Various improvements → Improved the deployment scripts.');
    assert.equal(judged('Code reviews, testing, and documentation.'), 'noun: Code reviews');
    assert.equal(judged('Frontend development with React.'), 'noun: Frontend development');
    assert.equal(judged('Was promoted to team lead.'), 'copula: Was → Promoted to team lead.');
    assert.equal(judged('We built a recommendation engine.'), 'noun: We');
    assert.equal(judged('40% faster builds through caching.'), 'noun: 40% faster builds');
  });

  it('reports joining and belonging, with no fix: there is no verb for what was done', () => {
    assert.equal(judged('Joined the risk team, owning its model pipeline.'), 'joining: Joined');
    assert.equal(judged('Became the main reviewer for the SDK.'), 'joining: Became');
    assert.equal(judged('Took over the nightly batch system.'), 'joining: Took over');
    assert.equal(judged('Was part of the team that launched payouts.'), 'joining: Was part of');
    assert.equal(judged('Took ownership of the flaky test suite.'), 'joining: Took ownership of → Owned the flaky test suite. → Led the flaky test suite. → Ran the flaky test suite.');
  });

  it('reports a position held ("Served as", "Acting as") with no fix, since "Acted as" would be as weak', () => {
    assert.equal(judged('Acting as the technical architect for 3 platform teams.'), 'position: Acting as');
    assert.equal(judged('Serving as release manager for the mobile apps.'), 'position: Serving as');
    assert.equal(judged('Stepped up as interim lead for the API team.'), 'position: Stepped up as');
    assert.equal(judged('I was hired as the first SRE.'), 'copula: was');
    assert.equal(judged('Head of data for the retail division.'), 'position: Head of');
  });

  it('turns a nominalised opener into its verbs, all of them', () => {
    assert.equal(judged('Redesign of the checkout flow for mobile.'), 'nominal: Redesign of → Redesigned the checkout flow for mobile.');
    assert.equal(judged('Design and implementation of the billing cluster.'), 'nominal: Design and implementation of → Designed and implemented the billing cluster.');
    assert.equal(judged('Rollout and documentation of SSO.'), 'nominal: Rollout and documentation of → Rolled out and documented SSO.');
    assert.equal(judged('State of the art search ranking.'), 'noun: State', 'no "Stated the art": "state" is not an action resumes name');
    assert.equal(judged('Evaluation & adoption of a feature-flag vendor.'), 'nominal: Evaluation & adoption of → Evaluated & adopted a feature-flag vendor.');
  });

  it('judges a "Feature – description" line on the part after the dash', () => {
    assert.equal(judged('Rate limiter – built a token bucket shared by every gateway.'), 'built (past)');
    assert.equal(judged('Audit trail – a log of every admin action.'), 'feature: a log');
    assert.equal(judged('Exporter: writes invoices to S3 every night.'), 'feature: writes');
    assert.equal(judged('Importer – working on the CSV parser.'), 'phrase: working on → Importer – built the CSV parser. → Importer – developed the CSV parser. → Importer – delivered the CSV parser.');
  });

  it('keeps the same verbs strong when they are the action itself', () => {
    assert.equal(judged('Trained 25 support staff on the new triage tool.'), 'Trained (past)');
    assert.equal(judged('Took on-call pages from 30 a week to 4.'), 'Took (past)');
    assert.equal(judged('Redesigned the checkout flow.'), 'Redesigned (past)');
    assert.equal(judged('Designed and implemented the billing cluster.'), 'Designed (past)');
  });

  it('keeps lower case when the author writes in lower case', () => {
    assert.equal(judged('responsible for the API.'), 'phrase: responsible for → owned the API. → led the API. → ran the API.');
  });

  it('makes no judgement on text without words, or in a script it does not know', () => {
    assert.equal(judged(''), 'no judgement');
    assert.equal(judged('🚀 🚀'), 'no judgement');
    assert.equal(judged('אחראי על צוות של חמישה מהנדסים'), 'no judgement');
    assert.equal(judged('Rate limiter – I'), 'no judgement', 'nothing to judge after the dash');
  });
});
