import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Stamp } from './challenge-flow.js';
import type { Actor, Role, Vote } from './types.js';
import { castVote, countingVotes, dismissVote, isOutdated, latestVotes } from './votes.js';

const R1 = '1'.repeat(64);
const R2 = '2'.repeat(64);
const stamp: Stamp = { id: 'v9', now: '2026-12-07T05:00:00Z', caseId: 'case', revision: R2 };
const actor = (user: string, roles: Role[], level: Actor['level'] = 'edit'): Actor => ({
  user,
  roles,
  level,
  clearance: new Set(['public']),
});

function vote(id: string, author: string, value: Vote['value'], revision: string, at: string): Vote {
  return { id, caseId: 'case', revision, value, tier: 'public', text: 't', author, at };
}

describe('votes', () => {
  it('casts on the current revision only, by a voter, at a tier they can read', () => {
    const rita = actor('rita', ['reviewer-independent']);
    const ok = castVote(rita, { revision: R2, value: 'approve', tier: 'public', text: 'LGTM' }, stamp);
    assert.ok(ok.ok && ok.value.vote.author === 'rita' && ok.value.event.type === 'vote.cast');
    const old = castVote(rita, { revision: R1, value: 'approve', tier: 'public', text: 'x' }, stamp);
    assert.ok(!old.ok && old.code === 'outdated-revision');
    const hidden = castVote(rita, { revision: R2, value: 'approve', tier: 'internal', text: 'x' }, stamp);
    assert.ok(!hidden.ok && hidden.code === 'tier-not-cleared');
    const byAuthor = castVote(
      actor('ann', ['author']),
      { revision: R2, value: 'approve', tier: 'public', text: 'x' },
      stamp,
    );
    assert.ok(!byAuthor.ok && byAuthor.code === 'not-permitted');
    const veto = castVote(
      actor('ivan', ['reviewer-internal']),
      { revision: R2, value: 'veto', tier: 'public', text: 'x' },
      stamp,
    );
    assert.ok(!veto.ok && /veto is for/.test(veto.message));
  });

  it('dismissal keeps the vote, with who, when and why; twice is refused', () => {
    const v = vote('v1', 'rita', 'veto', R2, '2026-12-07T04:00:00Z');
    const dana = actor('dana', ['decision-maker']);
    const r = dismissVote(dana, v, 'Raised on a superseded concern.', stamp.now);
    assert.ok(r.ok);
    assert.deepEqual(r.value.vote.dismissed, { by: 'dana', at: stamp.now, message: 'Raised on a superseded concern.' });
    assert.equal(r.value.vote.value, 'veto');
    const again = dismissVote(dana, r.value.vote, 'again', stamp.now);
    assert.ok(!again.ok && again.code === 'bad-transition');
    const byReviewer = dismissVote(actor('sam', ['reviewer-internal']), v, 'no', stamp.now);
    assert.ok(!byReviewer.ok && byReviewer.code === 'not-permitted');
  });

  it('a newer revision outdates a vote; outdated and dismissed votes do not count; the latest verdict wins', () => {
    const votes = [
      vote('a', 'rita', 'approve', R1, '2026-12-07T01:00:00Z'),
      vote('b', 'sam', 'approve', R2, '2026-12-07T02:00:00Z'),
      vote('c', 'sam', 'request-changes', R2, '2026-12-07T03:00:00Z'),
      vote('d', 'sam', 'comment', R2, '2026-12-07T04:00:00Z'),
      { ...vote('e', 'ivy', 'veto', R2, '2026-12-07T02:00:00Z'), dismissed: { by: 'dana', at: 'x', message: 'm' } },
    ];
    assert.equal(isOutdated(votes[0]!, R2), true);
    assert.equal(isOutdated(votes[0]!, R1), false);
    assert.deepEqual(
      countingVotes(votes, R2).map((v) => v.id),
      ['b', 'c', 'd'],
    );
    assert.deepEqual(
      latestVotes(votes, R2).map((v) => v.id),
      ['c'],
    );
    assert.deepEqual(
      latestVotes(votes, R1).map((v) => v.id),
      ['a'],
    );
  });
});
