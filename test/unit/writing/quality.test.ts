import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasMetric } from '../../../server/src/core/writing/metrics';
import { analyzeOpener } from '../../../server/src/core/writing/opener';
import { QUANTIFIED, SHAPES, SHAPES_UNSEEN, STRONG_OPENERS, UNQUANTIFIED, UNSEEN, WEAK_OPENERS } from './heldOut';

interface Labelled {
  readonly text: string;
  readonly expected: boolean;
}

interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly misses: readonly string[];
}

function score(rows: readonly Labelled[], predict: (text: string) => boolean): Score {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: string[] = [];
  for (const { text, expected } of rows) {
    const predicted = predict(text);
    if (predicted && expected) truePositives++;
    else if (predicted) falsePositives++;
    else if (expected) falseNegatives++;
    if (predicted !== expected) misses.push(`${predicted ? 'reported' : 'missed'}: ${text}`);
  }
  return {
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: truePositives / Math.max(1, truePositives + falseNegatives),
    misses,
  };
}

function report(label: string, result: Score): void {
  console.log(`      ${label}: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`);
  for (const miss of result.misses) console.log(`        ${miss}`);
}

const corpus = readFileSync(join(__dirname, '../../fixtures/bullets.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim())
  .map((line) => {
    const [metric, weak, ...text] = line.split('\t');
    return { metric: metric === '1', weak: weak === '1', text: text.join('\t') };
  });

const noMetric = (text: string): boolean => !hasMetric(text);
const weakOpener = (text: string): boolean => analyzeOpener(text).weak !== undefined;

describe('measured quality of the bullet checks', () => {
  it('reads every row of the corpus', () => {
    assert.equal(corpus.length, 120);
  });

  it('bullet-no-metric: precision and recall of at least 0.97 on the corpus', () => {
    const result = score(corpus.map((row) => ({ text: row.text, expected: !row.metric })), noMetric);
    report('bullet-no-metric on bullets.tsv', result);
    assert.ok(result.precision >= 0.97 && result.recall >= 0.97, result.misses.join('\n'));
  });

  it('bullet-weak-opener: precision of at least 0.90 and recall of at least 0.85 on the corpus', () => {
    const result = score(corpus.map((row) => ({ text: row.text, expected: row.weak })), weakOpener);
    report('bullet-weak-opener on bullets.tsv', result);
    assert.ok(result.precision >= 0.9 && result.recall >= 0.85, result.misses.join('\n'));
  });

  it('holds the same bars on held-out bullets it was not tuned to', () => {
    const metric = score(
      [...QUANTIFIED.map((text) => ({ text, expected: false })), ...UNQUANTIFIED.map((text) => ({ text, expected: true }))],
      noMetric,
    );
    const opener = score(
      [
        ...WEAK_OPENERS.map((text) => ({ text, expected: true })),
        ...STRONG_OPENERS.map((text) => ({ text, expected: false })),
        ...SHAPES.map(([, weak, text]) => ({ text, expected: weak === 1 })),
      ],
      weakOpener,
    );
    report(`bullet-no-metric on ${QUANTIFIED.length + UNQUANTIFIED.length} held-out bullets`, metric);
    report(`bullet-weak-opener on ${WEAK_OPENERS.length + STRONG_OPENERS.length + SHAPES.length} held-out bullets`, opener);
    assert.ok(metric.precision >= 0.97 && metric.recall >= 0.97, metric.misses.join('\n'));
    assert.ok(opener.precision >= 0.9 && opener.recall >= 0.85, opener.misses.join('\n'));
  });

  it('bullet-weak-opener: each opener shape, and the same verbs used as actions, on held-out bullets', () => {
    for (const shape of [...new Set(SHAPES.map(([name]) => name))]) {
      const rows = SHAPES.filter(([name]) => name === shape).map(([, weak, text]) => ({ text, expected: weak === 1 }));
      const result = score(rows, weakOpener);
      report(`bullet-weak-opener, ${shape} shape, on ${rows.length} held-out bullets`, result);
      assert.ok(result.precision >= 0.9 && result.recall >= 0.85, result.misses.join('\n'));
    }
  });

  it('bullet-weak-opener: a second batch of the shapes, written after the rules for them', () => {
    const result = score(SHAPES_UNSEEN.map(([weak, text]) => ({ text, expected: weak === 1 })), weakOpener);
    report(`bullet-weak-opener on ${SHAPES_UNSEEN.length} unseen shape bullets`, result);
    assert.ok(result.precision >= 0.9 && result.recall >= 0.85, result.misses.join('\n'));
  });

  it('holds them on a batch labelled before the rules saw it', () => {
    const metric = score(UNSEEN.map(([quantified, , text]) => ({ text, expected: quantified === 0 })), noMetric);
    const opener = score(UNSEEN.map(([, weak, text]) => ({ text, expected: weak === 1 })), weakOpener);
    report(`bullet-no-metric on ${UNSEEN.length} unseen bullets`, metric);
    report(`bullet-weak-opener on ${UNSEEN.length} unseen bullets`, opener);
    assert.ok(metric.precision >= 0.97 && metric.recall >= 0.97, metric.misses.join('\n'));
    assert.ok(opener.precision >= 0.9 && opener.recall >= 0.85, opener.misses.join('\n'));
  });
});
