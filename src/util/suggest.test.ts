import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { closest } from './did-you-mean.js';
import { SUGGEST_BUDGET, Suggester } from './suggest.js';

const id = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,6}$/);

describe('Suggester', () => {
  it('answers as closest does while its budget lasts, with or without an excluded id', () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 40 }), fc.array(id, { maxLength: 10 }), (known, words) => {
        const s = new Suggester(() => known);
        for (const w of words) {
          assert.equal(s.suggest(w), closest(w, known), w);
          const ex = known[0];
          if (ex !== undefined)
            assert.equal(
              s.suggest(w, ex),
              closest(
                w,
                known.filter((k) => k !== ex),
              ),
              w,
            );
        }
      }),
    );
  });

  it('reads its candidates once, on the first question', () => {
    let reads = 0;
    const s = new Suggester(() => {
      reads++;
      return ['G-root', 'G-monitor'];
    });
    assert.equal(reads, 0);
    assert.equal(s.suggest('G-monitr'), 'G-monitor');
    assert.equal(s.suggest('G-rot'), 'G-root');
    assert.equal(reads, 1);
  });

  it('stops measuring distances when its budget is spent, but still finds ids that differ only in case', () => {
    const known = Array.from({ length: 50_000 }, (_, i) => `Claim${i}`);
    const s = new Suggester(() => known);
    const scans = Math.max(4, Math.floor(SUGGEST_BUDGET / known.length));
    for (let i = 0; i < scans; i++) assert.equal(s.suggest(`Clam${i}`), `Claim${i}`);
    assert.equal(s.suggest('Clam77'), undefined, 'the budget is spent');
    assert.equal(s.suggest('claim77'), 'Claim77', 'a lookup, not a scan');
    assert.equal(s.suggest('Clam1'), 'Claim1', 'remembered');
  });
});
