import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EXAMPLE_HEADER } from '../check/examples.js';
import { loadCase } from '../format/load-case.js';
import { memoryReader } from '../format/memory-reader.js';
import type { Case } from '../model/case.js';
import { TIERS, type Tier } from '../model/vocab.js';
import { chainNext } from '../record/event-chain.js';
import { judge, openChallenge, type RespondRequest, type ReviewEvent, respond, type Stamp } from './challenge-flow.js';
import { mergedStatus } from './merged-status.js';
import {
  projectChallenge,
  projectCounts,
  projectEvent,
  projectRequirement,
  projectResponse,
  projectSearchHits,
  projectVote,
  publicationOf,
  type SearchHit,
  type TieredEvent,
  visibleChallenges,
} from './projection.js';
import { evaluateRequirements, reviewConfigFrom } from './requirements.js';
import type { Actor, Challenge, Response, Vote } from './types.js';
import { ROLES } from './types.js';
import { castVote, dismissVote } from './votes.js';

const REV = 'a'.repeat(64);
const NODES = ['G1', 'S1', 'G2', 'Sn1'];
const CASE_TEXT = `${EXAMPLE_HEADER}argument:
  G1: { kind: claim, text: Safe., supported_by: [S1] }
  S1: { kind: strategy, text: By risk., supported_by: [G2] }
  G2: { kind: claim, text: Risk A low., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Eval A., evidence: [E1] }
evidence:
  E1: { title: Eval A, kind: red-team, source_type: internal-test, date: 2026-11-01, produced_by: Lab, polarity: supports, tier: restricted }
publication:
  redactions:
    - { target: E1, reason: public-safety, description: A red-team result naming an uplift technique. }
`;
const loaded: Case = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': CASE_TEXT })).case!;

// One person who may do everything and read everything writes the review; readers then see it through projection.
const everyone: Actor = { user: 'root', roles: [...ROLES], level: 'admin', clearance: new Set(TIERS) };
const canary = (t: Tier, what: string) => `CANARY-${t}-${what}`;

interface Step {
  kind: 'challenge' | 'respond' | 'judge' | 'vote' | 'dismiss';
  tier: Tier;
  pick: number;
  flag: boolean;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom('challenge', 'respond', 'judge', 'vote', 'dismiss'),
  tier: fc.constantFrom(...TIERS),
  pick: fc.nat(),
  flag: fc.boolean(),
});

interface Review {
  challenges: Challenge[];
  responses: { r: Response; on: Challenge }[];
  votes: Vote[];
  events: TieredEvent[];
}

/** A review written by running the real flows, with a canary in every free-text and author field. */
function writeReview(steps: Step[]): Review {
  const review: Review = { challenges: [], responses: [], votes: [], events: [] };
  steps.forEach((s, i) => {
    const stamp: Stamp = { id: `id${i}`, now: '2026-12-07T05:00:00Z', caseId: 'c', revision: REV };
    const event = STEPS[s.kind](review, s, stamp, { ...everyone, user: canary(s.tier, 'author') });
    if (!event) return;
    const chained = chainNext(review.events.at(-1), { at: stamp.now, actor: 'root', caseId: 'c', ...event });
    review.events.push({ ...chained, tiers: event.tiers });
  });
  return review;
}

type StepRun = (review: Review, s: Step, stamp: Stamp, as: Actor) => ReviewEvent | undefined;

const STEPS: Record<Step['kind'], StepRun> = {
  challenge: (review, s, stamp, as) => {
    const target = s.flag
      ? { kind: 'node' as const, id: NODES[s.pick % NODES.length]! }
      : { kind: 'evidence' as const, id: 'E1' };
    const request = { target, kind: 'rebutting' as const, severity: 'blocking' as const, revision: REV };
    const r = openChallenge(as, { ...request, tier: s.tier, text: canary(s.tier, 'text') }, stamp);
    if (!r.ok) return undefined;
    review.challenges.push(r.value.challenge);
    return r.value.event;
  },
  vote: (review, s, stamp, as) => {
    const request = { revision: REV, value: s.flag ? ('approve' as const) : ('veto' as const) };
    const r = castVote(as, { ...request, tier: s.tier, text: canary(s.tier, 'vote') }, stamp);
    if (!r.ok) return undefined;
    review.votes.push(r.value.vote);
    return r.value.event;
  },
  dismiss: (review, s, stamp) => {
    if (review.votes.length === 0) return undefined;
    const k = s.pick % review.votes.length;
    const d = dismissVote(everyone, review.votes[k]!, canary(review.votes[k]!.tier, 'dismissal'), stamp.now);
    if (!d.ok) return undefined;
    review.votes[k] = d.value.vote;
    return d.value.event;
  },
  respond: (review, s, stamp, as) => {
    if (review.challenges.length === 0) return undefined;
    const k = s.pick % review.challenges.length;
    const body: RespondRequest = s.flag
      ? { kind: 'rebut', refs: ['G2'], tier: s.tier, text: canary(s.tier, 'response') }
      : { kind: 'accept-residual', reason: canary(s.tier, 'reason'), tier: s.tier, text: canary(s.tier, 'response') };
    const r = respond(as, review.challenges[k]!, body, stamp);
    if (!r.ok) return undefined;
    review.challenges[k] = r.value.challenge;
    review.responses.push({ r: r.value.response, on: r.value.challenge });
    return r.value.event;
  },
  judge: (review, s) => {
    if (review.challenges.length === 0) return undefined;
    const k = s.pick % review.challenges.length;
    const ch = review.challenges[k]!;
    const r = judge(
      { ...everyone, user: ch.author },
      ch,
      s.flag ? 'sustain' : 'withdraw',
      canary(ch.tier, 'judgement'),
    );
    if (!r.ok) return undefined;
    review.challenges[k] = r.value.challenge;
    return r.value.event;
  },
};

/** Everything the server would return to one reader, as JSON text. */
function everythingFor(clearance: Set<Tier>, review: Review, hits: SearchHit[]): string {
  const pub = publicationOf(loaded);
  const requirements = evaluateRequirements({
    config: reviewConfigFrom({ approvals: 1 }),
    decisionKind: 'api-launch',
    revision: REV,
    votes: review.votes,
    challenges: review.challenges,
    roles: [],
    findings: [],
    overrides: [],
  });
  const status = mergedStatus(loaded, visibleChallenges(review.challenges, clearance), { asOf: '2026-12-07' });
  return JSON.stringify({
    challenges: review.challenges.map((c) => projectChallenge(c, clearance, pub)),
    responses: review.responses.map(({ r, on }) => projectResponse(r, on, clearance, pub)),
    votes: review.votes.map((v) => projectVote(v, clearance)),
    events: review.events.map((e) => projectEvent(e, clearance)),
    requirements: requirements.map((r) => projectRequirement(r, clearance)),
    counts: projectCounts(review.challenges, review.votes, clearance),
    hits: projectSearchHits(hits, clearance),
    status: [...status.status.nodes],
    defeaters: [...status.defeaters],
  });
}

describe('projection by clearance', () => {
  it('no canary of a tier the reader lacks reaches them, through any object, event, count, hit or status', () => {
    fc.assert(
      fc.property(
        fc.array(stepArb, { maxLength: 25 }),
        fc.subarray([...TIERS]),
        fc.array(fc.constantFrom(...TIERS), { maxLength: 4 }),
        (steps, tiers, hitTiers) => {
          const review = writeReview(steps);
          const hits = hitTiers.map((t, i) => ({
            kind: 'challenge' as const,
            id: `h${i}`,
            tiers: [t],
            snippet: canary(t, 'hit'),
          }));
          const clearance = new Set(tiers);
          const seen = everythingFor(clearance, review, hits);
          for (const t of TIERS) if (!clearance.has(t)) assert.ok(!seen.includes(`CANARY-${t}`), `${t} leaked`);
          // The twin: a reader cleared for every tier sees every canary that was written.
          const all = everythingFor(new Set(TIERS), review, hits);
          for (const c of review.challenges) assert.ok(all.includes(c.text));
          for (const v of review.votes) assert.ok(all.includes(v.text));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a withheld challenge is a stub saying what and why, with the redaction of its target', () => {
    const review = writeReview([{ kind: 'challenge', tier: 'restricted', pick: 0, flag: false }]);
    const stubbed = projectChallenge(review.challenges[0]!, new Set(['public']), publicationOf(loaded));
    assert.deepEqual(stubbed, {
      withheld: true,
      kind: 'challenge',
      id: 'id0',
      lacking: ['restricted'],
      why: 'withheld: this challenge is at tier restricted, which your clearance does not include; what it concerns is redacted for public safety',
      reason: 'public-safety',
      description: 'A red-team result naming an uplift technique.',
    });
  });

  it('counts by status and value cover visible items only; withheld ones are one number per kind', () => {
    const review = writeReview([
      { kind: 'challenge', tier: 'public', pick: 0, flag: true },
      { kind: 'challenge', tier: 'restricted', pick: 1, flag: true },
      { kind: 'vote', tier: 'restricted', pick: 0, flag: false },
    ]);
    const counts = projectCounts(review.challenges, review.votes, new Set(['public']));
    assert.equal(counts.challenges.open, 1);
    assert.equal(counts.challenges.withheld, 1);
    assert.equal(counts.votes.veto, 0);
    assert.equal(counts.votes.withheld, 1);
  });

  it("a reader's status comes from the challenges they may see", () => {
    const review = writeReview([{ kind: 'challenge', tier: 'restricted', pick: 0, flag: true }]);
    const publicView = mergedStatus(loaded, visibleChallenges(review.challenges, new Set(['public'])), {
      asOf: '2026-12-07',
    });
    const fullView = mergedStatus(loaded, visibleChallenges(review.challenges, new Set(TIERS)), { asOf: '2026-12-07' });
    assert.equal(publicView.status.nodes.get('G1')!.status, 'supported');
    assert.equal(fullView.status.nodes.get('G1')!.status, 'challenged');
  });
});
