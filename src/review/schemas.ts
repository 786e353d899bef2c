// zod schemas of the review model: the stored objects (what the server
// returns) and the request bodies (what a client sends). The server validates
// with these and the OpenAPI document is generated from them, so the API, the
// store and the docs cannot disagree. No transforms: every schema describes
// its input and output alike, which keeps the JSON Schema exact.
import { z } from 'zod';
import { linkKey, parseChallenge } from '../model/graph.js';
import { ID_PATTERN } from '../model/schema.js';
import { DECISION_KINDS, TIERS } from '../model/vocab.js';
import {
  CHALLENGE_KINDS,
  CHALLENGE_SEVERITIES,
  CHALLENGE_STATUSES,
  PERMISSION_LEVELS,
  PRINCIPAL_KINDS,
  REQUIREMENT_NAMES,
  ROLES,
  TARGET_KINDS,
  VOTE_VALUES,
} from './types.js';

/** Longest free text accepted (challenge, response, vote, justification): about 20 pages. */
export const MAX_TEXT = 50_000;
/** Longest user, team, case or object id. */
export const MAX_ID = 200;

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const SHA256 = /^[0-9a-f]{64}$/;

export const textSchema = z.string().trim().min(1).max(MAX_TEXT).describe('Free text, not empty.');
export const principalIdSchema = z.string().min(1).max(MAX_ID).describe('A user, team or object id.');
export const digestSchema = z.string().regex(SHA256).describe('A revision: lowercase hex SHA-256 of its snapshot.');
export const timestampSchema = z.string().regex(ISO_UTC).describe('ISO-8601 UTC time, e.g. 2026-12-07T04:00:00Z.');
export const tierSchema = z.enum(TIERS).describe('Access tier: a reader needs it in their clearance.');
export const caseElementIdSchema = z.string().regex(ID_PATTERN).max(MAX_ID).describe('A node or evidence item id.');

/** True when `id` is a link written as the model writes it: "FROM -> TO", both valid ids. */
export function isLinkKey(id: string): boolean {
  const parsed = parseChallenge(id);
  if (!('link' in parsed)) return false;
  const { from, to } = parsed.link;
  return ID_PATTERN.test(from) && ID_PATTERN.test(to) && linkKey(from, to) === id;
}

const TARGET_WANTED: Record<(typeof TARGET_KINDS)[number], string> = {
  node: 'a node id',
  link: 'a link written "FROM -> TO" (one space either side of the arrow)',
  evidence: 'an evidence item id',
};

export const challengeTargetSchema = z
  .strictObject({
    kind: z.enum(TARGET_KINDS),
    id: z
      .string()
      .min(1)
      .max(2 * MAX_ID + 4),
  })
  .superRefine((t, ctx) => {
    const ok = t.kind === 'link' ? isLinkKey(t.id) : ID_PATTERN.test(t.id);
    if (!ok) {
      const want = TARGET_WANTED[t.kind];
      ctx.addIssue({ code: 'custom', path: ['id'], message: `target id must be ${want}` });
    }
  })
  .describe('What a challenge is about: a node, a link "FROM -> TO", or an evidence item.');

export const challengeSchema = z
  .strictObject({
    id: principalIdSchema,
    caseId: principalIdSchema,
    revision: digestSchema,
    target: challengeTargetSchema,
    kind: z.enum(CHALLENGE_KINDS),
    severity: z.enum(CHALLENGE_SEVERITIES),
    tier: tierSchema,
    text: textSchema,
    author: principalIdSchema,
    at: timestampSchema,
    status: z.enum(CHALLENGE_STATUSES),
    version: z.number().int().positive(),
  })
  .meta({ id: 'Challenge', description: 'A challenge to a node, link or evidence item of one case.' });

const responseKinds = [
  z.strictObject({
    kind: z.literal('rebut'),
    refs: z.array(caseElementIdSchema).min(1).max(100).describe('Nodes or evidence items that answer it.'),
  }),
  z.strictObject({ kind: z.literal('fix'), fixRevision: digestSchema.describe('The revision that fixes it.') }),
  z.strictObject({ kind: z.literal('accept-residual'), reason: textSchema.describe('Why the risk is accepted.') }),
  z.strictObject({ kind: z.literal('out-of-scope'), reason: textSchema.describe('Why it is outside the decision.') }),
] as const;

const responseCommon = {
  tier: tierSchema,
  text: textSchema,
};

/** What a client sends to answer a challenge. */
export const respondBodySchema = z
  .discriminatedUnion('kind', [
    responseKinds[0].extend(responseCommon),
    responseKinds[1].extend(responseCommon),
    responseKinds[2].extend(responseCommon),
    responseKinds[3].extend(responseCommon),
  ])
  .meta({ id: 'RespondBody', description: 'An answer to a challenge: rebut, fix, accept-residual or out-of-scope.' });

const responseStored = {
  ...responseCommon,
  id: principalIdSchema,
  challengeId: principalIdSchema,
  caseId: principalIdSchema,
  revision: digestSchema,
  author: principalIdSchema,
  at: timestampSchema,
};

export const responseSchema = z
  .discriminatedUnion('kind', [
    responseKinds[0].extend(responseStored),
    responseKinds[1].extend(responseStored),
    responseKinds[2].extend(responseStored),
    responseKinds[3].extend(responseStored),
  ])
  .meta({ id: 'Response', description: 'A response to a challenge.' });

export const dismissalSchema = z.strictObject({ by: principalIdSchema, at: timestampSchema, message: textSchema });

export const voteSchema = z
  .strictObject({
    id: principalIdSchema,
    caseId: principalIdSchema,
    revision: digestSchema,
    value: z.enum(VOTE_VALUES),
    tier: tierSchema,
    text: textSchema,
    author: principalIdSchema,
    at: timestampSchema,
    dismissed: dismissalSchema.optional(),
  })
  .meta({ id: 'Vote', description: 'A vote on one revision; never deleted.' });

export const grantSchema = z
  .strictObject({
    caseId: principalIdSchema,
    principal: z.strictObject({ kind: z.enum(PRINCIPAL_KINDS), id: principalIdSchema }),
    level: z.enum(PERMISSION_LEVELS),
  })
  .meta({ id: 'Grant', description: 'A permission level on a case, granted to a user or a team.' });

export const roleAssignmentSchema = z
  .strictObject({ caseId: principalIdSchema, user: principalIdSchema, role: z.enum(ROLES) })
  .meta({ id: 'RoleAssignment', description: 'A role a user holds in a case.' });

/** A clearance as sent and stored: the tiers, each once. */
export const clearanceSchema = z
  .array(tierSchema)
  .max(TIERS.length)
  .refine((tiers) => new Set(tiers).size === tiers.length, 'each tier once')
  .describe('The tiers a person may read: a set, not a ladder.');

export const overrideSchema = z
  .strictObject({
    caseId: principalIdSchema,
    revision: digestSchema,
    requirement: z.enum(REQUIREMENT_NAMES),
    by: principalIdSchema,
    at: timestampSchema,
    justification: textSchema,
  })
  .meta({ id: 'Override', description: 'A requirement set aside by a decision maker, with a justification.' });

// ---- request bodies ---------------------------------------------------------

export const openChallengeBodySchema = z
  .strictObject({
    revision: digestSchema,
    target: challengeTargetSchema,
    kind: z.enum(CHALLENGE_KINDS),
    severity: z.enum(CHALLENGE_SEVERITIES),
    tier: tierSchema,
    text: textSchema,
  })
  .meta({ id: 'OpenChallengeBody', description: 'Raise a challenge on a revision.' });

/** The challenger's (or a decision maker's) judgement of a challenge after its answers. */
export const CHALLENGE_ACTIONS = ['sustain', 'withdraw'] as const;
export type ChallengeAction = (typeof CHALLENGE_ACTIONS)[number];

export const challengeActionBodySchema = z
  .strictObject({ action: z.enum(CHALLENGE_ACTIONS), message: textSchema })
  .meta({ id: 'ChallengeActionBody', description: 'Sustain or withdraw a challenge, saying why.' });

export const voteBodySchema = z
  .strictObject({ revision: digestSchema, value: z.enum(VOTE_VALUES), tier: tierSchema, text: textSchema })
  .meta({ id: 'VoteBody', description: 'Vote on a revision.' });

export const dismissVoteBodySchema = z
  .strictObject({ message: textSchema })
  .meta({ id: 'DismissVoteBody', description: 'Dismiss a vote; the message is kept with it.' });

export const overrideBodySchema = z
  .strictObject({ revision: digestSchema, requirement: z.enum(REQUIREMENT_NAMES), justification: textSchema })
  .meta({ id: 'OverrideBody', description: 'Set a sign-off requirement aside on a revision (decision makers).' });

export const grantBodySchema = z
  .strictObject({
    principal: z.strictObject({ kind: z.enum(PRINCIPAL_KINDS), id: principalIdSchema }),
    level: z.enum(PERMISSION_LEVELS),
  })
  .meta({ id: 'GrantBody', description: 'Grant a permission level on a case.' });

export const roleBodySchema = z
  .strictObject({ user: principalIdSchema, role: z.enum(ROLES) })
  .meta({ id: 'RoleBody', description: 'Give a user a role in a case.' });

// ---- the case's review configuration ------------------------------------------

/** Decision kinds that need an external review unless the case says otherwise (docs/server.md says why). */
export const DEFAULT_EXTERNAL_REVIEW_FOR = ['api-launch', 'open-weights', 'sensitive-domain'] as const;

/** The `review:` block as a case writes it (snake_case, like the rest of the format). */
export const reviewConfigSchema = z
  .strictObject({
    approvals: z.number().int().min(0).max(100).optional().describe('Independent approvals needed (default 1).'),
    external_review_for: z
      .array(z.enum(DECISION_KINDS))
      .optional()
      .describe('Decision kinds that need an external review (default api-launch, open-weights, sensitive-domain).'),
    off: z.array(z.enum(REQUIREMENT_NAMES)).optional().describe('Requirements this case does not use.'),
  })
  .meta({ id: 'ReviewConfig', description: 'Sign-off requirements for the review server.' });

// ---- revisions ----------------------------------------------------------------

const GIT_COMMIT = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
/** Longest module file accepted in a revision (16 MiB of text). */
export const MAX_FILE_TEXT = 16 * 1024 * 1024;

export const revisionFileSchema = z.strictObject({
  path: z.string().min(1).max(1000).describe('Path of the module file, relative to the case root, with "/".'),
  text: z.string().max(MAX_FILE_TEXT).describe('The file exactly as committed.'),
  sha256: z.string().regex(SHA256).optional().describe('SHA-256 of the text as UTF-8; checked when sent.'),
});

export const manifestEntrySchema = z.strictObject({
  item: caseElementIdSchema.describe('The evidence item.'),
  uri: z.string().min(1).max(4000).describe("The item's artefact path or URI."),
  sha256: z
    .string()
    .regex(SHA256)
    .nullable()
    .describe('SHA-256 of the artefact as the pusher found it; null when it could not be read.'),
});

/** What `warrant push` sends: the case's files and evidence manifest; the server computes the revision id. */
export const pushRevisionBodySchema = z
  .strictObject({
    root: z.string().min(1).max(1000).describe('The root file, one of files.'),
    files: z.array(revisionFileSchema).min(1).max(10_000),
    evidence: z.array(manifestEntrySchema).max(100_000),
    commit: z.string().regex(GIT_COMMIT).nullable().describe('The git commit, when the case is in git.'),
  })
  .meta({ id: 'PushRevisionBody', description: 'An exact snapshot of a case, to be reviewed.' });
