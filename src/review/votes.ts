// Votes: bound to one revision, never deleted. A newer revision outdates a
// vote (it still reads, it no longer counts); a dismissal needs a message and
// keeps the vote readable beside it. Pure decisions, as in challenge-flow.ts.
import type { ReviewEvent, Stamp } from './challenge-flow.js';
import { may } from './permissions.js';
import type { ReviewResult } from './result.js';
import { accept, refuse } from './result.js';
import type { Actor, Vote } from './types.js';

export type VoteRequest = Pick<Vote, 'revision' | 'value' | 'tier' | 'text'>;

/** Cast a vote on the current revision (`stamp.revision`): a vote on an older one would be outdated at birth. */
export function castVote(
  actor: Actor,
  request: VoteRequest,
  stamp: Stamp,
): ReviewResult<{ vote: Vote; event: ReviewEvent }> {
  const allowed = may(actor, request.value === 'veto' ? 'veto' : 'vote');
  if (!allowed.ok) return allowed;
  if (!actor.clearance.has(request.tier)) {
    return refuse('tier-not-cleared', `${actor.user} is not cleared for ${request.tier}, so cannot write at that tier`);
  }
  if (request.revision !== stamp.revision) {
    return refuse('outdated-revision', `revision ${request.revision} is not the current one (${stamp.revision})`);
  }
  const vote: Vote = { ...request, id: stamp.id, caseId: stamp.caseId, author: actor.user, at: stamp.now };
  return accept({ vote, event: { type: 'vote.cast', body: vote, tiers: [vote.tier] } });
}

/** Dismiss a vote with a message; the vote stays, marked. */
export function dismissVote(
  actor: Actor,
  vote: Vote,
  message: string,
  now: string,
): ReviewResult<{ vote: Vote; event: ReviewEvent }> {
  if (!actor.clearance.has(vote.tier)) return refuse('not-found', `no vote ${vote.id} in this case`);
  const allowed = may(actor, 'dismiss-vote');
  if (!allowed.ok) return allowed;
  if (vote.dismissed) return refuse('bad-transition', `vote ${vote.id} was already dismissed by ${vote.dismissed.by}`);
  const dismissed = { by: actor.user, at: now, message };
  return accept({
    vote: { ...vote, dismissed },
    event: { type: 'vote.dismissed', body: { id: vote.id, ...dismissed }, tiers: [vote.tier] },
  });
}

/** True when the vote was cast on another revision than the current one. */
export function isOutdated(vote: Vote, currentRevision: string): boolean {
  return vote.revision !== currentRevision;
}

/** Votes that count on the current revision: not outdated, not dismissed. */
export function countingVotes(votes: readonly Vote[], currentRevision: string): Vote[] {
  return votes.filter((v) => !isOutdated(v, currentRevision) && v.dismissed === undefined);
}

/**
 * Each person's latest counting verdict: a reviewer who approves, then requests
 * changes, counts once, as the latter. Comments are remarks, not verdicts, so a
 * later comment leaves an approval standing.
 */
export function latestVotes(votes: readonly Vote[], currentRevision: string): Vote[] {
  const byAuthor = new Map<string, Vote>();
  for (const v of countingVotes(votes, currentRevision)) {
    if (v.value === 'comment') continue;
    const seen = byAuthor.get(v.author);
    if (seen === undefined || seen.at <= v.at) byAuthor.set(v.author, v);
  }
  return [...byAuthor.values()];
}
