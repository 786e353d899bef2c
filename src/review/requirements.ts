// Sign-off requirements, after Gerrit's submit requirements: each is named,
// evaluated per revision, and is not-applicable, satisfied, not-satisfied or
// overridden (a decision maker's written justification wins whatever the
// evaluation said, and is reported as an override, never as satisfied).
// Pure: the votes, challenges, roles, check findings and overrides come in.

import type { z } from 'zod';
import type { Severity } from '../model/diagnostic.js';
import type { DecisionKind, Tier } from '../model/vocab.js';
import { TIERS } from '../model/vocab.js';
import type { reviewConfigSchema } from './schemas.js';
import { DEFAULT_EXTERNAL_REVIEW_FOR } from './schemas.js';
import type {
  Challenge,
  ChallengeStatus,
  Override,
  RequirementName,
  RequirementState,
  ReviewConfig,
  Role,
  RoleAssignment,
  Vote,
} from './types.js';
import { REQUIREMENT_NAMES } from './types.js';
import { latestVotes } from './votes.js';

export interface RequirementInput {
  readonly config: ReviewConfig;
  readonly decisionKind: DecisionKind;
  /** The revision evaluated: the current one. */
  readonly revision: string;
  /** Every vote of the case, any revision: outdated and dismissed ones are left out here. */
  readonly votes: readonly Vote[];
  /** Every challenge of the case, whatever revision it was raised on. */
  readonly challenges: readonly Challenge[];
  readonly roles: readonly RoleAssignment[];
  /** `warrant check` findings for this revision; undefined when it has not been checked. */
  readonly findings: readonly { readonly severity: Severity }[] | undefined;
  readonly overrides: readonly Override[];
}

export interface RequirementResult {
  readonly name: RequirementName;
  readonly state: RequirementState;
  /** What it asks, in words. */
  readonly asks: string;
  /** What was found, in words (counts and ids, never review text). */
  readonly found: string;
  /** Ids of the votes or challenges that satisfy or block it. */
  readonly items: readonly string[];
  /** Tiers of every item it looked at (projection.ts withholds the result from a reader missing one). */
  readonly tiers: readonly Tier[];
  readonly override?: Pick<Override, 'by' | 'at' | 'justification'>;
}

type Evaluation = Pick<RequirementResult, 'found' | 'items' | 'tiers'> & { satisfied: boolean };

/** A blocking challenge stands in the way until it is withdrawn or accepted as residual risk by a decision maker. */
export const UNRESOLVED: readonly ChallengeStatus[] = ['open', 'answered', 'sustained'];

/** Roles whose approval is independent of the authors (unless the person is also an author). */
const INDEPENDENT: readonly Role[] = ['reviewer-independent', 'reviewer-external'];

/** Every requirement, in REQUIREMENT_NAMES order, evaluated on `input.revision`. */
export function evaluateRequirements(input: RequirementInput): RequirementResult[] {
  return REQUIREMENT_NAMES.map((name) => evaluateOne(name, input));
}

/** True when nothing stands in the way of sign-off: every requirement satisfied, not applicable or overridden. */
export function signOffReady(results: readonly RequirementResult[]): boolean {
  return results.every((r) => r.state !== 'not-satisfied');
}

function evaluateOne(name: RequirementName, input: RequirementInput): RequirementResult {
  const asks = ASKS[name](input.config);
  if (!applies(name, input)) {
    return { name, state: 'not-applicable', asks, found: notApplicableWhy(name, input), items: [], tiers: [] };
  }
  const ev = EVALUATE[name](input);
  const result: RequirementResult = {
    name,
    state: ev.satisfied ? 'satisfied' : 'not-satisfied',
    asks,
    found: ev.found,
    items: ev.items,
    tiers: ev.tiers,
  };
  const o = input.overrides.find((x) => x.requirement === name && x.revision === input.revision);
  if (!o) return result;
  return { ...result, state: 'overridden', override: { by: o.by, at: o.at, justification: o.justification } };
}

function applies(name: RequirementName, input: RequirementInput): boolean {
  if (input.config.off.includes(name)) return false;
  if (name === 'independent-approvals') return input.config.approvals > 0;
  if (name === 'external-review') return input.config.externalReviewFor.includes(input.decisionKind);
  return true;
}

function notApplicableWhy(name: RequirementName, input: RequirementInput): string {
  if (input.config.off.includes(name)) return 'switched off by the case';
  if (name === 'external-review') return `not required for a ${input.decisionKind} decision`;
  return 'the case asks for no approvals';
}

const ASKS: Record<RequirementName, (config: ReviewConfig) => string> = {
  'independent-approvals': (c) =>
    `at least ${c.approvals} approval${c.approvals === 1 ? '' : 's'} on this revision from reviewers independent of the authors`,
  'no-veto': () => 'no veto on this revision',
  'no-open-blocking-challenge': () => 'no blocking challenge left unresolved',
  'check-clean': () => '`warrant check` finds no errors in this revision',
  'external-review': () => 'an approval on this revision from an external reviewer',
};

const EVALUATE: Record<RequirementName, (input: RequirementInput) => Evaluation> = {
  'independent-approvals': (input) => {
    const approvals = approvalsBy(input, INDEPENDENT);
    const found = `${approvals.items.length} of ${input.config.approvals} independent approvals`;
    return { ...approvals, found, satisfied: approvals.items.length >= input.config.approvals };
  },
  'no-veto': (input) => {
    const latest = latestVotes(input.votes, input.revision);
    const vetoes = latest.filter((v) => v.value === 'veto');
    const found = vetoes.length === 0 ? 'no veto' : `${vetoes.length} veto${vetoes.length === 1 ? '' : 'es'}`;
    return { found, items: ids(vetoes), tiers: tiersOf(latest), satisfied: vetoes.length === 0 };
  },
  'no-open-blocking-challenge': (input) => {
    const blocking = input.challenges.filter((c) => c.severity === 'blocking' && UNRESOLVED.includes(c.status));
    const found = `${blocking.length} unresolved blocking challenge${blocking.length === 1 ? '' : 's'}`;
    return { found, items: ids(blocking), tiers: tiersOf(input.challenges), satisfied: blocking.length === 0 };
  },
  'check-clean': (input) => {
    if (input.findings === undefined) return { found: 'not checked', items: [], tiers: [], satisfied: false };
    const errors = input.findings.filter((f) => f.severity === 'error').length;
    return { found: `${errors} error${errors === 1 ? '' : 's'}`, items: [], tiers: [], satisfied: errors === 0 };
  },
  'external-review': (input) => {
    const approvals = approvalsBy(input, ['reviewer-external']);
    const found = `${approvals.items.length} external approval${approvals.items.length === 1 ? '' : 's'}`;
    return { ...approvals, found, satisfied: approvals.items.length > 0 };
  },
};

/** Latest approvals on the revision by people holding one of `roles` and not the author role. */
function approvalsBy(input: RequirementInput, roles: readonly Role[]): Pick<Evaluation, 'items' | 'tiers'> {
  const held = rolesByUser(input.roles);
  const latest = latestVotes(input.votes, input.revision);
  const counted = latest.filter((v) => {
    const mine = held.get(v.author) ?? new Set<Role>();
    return v.value === 'approve' && !mine.has('author') && roles.some((r) => mine.has(r));
  });
  return { items: ids(counted), tiers: tiersOf(latest) };
}

function rolesByUser(roles: readonly RoleAssignment[]): Map<string, Set<Role>> {
  const out = new Map<string, Set<Role>>();
  for (const r of roles) {
    const set = out.get(r.user) ?? new Set<Role>();
    set.add(r.role);
    out.set(r.user, set);
  }
  return out;
}

function ids(items: readonly { id: string }[]): string[] {
  return items.map((i) => i.id).sort();
}

function tiersOf(items: readonly { tier: Tier }[]): Tier[] {
  const present = new Set(items.map((i) => i.tier));
  return TIERS.filter((t) => present.has(t));
}

/** The case's `review:` block (as schemas.ts validates it) with the defaults filled in. */
export function reviewConfigFrom(raw: z.infer<typeof reviewConfigSchema> | undefined): ReviewConfig {
  return {
    approvals: raw?.approvals ?? 1,
    externalReviewFor: raw?.external_review_for ?? [...DEFAULT_EXTERNAL_REVIEW_FOR],
    off: raw?.off ?? [],
  };
}
