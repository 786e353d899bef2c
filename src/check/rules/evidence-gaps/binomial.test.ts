import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { leastUpperBound, normalQuantile, trialsToShow } from './binomial.js';

describe('binomial bounds', () => {
  it('inverts the normal distribution at the usual levels', () => {
    assert.ok(Math.abs(normalQuantile(0.975) - 1.96) < 1e-3);
    assert.ok(Math.abs(normalQuantile(0.95) - 1.6449) < 1e-3);
    assert.ok(Math.abs(normalQuantile(0.5)) < 1e-6);
  });
  it('gives about 1.92 / n at 95%, below the rule of three', () => {
    const b = leastUpperBound(100, 0.95);
    assert.ok(b > 0.018 && b < 0.0195, String(b));
    assert.ok(b < 3 / 100);
  });
  it('shrinks with more trials and grows with the level', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.double({ min: 0.5, max: 0.999, noNaN: true }), (n, level) => {
        assert.ok(leastUpperBound(n + 1, level) < leastUpperBound(n, level));
        assert.ok(leastUpperBound(n, Math.min(0.9999, level + 0.0005)) >= leastUpperBound(n, level));
      }),
    );
  });
  it('trialsToShow is the least n whose bound reaches the ceiling', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.5, noNaN: true }), (ceiling) => {
        const n = trialsToShow(ceiling, 0.95);
        assert.ok(leastUpperBound(n, 0.95) <= ceiling + 1e-12);
        if (n > 1) assert.ok(leastUpperBound(n - 1, 0.95) > ceiling);
      }),
    );
  });
});
