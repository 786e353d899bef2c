// The review model: the objects the review server stores and returns, shared
// by the store, the HTTP API, the CLI and the web app. Plain data only; the
// zod schemas that validate them (and what clients send) are in schemas.ts.
// docs/server.md ("The review model") explains each for readers.
import type { DecisionKind, Tier } from '../model/vocab.js';

/** How a challenge attacks its target (Pollock's defeaters, as GSN's dialectic extension uses them). */
export const CHALLENGE_KINDS = [
  'rebutting', // says the claim is false
  'undercutting', // says the inference (the link) does not hold
  'undermining', // says the evidence or premise is unreliable
] as const;
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number];

/** Whether an unresolved challenge stops sign-off (`no-open-blocking-challenge`). */
export const CHALLENGE_SEVERITIES = ['blocking', 'non-blocking'] as const;
export type ChallengeSeverity = (typeof CHALLENGE_SEVERITIES)[number];

/**
 * Where a challenge stands. open: raised, not answered. answered: an author
 * responded (rebut, fix or out of scope) and the challenger has not judged it.
 * sustained: the challenger (or a decision maker) holds that it still stands.
 * withdrawn: the challenger dropped it. accepted-residual: a decision maker
 * accepted it as residual risk, with a reason.
 */
export const CHALLENGE_STATUSES = ['open', 'answered', 'sustained', 'withdrawn', 'accepted-residual'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

/** What a challenge can be about: an argument node, a link "FROM -> TO" (model linkKey), an evidence item. */
export const TARGET_KINDS = ['node', 'link', 'evidence'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface ChallengeTarget {
  readonly kind: TargetKind;
  /** A node id, an evidence item id, or for a link `linkKey(from, to)`: "G1 -> S1". */
  readonly id: string;
}

export interface Challenge {
  readonly id: string;
  readonly caseId: string;
  /** The revision (digest) it was raised on. */
  readonly revision: string;
  readonly target: ChallengeTarget;
  readonly kind: ChallengeKind;
  readonly severity: ChallengeSeverity;
  /** Who may read it: a reader needs this tier in their clearance. */
  readonly tier: Tier;
  readonly text: string;
  /** The user who raised it: "the challenger". */
  readonly author: string;
  /** ISO-8601 UTC time it was raised. */
  readonly at: string;
  readonly status: ChallengeStatus;
  /** 1 when raised, one more on every change: the ETag of optimistic concurrency. */
  readonly version: number;
}

/** How an author (or a decision maker) answers a challenge. */
export const RESPONSE_KINDS = ['rebut', 'fix', 'accept-residual', 'out-of-scope'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

/** What each response kind carries beyond its text. */
export type ResponseBody =
  /** The challenge is wrong: these argument nodes or evidence items show it. */
  | { readonly kind: 'rebut'; readonly refs: readonly string[] }
  /** The case was changed: this revision (digest) fixes it. */
  | { readonly kind: 'fix'; readonly fixRevision: string }
  /** The doubt stands and is accepted as residual risk (decision makers only). */
  | { readonly kind: 'accept-residual'; readonly reason: string }
  /** The challenge is outside the decision this case supports. */
  | { readonly kind: 'out-of-scope'; readonly reason: string };

export type Response = ResponseBody & {
  readonly id: string;
  readonly challengeId: string;
  readonly caseId: string;
  /** The revision (digest) current when it was written. */
  readonly revision: string;
  readonly tier: Tier;
  readonly text: string;
  readonly author: string;
  readonly at: string;
};

/** A vote's value. veto blocks sign-off (`no-veto`) until dismissed or outdated. */
export const VOTE_VALUES = ['approve', 'request-changes', 'comment', 'veto'] as const;
export type VoteValue = (typeof VOTE_VALUES)[number];

export interface Dismissal {
  readonly by: string;
  readonly at: string;
  /** Why: required, and kept with the vote. */
  readonly message: string;
}

/**
 * A vote on one revision. Never deleted: a newer revision makes it outdated
 * (computed, see votes.ts), a dismissal marks it, and both keep it readable.
 */
export interface Vote {
  readonly id: string;
  readonly caseId: string;
  readonly revision: string;
  readonly value: VoteValue;
  readonly tier: Tier;
  readonly text: string;
  readonly author: string;
  readonly at: string;
  readonly dismissed?: Dismissal;
}

/** What a person does in one case. A person may hold several roles. */
export const ROLES = [
  'author',
  'reviewer-internal',
  'reviewer-independent',
  'reviewer-external',
  'red-team',
  'decision-maker',
  'observer',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose approval is a review; an independent review is one by a reviewer who is not an author. */
export const REVIEWER_ROLES = [
  'reviewer-internal',
  'reviewer-independent',
  'reviewer-external',
  'red-team',
] as const satisfies readonly Role[];

/** Access to a case, lowest first: each level includes the ones before it. */
export const PERMISSION_LEVELS = ['view', 'comment', 'edit', 'admin'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

export const PRINCIPAL_KINDS = ['user', 'team'] as const;
export type PrincipalKind = (typeof PRINCIPAL_KINDS)[number];

/** A permission level on a case granted to a user or a team. The highest grant reaching a user wins. */
export interface Grant {
  readonly caseId: string;
  readonly principal: { readonly kind: PrincipalKind; readonly id: string };
  readonly level: PermissionLevel;
}

/** A role held by a user in a case. */
export interface RoleAssignment {
  readonly caseId: string;
  readonly user: string;
  readonly role: Role;
}

/** The tiers a person may read: a set, not a ladder (regulator does not include internal). */
export type Clearance = ReadonlySet<Tier>;

/** Who is acting or reading, as the review logic sees them for one case. */
export interface Actor {
  readonly user: string;
  readonly roles: readonly Role[];
  readonly level: PermissionLevel;
  readonly clearance: Clearance;
}

/** The sign-off requirements, by name: each is evaluated per revision (requirements.ts). */
export const REQUIREMENT_NAMES = [
  'independent-approvals',
  'no-veto',
  'no-open-blocking-challenge',
  'check-clean',
  'external-review',
] as const;
export type RequirementName = (typeof REQUIREMENT_NAMES)[number];

/** Gerrit's submit-requirement results, which the issue names. */
export const REQUIREMENT_STATES = ['not-applicable', 'satisfied', 'not-satisfied', 'overridden'] as const;
export type RequirementState = (typeof REQUIREMENT_STATES)[number];

/** A decision maker setting a requirement aside on one revision, with a written justification. */
export interface Override {
  readonly caseId: string;
  readonly revision: string;
  readonly requirement: RequirementName;
  readonly by: string;
  readonly at: string;
  readonly justification: string;
}

/** How a case configures its sign-off (the `review:` block, docs/server.md "Sign-off requirements"). */
export interface ReviewConfig {
  /** At least this many approvals from reviewers who are not authors, on the current revision. */
  readonly approvals: number;
  /** Decision kinds that need an approval from an external reviewer. */
  readonly externalReviewFor: readonly DecisionKind[];
  /** Requirements the case switches off: they evaluate as not applicable. */
  readonly off: readonly RequirementName[];
}
