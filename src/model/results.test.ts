import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failedResults, percentileOf, resultSubject, resultsOf } from './results.js';
import type { EvidenceResult, Threshold } from './schema.js';

const r = (extra: Partial<EvidenceResult> = {}): EvidenceResult => ({ metric: 'accuracy', ...extra });

describe('resultsOf', () => {
  it('reads a lone result with no label, and the headline first with labels when there are several', () => {
    assert.deepEqual(
      resultsOf({ result: r() }).map((x) => [x.path, x.label, x.headline]),
      [[['result'], '', false]],
    );
    const many = resultsOf({ result: r({ task: 'overall' }), results: [r({ task: 'bio' }), r()] });
    assert.deepEqual(
      many.map((x) => [x.path.join('.'), x.label, x.headline]),
      [
        ['result', 'result "overall"', true],
        ['results.0', 'result "bio"', false],
        ['results.1', 'result "accuracy"', false],
      ],
    );
    assert.equal(resultSubject('E1', many[1]!), 'Evidence E1 (result "bio")');
    assert.deepEqual(resultsOf({}), []);
    assert.equal(
      resultsOf({ results: [r({ task: 'only' })] })[0]!.label,
      '',
      'one entry in results reads as a lone result',
    );
  });

  it('names percentiles, with the median as p50', () => {
    assert.deepEqual(
      ['p90', 'p99.9', 'median', 'mean', undefined].map((s) => percentileOf(s)),
      [90, 99.9, 50, undefined, undefined],
    );
  });
});

describe('failedResults', () => {
  const crit = new Map<string, { threshold?: Threshold }>([
    ['C1', { threshold: { max: 0.3 } }],
    ['C0', {}],
  ]);
  const failing = (item: Parameters<typeof failedResults>[0]) =>
    failedResults(item, crit).map((f) => `${f.at.path.join('.')}:${f.source}`);

  it('reports results failing their own threshold or their linked criterion', () => {
    assert.deepEqual(
      failing({
        result: r({ value: 0.2, threshold: { max: 0.3 } }),
        results: [r({ value: 0.4, criterion: 'C1' }), r({ value: 0.1, threshold: { min: 0.2 } })],
      }),
      ['results.0:C1', 'results.1:result'],
    );
  });

  it('passes inclusive bounds, unbounded thresholds, unknown criteria and results without a value', () => {
    assert.deepEqual(
      failing({
        results: [
          r({ value: 0.3, threshold: { max: 0.3 } }),
          r({ value: 0.9, criterion: 'C0' }),
          r({ value: 0.9, criterion: 'C9' }),
          r({ threshold: { max: 0.1 } }),
        ],
      }),
      [],
    );
  });

  it('judges a threshold on an interval end on that end, when it is given', () => {
    const onHigh: Threshold = { max: 0.3, on: 'interval-high' };
    assert.deepEqual(failing({ result: r({ value: 0.32, interval: [0.2, 0.29], threshold: onHigh }) }), []);
    assert.deepEqual(failing({ result: r({ value: 0.32, interval: [0.2, 0.4], threshold: onHigh }) }), [
      'result:result',
    ]);
    assert.deepEqual(
      failing({
        result: r({ value: 0.32, bound: { side: 'upper', value: 0.29, confidence: 0.95 }, threshold: onHigh }),
      }),
      [],
      'a one-sided upper bound is the upper end',
    );
    assert.deepEqual(
      failing({ result: r({ value: 0.32, threshold: onHigh }) }),
      ['result:result'],
      'no end given: the value',
    );
  });
});
