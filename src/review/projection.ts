// What a reader may see of the review, by their clearance (a set of tiers).
// An allow-list: every projected object is built field by field from the
// names below, never by copying the stored object and deleting what is
// secret, so a field added to the store later stays private until someone
// lists it here (the mistake TEA made in its publish snapshot, PR #888).
//
// A withheld item becomes a stub: what kind of thing it is, its id, the tiers
// the reader lacks, and why, from the case's publication section when it
// redacts the item's target. Never its content, author or time.
//
// Counts: a count broken down by status, severity or value is taken over the
// items the reader can see; withheld items are counted in one `withheld`
// number per kind, which says no more than the stubs already do. Search is
// the exception to stubs: a withheld hit is dropped, not stubbed, because a
// stub would answer "does some restricted text contain this word?".

import type { Case } from '../model/case.js';
import { parseChallenge } from '../model/graph.js';
import type { Publication } from '../model/schema.js';
import type { RedactionReason, Tier } from '../model/vocab.js';
import { TIERS } from '../model/vocab.js';
import type { ChainedEvent } from '../record/event-chain.js';
import type { RequirementResult } from './requirements.js';
import type { Challenge, ChallengeStatus, ChallengeTarget, Clearance, Response, Vote, VoteValue } from './types.js';
import { CHALLENGE_STATUSES, VOTE_VALUES } from './types.js';

export const WITHHELD_KINDS = ['challenge', 'response', 'vote', 'event', 'requirement'] as const;
export type WithheldKind = (typeof WITHHELD_KINDS)[number];

export interface Withheld {
  readonly withheld: true;
  readonly kind: WithheldKind;
  /** The item's id (an event's seq as text): opaque, so it says nothing of the content. */
  readonly id: string;
  /** The tiers the reader would need and lacks. */
  readonly lacking: readonly Tier[];
  /** Why, in words. */
  readonly why: string;
  /** When the case's publication section redacts what the item is about: its reason and the character of what is withheld. */
  readonly reason?: RedactionReason;
  readonly description?: string;
}

export type Projected<T> = T | Withheld;

/** A stored event with the tiers its body needs (ReviewEvent.tiers, kept by the store beside the chain). */
export type TieredEvent = ChainedEvent & { readonly tiers: readonly Tier[] };

export interface SearchHit {
  readonly kind: 'challenge' | 'response' | 'vote';
  readonly id: string;
  readonly tiers: readonly Tier[];
  readonly snippet: string;
}

/** The reader's lacking tiers among `tiers`, in TIERS order; empty when they may read it. */
export function lacking(clearance: Clearance, tiers: readonly Tier[]): Tier[] {
  return TIERS.filter((t) => tiers.includes(t) && !clearance.has(t));
}

export function projectChallenge(ch: Challenge, clearance: Clearance, publication?: Publication): Projected<Challenge> {
  const missing = lacking(clearance, [ch.tier]);
  if (missing.length > 0) return stub('challenge', ch.id, missing, redactionOf(publication, ch.target));
  return {
    id: ch.id,
    caseId: ch.caseId,
    revision: ch.revision,
    target: { kind: ch.target.kind, id: ch.target.id },
    kind: ch.kind,
    severity: ch.severity,
    tier: ch.tier,
    text: ch.text,
    author: ch.author,
    at: ch.at,
    status: ch.status,
    version: ch.version,
  };
}

/** A response shows only to a reader cleared for it and for the challenge it answers (it would reveal that too). */
export function projectResponse(
  r: Response,
  challenge: Pick<Challenge, 'tier' | 'target'>,
  clearance: Clearance,
  publication?: Publication,
): Projected<Response> {
  const missing = lacking(clearance, [r.tier, challenge.tier]);
  if (missing.length > 0) return stub('response', r.id, missing, redactionOf(publication, challenge.target));
  const common = {
    id: r.id,
    challengeId: r.challengeId,
    caseId: r.caseId,
    revision: r.revision,
    tier: r.tier,
    text: r.text,
    author: r.author,
    at: r.at,
  };
  switch (r.kind) {
    case 'rebut':
      return { ...common, kind: r.kind, refs: [...r.refs] };
    case 'fix':
      return { ...common, kind: r.kind, fixRevision: r.fixRevision };
    default:
      return { ...common, kind: r.kind, reason: r.reason };
  }
}

export function projectVote(v: Vote, clearance: Clearance): Projected<Vote> {
  const missing = lacking(clearance, [v.tier]);
  if (missing.length > 0) return stub('vote', v.id, missing, undefined);
  const vote: Vote = {
    id: v.id,
    caseId: v.caseId,
    revision: v.revision,
    value: v.value,
    tier: v.tier,
    text: v.text,
    author: v.author,
    at: v.at,
  };
  return v.dismissed
    ? { ...vote, dismissed: { by: v.dismissed.by, at: v.dismissed.at, message: v.dismissed.message } }
    : vote;
}

/**
 * An event of the log: whole for a reader holding every tier it needs, else a
 * stub holding its seq only. The body is passed on as stored: the flows build
 * it from objects they built field by field, and its tiers cover everything in it.
 */
export function projectEvent(e: TieredEvent, clearance: Clearance): Projected<TieredEvent> {
  const missing = lacking(clearance, e.tiers);
  if (missing.length > 0) return stub('event', String(e.seq), missing, undefined);
  return {
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    caseId: e.caseId,
    type: e.type,
    body: e.body,
    prev: e.prev,
    hash: e.hash,
    tiers: [...e.tiers],
  };
}

/** A requirement's result, withheld whole when it looked at any item the reader may not see. */
export function projectRequirement(r: RequirementResult, clearance: Clearance): Projected<RequirementResult> {
  const missing = lacking(clearance, r.tiers);
  if (missing.length > 0) return stub('requirement', r.name, missing, undefined);
  const result = {
    name: r.name,
    state: r.state,
    asks: r.asks,
    found: r.found,
    items: [...r.items],
    tiers: [...r.tiers],
  };
  return r.override ? { ...result, override: { ...pickOverride(r.override) } } : result;
}

function pickOverride(o: NonNullable<RequirementResult['override']>): NonNullable<RequirementResult['override']> {
  return { by: o.by, at: o.at, justification: o.justification };
}

/** Search hits the reader may see, in the order given; withheld hits are dropped (see the top of this file). */
export function projectSearchHits(hits: readonly SearchHit[], clearance: Clearance): SearchHit[] {
  return hits
    .filter((h) => lacking(clearance, h.tiers).length === 0)
    .map((h) => ({ kind: h.kind, id: h.id, tiers: [...h.tiers], snippet: h.snippet }));
}

export interface ReviewCounts {
  readonly challenges: Readonly<Record<ChallengeStatus, number>> & { readonly withheld: number };
  readonly votes: Readonly<Record<VoteValue, number>> & { readonly withheld: number };
}

/** Counts by status and by value over what the reader sees, and one withheld count per kind. */
export function projectCounts(
  challenges: readonly Challenge[],
  votes: readonly Vote[],
  clearance: Clearance,
): ReviewCounts {
  const byStatus = zeros(CHALLENGE_STATUSES);
  const byValue = zeros(VOTE_VALUES);
  let hiddenChallenges = 0;
  let hiddenVotes = 0;
  for (const c of challenges) {
    if (clearance.has(c.tier)) byStatus[c.status]++;
    else hiddenChallenges++;
  }
  for (const v of votes) {
    if (clearance.has(v.tier)) byValue[v.value]++;
    else hiddenVotes++;
  }
  return { challenges: { ...byStatus, withheld: hiddenChallenges }, votes: { ...byValue, withheld: hiddenVotes } };
}

/** The challenges a reader's status view is computed from: theirs to see. */
export function visibleChallenges(challenges: readonly Challenge[], clearance: Clearance): Challenge[] {
  return challenges.filter((c) => clearance.has(c.tier));
}

/** The publication section of a case, for the stubs' why. */
export function publicationOf(c: Pick<Case, 'publication'>): Publication | undefined {
  return c.publication?.value;
}

type Redaction = NonNullable<Publication['redactions']>[number];

/** The redaction of what a challenge is about (the node, the item, or either end of a link), if the case has one. */
function redactionOf(publication: Publication | undefined, target: ChallengeTarget): Redaction | undefined {
  const redactions = publication?.redactions ?? [];
  const parsed = target.kind === 'link' ? parseChallenge(target.id) : undefined;
  const ids = parsed && 'link' in parsed ? [parsed.link.from, parsed.link.to] : [target.id];
  return redactions.find((r) => ids.includes(r.target));
}

function stub(kind: WithheldKind, id: string, missing: Tier[], redaction: Redaction | undefined): Withheld {
  const tiers = `tier ${missing.join(' and ')}, which your clearance does not include`;
  const why =
    kind === 'requirement'
      ? `withheld: this result rests on items at ${tiers}`
      : `withheld: this ${kind} is at ${tiers}`;
  if (!redaction) return { withheld: true, kind, id, lacking: missing, why };
  return {
    withheld: true,
    kind,
    id,
    lacking: missing,
    why: `${why}; what it concerns is redacted for ${redaction.reason.replaceAll('-', ' ')}`,
    reason: redaction.reason,
    description: redaction.description,
  };
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}
