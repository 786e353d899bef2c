// The support status of argument nodes: the vocabulary, and the one order of
// severity, that every analysis, view and report shares. The propagation
// itself lives in status.ts; docs/analysis.md states the rules for readers.

/**
 * How well a node is supported, mildest first. This is the one order of
 * severity: status, why, whatif, critical, diff, impact and the reports all
 * rank by it. The first five are *established* (the node holds, with a
 * qualification); the last three are *not established*, and every one of them
 * ranks worse than any open question, so a failed leg can never look milder
 * than a challenge.
 *
 * - supported: everything it rests on is supported, current and unchallenged.
 * - degraded: established through declared alternatives (`support:
 *   { at_least }`), but one or more of them is lost: the margin is reduced.
 * - stale: rests on evidence past its validity window at the as-of date,
 *   dated after it, measured on another build than the case decides on, or
 *   marked for review.
 * - contested: rests on evidence with mixed results.
 * - challenged: an open defeater challenges it or something it rests on, or
 *   it rests on undermining evidence.
 * - unsupported: a leg it needs has failed (a required child, link or
 *   evidence item is not established, or fewer than `at_least` of its
 *   declared alternatives hold).
 * - undeveloped: it has no argument at all (marked undeveloped, or nothing
 *   below it).
 * - defeated: an accepted defeater, `defeated: true` or a what-if defeats the
 *   node itself or a frame it is stated in.
 */
export const SUPPORT_STATUSES = [
  'supported',
  'degraded',
  'stale',
  'contested',
  'challenged',
  'unsupported',
  'undeveloped',
  'defeated',
] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

/** Words for people (diagrams and reports show a label, never colour alone). */
export const STATUS_LABELS: Record<SupportStatus, string> = {
  supported: 'supported',
  degraded: 'degraded',
  stale: 'stale',
  contested: 'contested',
  challenged: 'challenged',
  unsupported: 'unsupported',
  undeveloped: 'undeveloped',
  defeated: 'defeated',
};

/** 0 for supported up to 7 for defeated: the worse status has the higher rank. */
export function statusRank(s: SupportStatus): number {
  return SUPPORT_STATUSES.indexOf(s);
}

/** The rank from which a node is not established (unsupported, undeveloped, defeated). */
const NOT_ESTABLISHED_RANK = statusRank('unsupported');

/** True for unsupported, undeveloped and defeated: the node does not hold. */
export function notEstablished(s: SupportStatus): boolean {
  return statusRank(s) >= NOT_ESTABLISHED_RANK;
}

/** A status in words with what it means for the node: "unsupported (not established)". */
export function statusPhrase(s: SupportStatus): string {
  return notEstablished(s) ? `${STATUS_LABELS[s]} (not established)` : STATUS_LABELS[s];
}

/** Why a node has its status: one cause, pointing at the node or item that caused it. */
export interface StatusReason {
  /** Stable short code for the cause, e.g. "failed-leg", "open-defeater", "expired-evidence", "inherited". */
  code: string;
  /** One sentence for a person. */
  message: string;
  /** The node the cause sits on (the defeater, the undeveloped leaf, the child it inherits from). */
  node?: string;
  /** The evidence registry item the cause sits on. */
  evidence?: string;
}

export interface NodeStatus {
  status: SupportStatus;
  /** Causes, most important first; empty for supported. */
  reasons: StatusReason[];
  /** Mitigated and refuted defeaters against the node: no effect on its status, listed for the reader. */
  resolved?: StatusReason[];
}

/** The status of every claim, strategy and evidence node of a case. */
export interface CaseStatus {
  /** The as-of date the statuses were computed for (YYYY-MM-DD). */
  asOf: string;
  /** The top claim (first root claim), if any. */
  top?: string;
  /** Claim, strategy and evidence nodes, in case order. Context, assumption, justification and defeater nodes are not in it. */
  nodes: Map<string, NodeStatus>;
  /** How many nodes have each status. */
  counts: Record<SupportStatus, number>;
  /** Evidence items cited by evidence nodes (registered ones in registry order, then missing ones), with their own status. */
  items?: Map<string, NodeStatus>;
}
