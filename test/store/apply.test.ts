// The store applying the review core's decisions, on both engines: the
// challenge flow, votes and overrides decided by src/review/ are written with
// their events and tiers, and a decision made on a stale read is refused.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TIERS } from '../../src/model/vocab.js';
import { judge, openChallenge, respond } from '../../src/review/challenge-flow.js';
import { makeOverride } from '../../src/review/overrides.js';
import type { Actor } from '../../src/review/types.js';
import { castVote, dismissVote } from '../../src/review/votes.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES, type TestDb } from './engines.js';

function must<T>(r: { ok: true; value: T } | { ok: false }): T {
  assert.ok(r.ok, JSON.stringify(r));
  return (r as { value: T }).value;
}

for (const engine of ENGINES) {
  describe(`applying review decisions on ${engine.name}`, () => {
    let db: TestDb;
    let store: Store;
    let author: Actor;
    let reviewer: Actor;
    let decider: Actor;
    let digest: string;
    const stamp = (id: string) => ({ id, now: '2026-12-07T12:00:00.000Z', caseId: 'c1', revision: digest });
    before(async () => {
      db = await engine.make();
      store = await db.open();
      const clearance = new Set(TIERS);
      const user = async (name: string) =>
        must(await store.users.add({ name, clearances: [...TIERS], serverRole: 'member' }, 'system')).id;
      author = { user: await user('au'), roles: ['author'], level: 'edit', clearance };
      reviewer = { user: await user('rv'), roles: ['reviewer-independent'], level: 'comment', clearance };
      decider = { user: await user('dm'), roles: ['decision-maker'], level: 'admin', clearance };
      must(await store.cases.create({ id: 'c1', title: 'C1', config: {} }, author.user));
      digest = must(await store.cases.addRevision('c1', { snapshot: { v: 1 }, commit: null }, author.user)).revision
        .digest;
    });
    after(async () => {
      await store?.close();
      await db?.drop();
    });

    it('writes a challenge through its moves, with each event and its tiers, and refuses a stale move', async () => {
      const request = {
        target: { kind: 'node', id: 'G1' },
        kind: 'rebutting',
        severity: 'blocking',
        tier: 'internal',
        text: 'G1 overclaims',
        revision: digest,
      } as const;
      const opened = must(openChallenge(reviewer, request, stamp('ch-1')));
      must(await store.apply.challenge(opened, reviewer.user));
      const answer = { kind: 'rebut', refs: ['E1'], tier: 'restricted', text: 'E1 shows it' } as const;
      const answered = must(respond(author, opened.challenge, answer, stamp('re-1'), 1));
      must(await store.apply.challenge(answered, author.user));
      assert.equal((await store.challenges.get('ch-1'))?.status, 'answered');
      assert.deepEqual(
        (await store.responses.ofChallenge('ch-1')).map((r) => r.kind),
        ['rebut'],
      );
      const sustained = must(judge(reviewer, answered.challenge, 'sustain', 'E1 is the wrong model', 2));
      must(await store.apply.challenge(sustained, reviewer.user));
      // A second decision made on the version-2 read arrives after the sustain: refused.
      const late = must(judge(reviewer, answered.challenge, 'withdraw', 'never mind', 2));
      assert.deepEqual(await store.apply.challenge(late, reviewer.user), { ok: false, error: 'conflict', current: 3 });
      const events = (await store.events.list(0, 1000)).filter(
        (e) => e.caseId === 'c1' && e.type.startsWith('challenge.'),
      );
      assert.deepEqual(
        events.map((e) => [e.type, e.tiers]),
        [
          ['challenge.opened', ['internal']],
          ['challenge.answered', ['internal', 'restricted']],
          ['challenge.sustained', ['internal']],
        ],
      );
      assert.ok((await store.events.verify()).ok);
    });

    it('casts and dismisses a vote, refusing a dismissal on a stale version', async () => {
      const cast = must(
        castVote(reviewer, { revision: digest, value: 'veto', tier: 'public', text: 'no' }, stamp('vo-1')),
      );
      must(await store.apply.vote(cast, null));
      const dismissed = must(dismissVote(decider, cast.vote, 'answered by the fix', '2026-12-07T13:00:00.000Z'));
      assert.deepEqual(await store.apply.vote(dismissed, 2), { ok: false, error: 'conflict', current: 1 });
      must(await store.apply.vote(dismissed, 1));
      const [kept] = await store.votes.ofCase('c1');
      assert.equal(kept?.dismissed?.message, 'answered by the fix');
      assert.equal(kept?.version, 2);
    });

    it('records an override once', async () => {
      const request = { revision: digest, requirement: 'external-review', justification: 'reviewed by AISI' } as const;
      const decided = must(makeOverride(decider, request, stamp('x'), []));
      must(await store.apply.override(decided));
      const again = await store.apply.override(decided);
      assert.equal(again.ok ? 'applied' : again.error, 'exists');
      assert.equal((await store.overrides.ofRevision('c1', digest)).length, 1);
    });
  });
}
