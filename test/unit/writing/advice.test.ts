import { strict as assert } from 'node:assert';
import type { Finding } from '../../../server/src/core/finding';
import { lintFindings } from '../../../server/src/core/lint';
import { WritingCodes as Codes } from '../../../server/src/core/writing/codes';
import { hasMetric } from '../../../server/src/core/writing/metrics';
import { analyzeOpener } from '../../../server/src/core/writing/opener';
import { joinLines, resumeOf } from '../../helpers/text';
import { marks, TODAY, workResume } from './helpers';

// The shapes of issue 17 ("writing advice a person agrees with"), in sentences of our own: what each rule should
// say, and where it should stay quiet because a good editor would not bother the author.

const ENDED = ['    startDate: 2015-01', '    endDate: 2019-12'];
const texts = (found: readonly { text: string }[]): string[] => found.map((f) => f.text);

describe('writing advice a person agrees with: the shapes', () => {
  it('bullet-passive: only the author\'s own main clause, never a clause about others, a state or a plan', () => {
    const quiet = [
      'Fixed the dashboards that were built by the data team, cutting load time by 50%.',
      'Cached the avatars being fetched by the iOS app, serving 90% from memory.',
      'Documented every flag the service is configured with for the 2 on-call rotations.',
      'Moved 12 jobs to a queue so they can be retried by the scheduler.',
    ];
    assert.deepEqual(marks(workResume(quiet), [Codes.passive]), []);
    const summary = joinLines('basics:', '  summary: I was hired to rebuild the billing team. The old platform was acquired by Initech in 2019.');
    assert.deepEqual(marks(summary, [Codes.passive]), [], 'the author as the subject, or the doer named with "by"');
    const flagged = marks(workResume(['The release scripts were rewritten in Go, saving 3 hours a week.', 'Cut deploys to 4 minutes. The old pipeline was retired.']), [Codes.passive]);
    assert.deepEqual(texts(flagged), ['were rewritten', 'was retired']);
  });

  it('bullet-filler: intensifiers, "and others", hedges, padding adverbs and clichés', () => {
    const found = marks(
      workResume([
        'Greatly improved the time to first byte.',
        'Ran Kafka, RabbitMQ and others for the event bus.',
        'Served as a kind of tech lead for the web team.',
        'Proactively reviewed 30 pull requests a week.',
        'Built scalable and reliable services using industry best practices.',
        'Championed engineering excellence across 3 teams.',
      ]),
      [Codes.filler],
    );
    assert.deepEqual(texts(found), ['Greatly', 'and others', 'a kind of', 'Proactively', 'scalable and reliable', 'industry best practices', 'engineering excellence']);
    assert.deepEqual(found[0]?.fixes, ['- Improved the time to first byte.']);
    assert.match(found[0]!.message, /without giving one/);
  });

  it('bullet-filler: a vague word followed by the things it counts, a named kind, "and more" inside a phrase', () => {
    const quiet = [
      'Compared several queues including SQS, Kafka and NATS for the 2 event streams.',
      'Imported data from multiple sources (CSV, JSON and XML) for 40 clients.',
      'Fixed the kind of race that only shows under 1k RPS.',
      'Made the search 3x faster and more accurate.',
    ];
    assert.deepEqual(marks(workResume(quiet), [Codes.filler]), []);
    const describing = ['Fixed 3 bugs in an actively maintained parser.', 'Kept the fork effectively closed to 2 vendors.', 'Moved substantially all of the 40 jobs to Airflow.'];
    assert.deepEqual(marks(workResume(describing), [Codes.filler]), [], 'an adverb that describes a thing, means "in effect" or "nearly"');
  });

  it('bullet-pronoun: possessives after a verb are quiet, "We" as a subject is not', () => {
    assert.deepEqual(marks(workResume(['Rebuilt our release train for 12 services.', 'Coached my team of 5 through on-call.']), [Codes.pronoun]), []);
    assert.deepEqual(texts(marks(workResume(['We moved 30 services to ECS.']), [Codes.pronoun])), ['We']);
  });

  it('bullet-no-metric: not on a heading, keywords, a qualification, a pointer to an article, or scale in words', () => {
    const quiet = [
      '"Selected achievements:"',
      'Terraform and Ansible',
      'Earned my CKA certification.',
      'Won first place at the city hackathon.',
      'Wrote an article on flaky tests (read it at example.org/flaky).',
      'Ran terabyte-scale ETL jobs on a shared cluster.',
    ];
    assert.deepEqual(marks(workResume(quiet), [Codes.noMetric]), []);
    assert.ok(hasMetric('Indexed petabytes of logs for the SOC.'), 'scale stated in words is a quantity');
    const still = ['Wrote the onboarding guide for new hires.', 'Responsible for the launch of the billing portal', 'Built the site example.org for the conference.'];
    assert.equal(marks(workResume(still), [Codes.noMetric]).length, 3, 'statements of work still are asked for a number');
  });

  it('a heading inside the highlights gets one structure hint, not a metric, a length and a noun opener', () => {
    const found = marks(workResume(['"Selected achievements:"', 'Cut p95 latency by 40% with a Redis cache.']), [Codes.noMetric, Codes.length, Codes.weakOpener]);
    assert.deepEqual(found.map((f) => [f.code, f.text]), [[Codes.weakOpener, 'Selected achievements:']]);
    assert.match(found[0]!.message, /is a heading, not a bullet/);
  });

  it('bullet-weak-opener: a job title, a qualification, a team joined, and a label before a described feature', () => {
    const judged = (text: string): string => {
      const weak = analyzeOpener(text).weak;
      return weak ? `${weak.kind}: ${weak.text}` : analyzeOpener(text).verb ? 'verb' : 'none';
    };
    assert.equal(judged('Staff engineer for the payments ledger.'), 'position: Staff engineer');
    assert.equal(judged('Lead iOS developer on the checkout app.'), 'position: Lead iOS developer');
    assert.equal(judged('Trained to be a site reliability engineer.'), 'qualification: Trained to be');
    assert.equal(judged('Certified Kubernetes Administrator since 2021.'), 'qualification: Certified');
    assert.equal(judged('Worked in a 6-person team to build the app.'), 'joining: Worked in a 6-person team');
    assert.equal(judged('Took the initiative to automate the release notes.'), 'joining: Took the initiative to');
    assert.equal(judged('Release Board – a dashboard of every deploy.'), 'feature: a dashboard');
    assert.equal(judged('Build Agent – responsible for the CI fleet.'), 'phrase: responsible for');
    // The same words used as actions stay verbs.
    assert.equal(judged('Lead the migration of 40 services to ECS.'), 'verb');
    assert.equal(judged('Trained 25 analysts on the new BI tool.'), 'verb');
    assert.equal(judged('Certified the payments API for PCI DSS.'), 'verb');
    assert.equal(judged('Hired engineers for 3 new teams.'), 'verb');
    assert.equal(judged('See MDN - HTTP - for the 3 headers we added.'), 'verb');
  });

  it('bullet-weak-opener: a replacement verb must fit the words after it', () => {
    const [finding] = marks(workResume(['Helped new hires with their first on-call shifts.']), [Codes.weakOpener]);
    assert.deepEqual(finding?.fixes, ['- Supported new hires with their first on-call shifts.']);
    assert.doesNotMatch(finding!.message, /Enabled/);
    const [enabling] = marks(workResume(['Helped analysts to query 2 TB of logs.']), [Codes.weakOpener]);
    assert.ok(enabling !== undefined);
  });

  it('bullet-repeated-verb: one verb in any form, not a label; three gerunds of one entry', () => {
    const forms = marks(workResume(['Create dashboards for 3 teams.', 'Created the alerting runbook for 40 services.', 'Creates weekly reports for 2 VPs.']), [Codes.repeatedVerb]);
    assert.deepEqual(texts(forms), ['Creates']);
    const labels = ['Prototype Storefront – a checkout flow for 3 shops.', 'Prototype Ledger – a double-entry ledger for 2 banks.', 'Prototype Search – a search page for 9 stores.'];
    assert.deepEqual(marks(workResume(labels), [Codes.repeatedVerb]), [], '"Prototype" is a label here, not a verb');
    const gerunds = marks(workResume(['Developing the billing API for 3 teams.', 'Developing SDKs for 2 platforms.', 'Developing the partner portal for 40 partners.']), [Codes.repeatedVerb]);
    assert.deepEqual(texts(gerunds), ['Developing']);
  });

  it('a fix removing a leading "I" and a fix of the tense compose: both edits together give the right bullet', () => {
    const text = workResume(['I manage a team of 5 engineers.'], ENDED);
    const findings = lintFindings(resumeOf(text), { today: TODAY }).filter((f) => f.code === Codes.pronoun || f.code === Codes.tense);
    const edits = findings.flatMap((finding: Finding) => (finding.fixes ?? []).slice(0, 1).map((fix) => ({ span: fix.span ?? [finding.start, finding.end], newText: fix.newText })));
    assert.equal(edits.length, 2);
    const [a, b] = edits.sort((x, y) => x.span[0] - y.span[0]);
    assert.ok(a!.span[1] <= b!.span[0], 'the two edits do not overlap');
    const both = text.slice(0, a!.span[0]) + a!.newText + text.slice(a!.span[1], b!.span[0]) + b!.newText + text.slice(b!.span[1]);
    assert.match(both, /- Managed a team of 5 engineers\.$/);
  });
});
