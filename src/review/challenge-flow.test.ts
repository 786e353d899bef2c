import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { judge, openChallenge, type RespondRequest, respond, type Stamp } from './challenge-flow.js';
import type { Actor, Challenge, ChallengeStatus, Role } from './types.js';
import { CHALLENGE_STATUSES } from './types.js';

const REV = 'a'.repeat(64);
const stamp: Stamp = { id: 'x1', now: '2026-12-07T05:00:00Z', caseId: 'case', revision: 'b'.repeat(64) };

function actor(user: string, roles: Role[], tiers: Actor['clearance'] = new Set(['public', 'internal'])): Actor {
  return { user, roles, level: 'comment', clearance: tiers };
}
const rita = actor('rita', ['reviewer-independent']);
const ann = actor('ann', ['author']);
const dana = actor('dana', ['decision-maker']);

function challenge(status: ChallengeStatus, over: Partial<Challenge> = {}): Challenge {
  return {
    id: 'ch1',
    caseId: 'case',
    revision: REV,
    target: { kind: 'node', id: 'G1' },
    kind: 'rebutting',
    severity: 'blocking',
    tier: 'internal',
    text: 'G1 overstates the evaluation.',
    author: 'rita',
    at: '2026-12-07T04:00:00Z',
    status,
    version: 3,
    ...over,
  };
}

const rebut: RespondRequest = { kind: 'rebut', refs: ['E2'], tier: 'internal', text: 'E2 covers it.' };
const residual: RespondRequest = {
  kind: 'accept-residual',
  reason: 'Bounded by monitoring.',
  tier: 'internal',
  text: 'Accepted.',
};

type Move = 'rebut' | 'accept-residual' | 'sustain' | 'withdraw';
function run(move: Move, who: Actor, c: Challenge, expected?: number) {
  if (move === 'rebut') return respond(who, c, rebut, stamp, expected);
  if (move === 'accept-residual') return respond(who, c, residual, stamp, expected);
  return judge(who, c, move, 'Because.', expected);
}

// Every status x move, by someone allowed to make the move: the resulting status, or the refusal.
const TRANSITIONS: Record<Move, [Actor, Record<ChallengeStatus, ChallengeStatus | 'bad-transition'>]> = {
  rebut: [
    ann,
    {
      open: 'answered',
      answered: 'answered',
      sustained: 'answered',
      withdrawn: 'bad-transition',
      'accepted-residual': 'bad-transition',
    },
  ],
  'accept-residual': [
    dana,
    {
      open: 'accepted-residual',
      answered: 'accepted-residual',
      sustained: 'accepted-residual',
      withdrawn: 'bad-transition',
      'accepted-residual': 'bad-transition',
    },
  ],
  sustain: [
    rita,
    {
      open: 'sustained',
      answered: 'sustained',
      sustained: 'bad-transition',
      withdrawn: 'bad-transition',
      'accepted-residual': 'bad-transition',
    },
  ],
  withdraw: [
    rita,
    {
      open: 'withdrawn',
      answered: 'withdrawn',
      sustained: 'withdrawn',
      withdrawn: 'bad-transition',
      'accepted-residual': 'bad-transition',
    },
  ],
};

describe('challenge flow', () => {
  it('opens a challenge as open, version 1, by the actor, with its event', () => {
    const r = openChallenge(rita, { ...challenge('open'), target: { kind: 'link', id: 'G1 -> S1' } }, stamp);
    assert.ok(r.ok);
    assert.deepEqual(
      [r.value.challenge.status, r.value.challenge.version, r.value.challenge.author, r.value.challenge.id],
      ['open', 1, 'rita', 'x1'],
    );
    assert.equal(r.value.event.type, 'challenge.opened');
  });

  it('records only the fields of the model, whatever else the request object holds', () => {
    const loose = { ...challenge('open'), status: 'withdrawn', version: 9, secret: 'x' } as Challenge;
    const opened = openChallenge(rita, loose, stamp);
    assert.ok(opened.ok && !('secret' in opened.value.challenge) && opened.value.challenge.status === 'open');
    const answered = respond(ann, challenge('open'), { ...rebut, secret: 'x' } as RespondRequest, stamp);
    assert.ok(answered.ok && !('secret' in answered.value.response));
  });

  it('refuses to open for an author, or at a tier the challenger cannot read', () => {
    const byAuthor = openChallenge(ann, challenge('open'), stamp);
    assert.ok(!byAuthor.ok && byAuthor.code === 'not-permitted');
    const tooHigh = openChallenge(rita, { ...challenge('open'), tier: 'restricted' }, stamp);
    assert.ok(!tooHigh.ok && tooHigh.code === 'tier-not-cleared');
  });

  it('every status x move leads where the table says', () => {
    for (const [move, [who, to]] of Object.entries(TRANSITIONS) as [Move, (typeof TRANSITIONS)[Move]][]) {
      for (const from of CHALLENGE_STATUSES) {
        const r = run(move, who, challenge(from));
        const got = r.ok ? r.value.challenge.status : r.code;
        assert.equal(got, to[from], `${move} from ${from}`);
        if (r.ok) {
          assert.equal(r.value.challenge.version, 4, 'each move bumps the version');
          assert.equal(r.value.event.type, `challenge.${to[from]}`);
        }
      }
    }
  });

  it('only the challenger withdraws; the challenger or a decision maker sustains; authors alone rebut', () => {
    const code = (r: ReturnType<typeof run>) => (r.ok ? 'ok' : r.code);
    assert.equal(code(run('withdraw', dana, challenge('open'))), 'not-permitted');
    assert.equal(code(run('sustain', dana, challenge('answered'))), 'ok');
    assert.equal(code(run('sustain', actor('sam', ['reviewer-internal']), challenge('answered'))), 'not-permitted');
    assert.equal(code(run('rebut', rita, challenge('open'))), 'not-permitted');
    assert.equal(code(run('accept-residual', ann, challenge('open'))), 'not-permitted');
  });

  it('a response records what it answers and the revision it was written on', () => {
    const r = respond(
      ann,
      challenge('open'),
      { kind: 'fix', fixRevision: 'c'.repeat(64), tier: 'public', text: 'Fixed.' },
      stamp,
    );
    assert.ok(r.ok);
    assert.deepEqual(
      [r.value.response.challengeId, r.value.response.revision, r.value.response.author, r.value.response.kind],
      ['ch1', stamp.revision, 'ann', 'fix'],
    );
  });

  it("refuses a stale version, and hides a challenge above the actor's clearance", () => {
    const stale = run('rebut', ann, challenge('open'), 2);
    assert.ok(!stale.ok && stale.code === 'stale' && /version 3, not 2/.test(stale.message));
    assert.ok(run('rebut', ann, challenge('open'), 3).ok);
    const publicAnn = actor('ann', ['author'], new Set(['public']));
    const hidden = run('rebut', publicAnn, challenge('open'), 2);
    assert.ok(!hidden.ok && hidden.code === 'not-found' && !/version/.test(hidden.message));
  });
});

describe('challenge life-cycle properties', () => {
  const moveArb = fc.record({
    move: fc.constantFrom<Move>('rebut', 'accept-residual', 'sustain', 'withdraw'),
    who: fc.constantFrom(rita, ann, dana, actor('sam', ['reviewer-internal'])),
  });

  it('any sequence of moves: each accepted move bumps the version by one, refusals change nothing, final stays final', () => {
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 12 }), (moves) => {
        let c = challenge('open', { version: 1 });
        for (const { move, who } of moves) {
          const r = run(move, who, c, c.version);
          if (c.status === 'withdrawn' || c.status === 'accepted-residual') {
            assert.ok(!r.ok, `${move} after ${c.status}`);
            continue;
          }
          if (!r.ok) continue;
          assert.equal(r.value.challenge.version, c.version + 1);
          assert.deepEqual(
            { ...r.value.challenge, status: c.status, version: c.version },
            c,
            'only status and version change',
          );
          c = r.value.challenge;
        }
        assert.ok(CHALLENGE_STATUSES.includes(c.status));
      }),
    );
  });
});
