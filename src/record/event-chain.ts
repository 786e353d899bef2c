// The review log's hash chain: every state change on the review server is an
// event carrying the digest of the one before it, so a verifier holding the log
// can tell whether any event was altered, removed or reordered since it was
// written. The digest covers the event's canonical JSON (RFC 8785), so the
// store, the CLI's `server verify-log` and a browser compute the same value.
import { canonicalDigest } from './digest.js';

/** The `prev` of the first event: no event comes before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** One event of the append-only review log. */
export interface ChainedEvent {
  /** 1, 2, 3, ... with no gap: the order the store committed them in. */
  readonly seq: number;
  /** ISO-8601 UTC time the server recorded it. */
  readonly at: string;
  /** Who caused it: a user id, or "system". */
  readonly actor: string;
  /** The case it belongs to, or null for events about accounts and the server. */
  readonly caseId: string | null;
  /** What happened, e.g. "challenge.opened". */
  readonly type: string;
  /** What changed: any JSON value. */
  readonly body: unknown;
  /** The hash of event seq - 1, or GENESIS_HASH for seq 1. */
  readonly prev: string;
  /** canonicalDigest of every field above. */
  readonly hash: string;
}

export type UnhashedEvent = Omit<ChainedEvent, 'hash'>;

/** The digest an event must carry: SHA-256 of the canonical JSON of every field but the hash itself. */
export function eventHash(event: UnhashedEvent): string {
  const { seq, at, actor, caseId, type, body, prev } = event;
  return canonicalDigest({ seq, at, actor, caseId, type, body, prev });
}

/** The next event after `last` (or the first, when last is undefined), with its seq, prev and hash filled in. */
export function chainNext(
  last: Pick<ChainedEvent, 'seq' | 'hash'> | undefined,
  event: Omit<UnhashedEvent, 'seq' | 'prev'>,
): ChainedEvent {
  const unhashed: UnhashedEvent = { ...event, seq: (last?.seq ?? 0) + 1, prev: last?.hash ?? GENESIS_HASH };
  return { ...unhashed, hash: eventHash(unhashed) };
}

export type ChainVerdict =
  | { readonly ok: true; readonly events: number; readonly head: string }
  | { readonly ok: false; readonly seq: number; readonly reason: string };

/**
 * Checks a log in order: seq runs 1, 2, 3 without gaps, each prev is the hash before it,
 * and each hash is the digest of its event. Stops at the first break and names it.
 */
export function verifyChain(events: Iterable<ChainedEvent>): ChainVerdict {
  let seq = 0;
  let head = GENESIS_HASH;
  for (const event of events) {
    const broken = breakIn(event, seq + 1, head);
    if (broken) return { ok: false, seq: event.seq, reason: broken };
    seq = event.seq;
    head = event.hash;
  }
  return { ok: true, events: seq, head };
}

function breakIn(event: ChainedEvent, seq: number, prev: string): string | undefined {
  if (event.seq !== seq) return `expected event ${seq}, found event ${event.seq}: an event is missing or out of order`;
  if (event.prev !== prev) return `its prev ${event.prev} is not the hash of event ${seq - 1} (${prev})`;
  const hash = eventHash(event);
  if (event.hash !== hash) return `its content does not match its hash (recorded ${event.hash}, computed ${hash})`;
  return undefined;
}
