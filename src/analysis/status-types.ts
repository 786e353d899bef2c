// The support status of argument nodes: the vocabulary every analysis, view
// and report shares. The propagation itself lives in status.ts.

/**
 * How well a node is supported, best first. A claim is no better than the
 * weakest support it needs, so propagation takes the worst (highest rank) of
 * what a node rests on, with the exceptions status.ts documents.
 *
 * - supported: everything it rests on is supported, current and unchallenged.
 * - partial: some of its support is missing or weak while some holds
 *   (for example one of two sub-claims undeveloped under a strategy that
 *   needs only part of its support, or evidence with mixed polarity).
 * - stale: rests on evidence past its validity window at the as-of date,
 *   dated after it, or measured on another build than the context declares.
 * - challenged: an open defeater challenges it or something it rests on.
 * - undeveloped: marked undeveloped, or has no support at all.
 * - defeated: an accepted defeater (or `defeated: true`) defeats it or
 *   something it needs.
 */
export const SUPPORT_STATUSES = ['supported', 'partial', 'stale', 'challenged', 'undeveloped', 'defeated'] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

/** Words for people (diagrams and reports show a label, never colour alone). */
export const STATUS_LABELS: Record<SupportStatus, string> = {
  supported: 'supported',
  partial: 'partially supported',
  stale: 'stale',
  challenged: 'challenged',
  undeveloped: 'undeveloped',
  defeated: 'defeated',
};

/** 0 for supported up to 5 for defeated: the worse status has the higher rank. */
export function statusRank(s: SupportStatus): number {
  return SUPPORT_STATUSES.indexOf(s);
}

/** Why a node has its status: one cause, pointing at the node or item that caused it. */
export interface StatusReason {
  /** Stable short code for the cause, e.g. "undeveloped", "open-defeater", "expired-evidence", "build-mismatch", "inherited". */
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
