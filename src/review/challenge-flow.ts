// The life of a challenge: who may move it, from which status to which, and
// the event each move records. Every function is a pure decision: given the
// actor, the current challenge and the request, it returns the new state and
// its event, or a refusal with a code (never a throw for a user's mistake).
// The store applies the result in one transaction; the event's type and body
// go into the hash-chained log (src/record/event-chain.ts).
//
//   open ──respond──▶ answered ──sustain──▶ sustained ──respond──▶ answered ...
//   open|answered|sustained ──accept-residual──▶ accepted-residual (final)
//   open|answered|sustained ──withdraw──▶ withdrawn (final)
//   open ──sustain (the challenger insisting, or a decision maker ruling, before any answer)──▶ sustained

import { TIERS, type Tier } from '../model/vocab.js';
import { may, type ReviewAction } from './permissions.js';
import type { Refusal, ReviewResult } from './result.js';
import { accept, refuse } from './result.js';
import type { ChallengeAction } from './schemas.js';
import type { Actor, Challenge, ChallengeStatus, Response, ResponseBody } from './types.js';

/** What a move records in the review log. */
export interface ReviewEvent {
  readonly type: string;
  readonly body: unknown;
  /** Tiers a reader must hold every one of to see the body (none: any reader of the case); projection.ts uses it. */
  readonly tiers: readonly Tier[];
}

export interface Moved {
  readonly challenge: Challenge;
  readonly event: ReviewEvent;
}

/** The store's part of a new object: its id, the time, the case and the current revision. */
export interface Stamp {
  readonly id: string;
  readonly now: string;
  readonly caseId: string;
  readonly revision: string;
}

export type OpenRequest = Pick<Challenge, 'target' | 'kind' | 'severity' | 'tier' | 'text' | 'revision'>;
export type RespondRequest = ResponseBody & Pick<Response, 'tier' | 'text'>;

/** Statuses from which each move may start. */
const FROM: Record<'respond' | 'accept-residual' | 'sustain' | 'withdraw', readonly ChallengeStatus[]> = {
  respond: ['open', 'answered', 'sustained'],
  'accept-residual': ['open', 'answered', 'sustained'],
  sustain: ['open', 'answered'],
  withdraw: ['open', 'answered', 'sustained'],
};

/** Raise a challenge. The challenger must be cleared for the tier they write it at, or they could not read it. */
export function openChallenge(actor: Actor, request: OpenRequest, stamp: Stamp): ReviewResult<Moved> {
  const allowed = may(actor, 'open-challenge');
  if (!allowed.ok) return allowed;
  const cleared = clearedFor(actor, request.tier);
  if (cleared) return cleared;
  // Field by field, not a spread: whatever else the caller's object holds stays out of the record.
  const challenge: Challenge = {
    id: stamp.id,
    caseId: stamp.caseId,
    revision: request.revision,
    target: { kind: request.target.kind, id: request.target.id },
    kind: request.kind,
    severity: request.severity,
    tier: request.tier,
    text: request.text,
    author: actor.user,
    at: stamp.now,
    status: 'open',
    version: 1,
  };
  return accept({ challenge, event: { type: 'challenge.opened', body: challenge, tiers: [challenge.tier] } });
}

/** Answer a challenge: rebut, fix and out-of-scope leave it answered; accept-residual closes it (decision makers). */
export function respond(
  actor: Actor,
  challenge: Challenge,
  request: RespondRequest,
  stamp: Stamp,
  expectedVersion?: number,
): ReviewResult<Moved & { response: Response }> {
  const move = request.kind === 'accept-residual' ? 'accept-residual' : 'respond';
  const ready = check(actor, challenge, move, expectedVersion);
  if (!ready.ok) return ready;
  const cleared = clearedFor(actor, request.tier);
  if (cleared) return cleared;
  const response = responseOf(request, {
    id: stamp.id,
    challengeId: challenge.id,
    caseId: challenge.caseId,
    revision: stamp.revision,
    tier: request.tier,
    text: request.text,
    author: actor.user,
    at: stamp.now,
  });
  const status: ChallengeStatus = move === 'accept-residual' ? 'accepted-residual' : 'answered';
  const next = bump(challenge, status);
  return accept({
    challenge: next,
    response,
    event: { type: `challenge.${status}`, body: { response, status }, tiers: tiersOf(challenge.tier, response.tier) },
  });
}

/** The challenger (or a decision maker) sustains a challenge, or the challenger withdraws it, saying why. */
export function judge(
  actor: Actor,
  challenge: Challenge,
  action: ChallengeAction,
  message: string,
  expectedVersion?: number,
): ReviewResult<Moved> {
  const ready = check(actor, challenge, action, expectedVersion);
  if (!ready.ok) return ready;
  const status: ChallengeStatus = action === 'sustain' ? 'sustained' : 'withdrawn';
  const next = bump(challenge, status);
  const body = { id: challenge.id, status, by: actor.user, message, version: next.version };
  return accept({ challenge: next, event: { type: `challenge.${status}`, body, tiers: [challenge.tier] } });
}

/** The stored response: the fields of its kind, named one by one. */
function responseOf(request: RespondRequest, common: Omit<Response, keyof ResponseBody | 'refs'>): Response {
  switch (request.kind) {
    case 'rebut':
      return { ...common, kind: 'rebut', refs: [...request.refs] };
    case 'fix':
      return { ...common, kind: 'fix', fixRevision: request.fixRevision };
    default:
      return { ...common, kind: request.kind, reason: request.reason };
  }
}

/** Version, permission and status checks shared by every move on an existing challenge. */
function check(
  actor: Actor,
  challenge: Challenge,
  move: keyof typeof FROM,
  expectedVersion: number | undefined,
): ReviewResult<void> {
  // Clearance first: a reader who may not see the challenge learns nothing of it, not even its version.
  if (!clearance(actor, challenge.tier)) return refuse('not-found', `no challenge ${challenge.id} in this case`);
  if (expectedVersion !== undefined && expectedVersion !== challenge.version) {
    return refuse(
      'stale',
      `challenge ${challenge.id} is at version ${challenge.version}, not ${expectedVersion}: reload it and try again`,
    );
  }
  const allowed = may(actor, move satisfies ReviewAction, challenge.author);
  if (!allowed.ok) return allowed;
  if (!FROM[move].includes(challenge.status)) {
    return refuse('bad-transition', `cannot ${move} challenge ${challenge.id}: it is ${challenge.status}`);
  }
  return accept(undefined);
}

function bump(challenge: Challenge, status: ChallengeStatus): Challenge {
  return { ...challenge, status, version: challenge.version + 1 };
}

function clearance(actor: Actor, tier: Challenge['tier']): boolean {
  return actor.clearance.has(tier);
}

/** A refusal when the actor may not write at a tier they cannot read. */
function clearedFor(actor: Actor, tier: Challenge['tier']): Refusal | undefined {
  if (clearance(actor, tier)) return undefined;
  return refuse('tier-not-cleared', `${actor.user} is not cleared for ${tier}, so cannot write at that tier`);
}

/** The distinct tiers, in TIERS order. */
export function tiersOf(...tiers: Tier[]): Tier[] {
  return TIERS.filter((t) => tiers.includes(t));
}
