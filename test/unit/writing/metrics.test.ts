import { strict as assert } from 'node:assert';
import { findQuantities, hasMetric } from '../../../server/src/core/writing/metrics';

/** "text → what was found": each quantity as the words it covers and its kind. */
function found(text: string): string[] {
  return findQuantities(text).map((q) => `${text.slice(q.start, q.end)} (${q.kind})`);
}

describe('finding quantities in a bullet', () => {
  it('reads counts, percentages, money, multipliers and measures written in digits', () => {
    assert.deepEqual(found('Led a team of 6 engineers'), ['6 (count)']);
    assert.deepEqual(found('Grew weekly active users by 35%'), ['35% (percent)']);
    assert.deepEqual(found('Cut AWS bill by €40k/yr'), ['40k (money)']);
    assert.deepEqual(found('Closed a $1MM deal and a £2.5M one'), ['1MM (money)', '2.5M (money)']);
    assert.deepEqual(found('Managed a USD 2 million budget'), ['2 (money)', 'million (number-word)']);
    assert.deepEqual(found('Sped up CI 10× and search 3x'), ['10× (multiplier)', '3x (multiplier)']);
    assert.deepEqual(found('Served 2.3M MAU'), ['2.3M (measure)']);
    assert.deepEqual(found('Reduced p99 from 1.2s to 300ms'), ['p99 (percentile)', '1.2s (measure)', '300ms (measure)']);
    assert.deepEqual(found('Shrank the APK from 48 MB to 19 MB'), ['48 (measure)', '19 (measure)']);
    assert.deepEqual(found('Migrated 40+ services'), ['40+ (measure)']);
    assert.deepEqual(found('Answered 5-10 escalations a week'), ['5 (range)']);
    assert.deepEqual(found('Ranked #1 in the store'), ['1 (rank)']);
    assert.deepEqual(found('Won 1st place'), ['1st (rank)']);
    assert.deepEqual(found('Raised NPS 20 points'), ['20 (measure)']);
    assert.deepEqual(found('Led 3-person team'), ['3 (count)']);
    assert.deepEqual(found('Maintained 99.99% availability'), ['99.99% (percent)']);
  });

  it('reads quantities said in words', () => {
    assert.deepEqual(found('Onboarded tens of customers'), ['tens of (number-word)']);
    assert.deepEqual(found('Processed thousands of invoices'), ['thousands (number-word)']);
    assert.deepEqual(found('Saved the team two days'), ['two (number-word)']);
    assert.deepEqual(found('Doubled throughput'), ['Doubled (ratio)']);
    assert.deepEqual(found('Halved onboarding time'), ['Halved (ratio)']);
    assert.deepEqual(found('Cut tickets by a third'), ['by a third (ratio)']);
    assert.deepEqual(found('Improved conversion two-fold'), ['two-fold (multiplier)']);
    assert.deepEqual(found('Reduced memory by an order of magnitude'), ['order of magnitude (multiplier)']);
    assert.deepEqual(found('Shipped with zero downtime'), ['zero downtime (zero)']);
    assert.deepEqual(found('Cut recovery from hours to minutes'), ['from hours to minutes (before-after)']);
    assert.deepEqual(found('Moved releases from weekly to daily'), ['from weekly to daily (before-after)']);
    assert.deepEqual(found('Kept queries sub-second'), ['sub-second (measure)']);
  });

  it('does not count digits that are part of a name, a version or a standard', () => {
    for (const text of [
      'Added Python 3.12 support',
      'Upgraded from Node.js 16 to Node.js 20',
      'Rebuilt the page in React 18',
      'Implemented HTTP/2 and IPv6',
      'Migrated to OAuth 2.0',
      'Wrote Terraform for S3 and EC2',
      'Led the ISO 27001 audit',
      'Achieved SOC 2 Type II',
      'Integrated the H.264 encoder',
      'Drafted the Level 2 runbooks',
      'Designed the API for version 1 and 2 clients',
      'Configured Istio in us-east-1',
      'Delivered SDKs for Java 17 and C#',
      'Built widgets for iOS 17',
      'Created a design system on Material 3',
      'Ported the renderer to WebGL 2',
      'Rewrote the service in Go 1.22',
      'Worked with C++17 and CUDA 12',
      'Migrated to Kubernetes 1.29',
      'Maintained the 401(k) portal',
      'Built the GPT-4 assistant',
    ]) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('does not count years, dates and times', () => {
    for (const text of ['Moved CI to GitHub Actions in Q3 2021', 'Deployed the model in 2022', 'Passed the exam in March 2021', 'Ran the 2019–2021 programme', 'Covered 24/7 escalations', 'Modernised 1990s COBOL']) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('does not count number words that name a kind of thing', () => {
    for (const text of ['Introduced two-factor authentication', 'Designed a three-tier architecture', 'Ported the engine to 64-bit ARM', 'Joined Two Sigma', 'Implemented zero-trust networking', 'Built the one-command setup']) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('still counts a year-shaped number that counts something, and numbers after a name when a unit follows', () => {
    assert.deepEqual(found('Onboarded 2000 users'), ['2000 (count)']);
    assert.deepEqual(found('Hired 7 engineers in 2021'), ['7 (count)']);
    assert.deepEqual(found('Cut Lighthouse TTI 300 ms'), ['300 (measure)']);
  });

  it('answers quickly for the same text again', () => {
    assert.equal(hasMetric('Cut latency by 40%'), true);
    assert.equal(hasMetric('Cut latency by 40%'), true);
    assert.equal(hasMetric('Improved the API.'), false);
  });
});
