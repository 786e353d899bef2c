import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type ChainedEvent, chainNext, GENESIS_HASH, verifyChain } from './event-chain.js';

function log(bodies: readonly unknown[]): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  for (const [i, body] of bodies.entries()) {
    events.push(
      chainNext(events.at(-1), { at: `2026-12-07T00:00:0${i % 10}Z`, actor: 'u1', caseId: 'c', type: 't', body }),
    );
  }
  return events;
}

describe('event chain', () => {
  it('starts at genesis and verifies an untouched log', () => {
    const events = log([{ a: 1 }, null, 'x']);
    assert.equal(events[0]!.prev, GENESIS_HASH);
    assert.deepEqual(verifyChain(events), { ok: true, events: 3, head: events[2]!.hash });
    assert.deepEqual(verifyChain([]), { ok: true, events: 0, head: GENESIS_HASH });
  });

  it('names the first altered, dropped or reordered event', () => {
    const events = log([1, 2, 3, 4]);
    const altered = events.map((e) => (e.seq === 2 ? { ...e, body: 99 } : e));
    assert.deepEqual(pick(verifyChain(altered)), { ok: false, seq: 2, reason: 'content' });
    assert.deepEqual(pick(verifyChain([events[0]!, events[2]!, events[3]!])), { ok: false, seq: 3, reason: 'missing' });
    assert.deepEqual(pick(verifyChain([events[1]!, events[0]!])), { ok: false, seq: 2, reason: 'missing' });
    const relinked = { ...events[2]!, prev: events[0]!.hash };
    assert.deepEqual(pick(verifyChain([events[0]!, events[1]!, relinked])), { ok: false, seq: 3, reason: 'prev' });
  });

  it('detects any single change to any field of any event', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.jsonValue(),
        (bodies, k, other) => {
          const events = log(bodies);
          const i = k % events.length;
          fc.pre(JSON.stringify(other) !== JSON.stringify(events[i]!.body));
          const tampered = events.map((e, j) => (j === i ? { ...e, body: other } : e));
          const verdict = verifyChain(tampered);
          assert.equal(verdict.ok, false);
          assert.equal(!verdict.ok && verdict.seq, i + 1);
        },
      ),
    );
  });
});

function pick(v: ReturnType<typeof verifyChain>): unknown {
  if (v.ok) return v;
  const reason = /missing/.test(v.reason) ? 'missing' : /prev/.test(v.reason) ? 'prev' : 'content';
  return { ok: false, seq: v.seq, reason };
}
