// Who may do what in a case. Two separate questions, both must say yes:
//   - the permission level (view < comment < edit < admin), granted to users
//     or teams, highest grant wins: how much access the person has;
//   - the roles they hold in the case: what kind of act is theirs to do
//     (an author answers challenges, a reviewer raises them, a decision maker
//     accepts residual risk and overrides).
// Clearances (which tiers they may read) are a third, separate question:
// projection.ts answers it. The table below is the one statement of the rules;
// docs/server.md prints it for readers.

import type { Tier } from '../model/vocab.js';
import type { ReviewResult } from './result.js';
import { accept, refuse } from './result.js';
import type { Actor, Grant, PermissionLevel, Role, RoleAssignment } from './types.js';
import { PERMISSION_LEVELS, ROLES } from './types.js';

export const REVIEW_ACTIONS = [
  'read',
  'open-challenge',
  'respond',
  'accept-residual',
  'sustain',
  'withdraw',
  'vote',
  'veto',
  'dismiss-vote',
  'override',
  'push-revision',
  'manage-access',
] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Who acts on a challenge: its challenger may sustain or withdraw their own. */
export const CHALLENGER = 'challenger' as const;

export interface ActionRule {
  /** The lowest permission level that allows it. */
  readonly level: PermissionLevel;
  /** Roles that may do it; `challenger` means the author of the challenge acted on; empty means any role. */
  readonly by: readonly (Role | typeof CHALLENGER)[];
  /** For docs/server.md. */
  readonly why: string;
}

const REVIEWERS = ['reviewer-internal', 'reviewer-independent', 'reviewer-external', 'red-team'] as const;

export const ACTION_RULES: Record<ReviewAction, ActionRule> = {
  read: { level: 'view', by: [], why: 'Anyone granted access may read what their clearance allows.' },
  'open-challenge': {
    level: 'comment',
    by: [...REVIEWERS, 'decision-maker'],
    why: 'Challenging the argument is the work of reviewers, the red team and decision makers.',
  },
  respond: { level: 'comment', by: ['author'], why: 'The authors answer for the argument.' },
  'accept-residual': {
    level: 'comment',
    by: ['decision-maker'],
    why: 'Accepting a risk that stands is a decision, so only a decision maker may, with a reason.',
  },
  sustain: {
    level: 'comment',
    by: [CHALLENGER, 'decision-maker'],
    why: 'The challenger judges whether an answer settles their challenge; a decision maker may rule on it.',
  },
  withdraw: { level: 'comment', by: [CHALLENGER], why: 'Only the challenger may drop their own challenge.' },
  vote: {
    level: 'comment',
    by: [...REVIEWERS, 'decision-maker'],
    why: 'Reviewers and decision makers vote; authors do not approve their own case.',
  },
  veto: {
    level: 'comment',
    by: ['reviewer-independent', 'reviewer-external', 'decision-maker'],
    why: 'A veto blocks sign-off, so it is kept for those whose independence or authority gives it weight.',
  },
  'dismiss-vote': {
    level: 'edit',
    by: ['decision-maker', 'admin'],
    why: 'Dismissing a vote sets a person aside, so it takes a decision maker or an admin, with a message.',
  },
  override: {
    level: 'edit',
    by: ['decision-maker'],
    why: 'Setting a sign-off requirement aside is a decision, recorded with its justification.',
  },
  'push-revision': { level: 'edit', by: ['author', 'admin'], why: 'Authors put new revisions up for review.' },
  'manage-access': { level: 'admin', by: ['admin'], why: 'Grants, roles and clearances are administered.' },
};

/** The rank of a level: a higher rank includes every lower one. */
export function levelRank(level: PermissionLevel): number {
  return PERMISSION_LEVELS.indexOf(level);
}

/** The highest level any grant gives the user, directly or through a team; undefined when none does. */
export function effectiveLevel(
  user: string,
  teams: readonly string[],
  grants: readonly Grant[],
): PermissionLevel | undefined {
  let best: PermissionLevel | undefined;
  for (const g of grants) {
    const reaches = g.principal.kind === 'user' ? g.principal.id === user : teams.includes(g.principal.id);
    if (reaches && (best === undefined || levelRank(g.level) > levelRank(best))) best = g.level;
  }
  return best;
}

/**
 * Whether the actor may take the action; `challenger` is the author of the
 * challenge acted on (for sustain and withdraw). A refusal says what is missing.
 */
export function may(actor: Actor, action: ReviewAction, challenger?: string): ReviewResult<void> {
  const rule = ACTION_RULES[action];
  if (levelRank(actor.level) < levelRank(rule.level)) {
    return refuse(
      'not-permitted',
      `${action} needs ${rule.level} access to the case; ${actor.user} has ${actor.level}`,
    );
  }
  if (rule.by.length === 0) return accept(undefined);
  const isChallenger = challenger !== undefined && challenger === actor.user;
  const allowed = rule.by.some((who) => (who === CHALLENGER ? isChallenger : actor.roles.includes(who)));
  if (allowed) return accept(undefined);
  return refuse('not-permitted', `${action} is for ${rule.by.join(', ')}; ${actor.user} is ${rolesText(actor)}`);
}

function rolesText(actor: Actor): string {
  return actor.roles.length === 0 ? 'given no role in this case' : actor.roles.join(', ');
}

/** What the store knows about a person, for one case. */
export interface Membership {
  readonly user: string;
  readonly teams: readonly string[];
  readonly clearance: Iterable<Tier>;
}

/**
 * The actor a person is in a case: their highest granted level, their roles
 * there and their clearance; undefined when no grant reaches them, which the
 * server answers as if the case did not exist.
 */
export function actorFor(
  caseId: string,
  who: Membership,
  grants: readonly Grant[],
  roles: readonly RoleAssignment[],
): Actor | undefined {
  const level = effectiveLevel(
    who.user,
    who.teams,
    grants.filter((g) => g.caseId === caseId),
  );
  if (level === undefined) return undefined;
  const mine = roles.filter((r) => r.caseId === caseId && r.user === who.user).map((r) => r.role);
  const held = ROLES.filter((r) => mine.includes(r));
  return { user: who.user, roles: held, level, clearance: new Set(who.clearance) };
}
