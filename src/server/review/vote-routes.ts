// Votes, sign-off requirements and overrides, all on the current revision.
// The review core decides (votes.ts, requirements.ts, overrides.ts); results
// are projected for the reader: a requirement that looked at an item they may
// not see is withheld whole (projection.ts).
import type { z } from 'zod';
import type { Stamp } from '../../review/challenge-flow.js';
import { makeOverride } from '../../review/overrides.js';
import { projectRequirement, projectVote } from '../../review/projection.js';
import { evaluateRequirements, reviewConfigFrom } from '../../review/requirements.js';
import { dismissVoteBodySchema, overrideBodySchema, reviewConfigSchema, voteBodySchema } from '../../review/schemas.js';
import type { RoleAssignment } from '../../review/types.js';
import { castVote, dismissVote, isOutdated } from '../../review/votes.js';
import { type CaseAccess, currentRevision } from './access.js';
import { accessOf } from './case-view.js';
import { HttpError, refusalError, storeError } from './errors.js';
import { type Deps, type RouteRequest, reply, route } from './route.js';

const stampFor = (deps: Deps, access: CaseAccess): Stamp => ({
  id: deps.newId(),
  now: deps.now(),
  caseId: access.case.id,
  revision: currentRevision(access).digest,
});

async function listVotes(req: RouteRequest<unknown>): Promise<Response> {
  const access = await accessOf(req);
  const votes = await req.deps.store.votes.ofCase(access.case.id);
  const current = access.current?.digest ?? '';
  const shown = votes.map((v) => {
    const p = projectVote(v, access.actor.clearance);
    return 'withheld' in p ? p : { ...p, outdated: isOutdated(v, current), version: v.version };
  });
  return reply(req.c, { votes: shown });
}

async function vote(req: RouteRequest<z.infer<typeof voteBodySchema>>): Promise<Response> {
  const access = await accessOf(req);
  const decided = castVote(access.actor, req.body, stampFor(req.deps, access));
  if (!decided.ok) throw refusalError(decided);
  const written = await req.deps.store.apply.vote(decided.value, null);
  if (!written.ok) throw storeError(written);
  return reply(req.c, { vote: written.value }, 201, 1);
}

async function dismiss(req: RouteRequest<z.infer<typeof dismissVoteBodySchema>>): Promise<Response> {
  const access = await accessOf(req);
  const id = req.c.req.param('id') ?? '';
  const stored = (await req.deps.store.votes.ofCase(access.case.id)).find((v) => v.id === id);
  const notFound = new HttpError(404, 'not-found', `no vote ${id.slice(0, 200)} in this case`);
  if (!stored || !access.actor.clearance.has(stored.tier)) throw notFound;
  if (req.ifMatch !== stored.version)
    throw new HttpError(412, 'stale', `vote ${id} is at version ${stored.version}: reload it and try again`);
  const { version, ...plain } = stored;
  const decided = dismissVote(access.actor, plain, req.body.message, req.deps.now());
  if (!decided.ok) throw refusalError(decided);
  const written = await req.deps.store.apply.vote(decided.value, version);
  if (!written.ok) throw storeError(written);
  return reply(req.c, { vote: written.value }, 200, version + 1);
}

/** Every role of the people who voted: what the requirements need to tell independent reviewers from authors. */
async function voterRoles(deps: Deps, caseId: string, authors: readonly string[]): Promise<RoleAssignment[]> {
  const each = await Promise.all(
    [...new Set(authors)].map(async (user) =>
      (await deps.store.roles.of(caseId, user)).map((role) => ({ caseId, user, role })),
    ),
  );
  return each.flat();
}

async function requirements(req: RouteRequest<unknown>): Promise<Response> {
  const access = await accessOf(req);
  const rev = currentRevision(access);
  const { store } = req.deps;
  const caseId = access.case.id;
  const loaded = req.deps.loadRevision(rev.digest, rev.snapshot);
  const decisionKind = loaded.case?.header.value.decision_boundary.kind;
  if (!decisionKind) throw new HttpError(422, 'no-decision', `revision ${rev.digest} names no decision kind`);
  const [votes, challenges, overrides] = await Promise.all([
    store.votes.ofCase(caseId),
    store.challenges.ofCase(caseId),
    store.overrides.ofRevision(caseId, rev.digest),
  ]);
  const config = reviewConfigSchema.safeParse((access.case.config as { review?: unknown } | null)?.review);
  const results = evaluateRequirements({
    config: reviewConfigFrom(config.success ? config.data : undefined),
    decisionKind,
    revision: rev.digest,
    votes,
    challenges,
    roles: await voterRoles(
      req.deps,
      caseId,
      votes.map((v) => v.author),
    ),
    findings: loaded.findings,
    overrides,
  });
  const shown = results.map((r) => projectRequirement(r, access.actor.clearance));
  return reply(req.c, { revision: rev.digest, requirements: shown });
}

async function override(req: RouteRequest<z.infer<typeof overrideBodySchema>>): Promise<Response> {
  const access = await accessOf(req);
  const stamp = stampFor(req.deps, access);
  const existing = await req.deps.store.overrides.ofRevision(access.case.id, stamp.revision);
  const decided = makeOverride(access.actor, req.body, stamp, existing);
  if (!decided.ok) throw refusalError(decided);
  const written = await req.deps.store.apply.override(decided.value);
  if (!written.ok) throw storeError(written);
  return reply(req.c, { override: written.value }, 201);
}

const CASE = '/api/cases/:case';
const WRITE = [400, 401, 403, 404, 409, 412, 413, 415] as const;

export const voteRoutes = [
  route({
    method: 'get',
    path: `${CASE}/votes`,
    summary: "The case's votes, outdated ones marked, each projected for the reader",
    tag: 'votes',
    need: 'read',
    refusals: [401, 403, 404],
    handle: listVotes,
  }),
  route({
    method: 'post',
    path: `${CASE}/votes`,
    summary: 'Vote on the current revision',
    tag: 'votes',
    need: 'review',
    body: voteBodySchema,
    refusals: WRITE,
    handle: vote,
  }),
  route({
    method: 'post',
    path: `${CASE}/votes/:id/dismissal`,
    summary: 'Dismiss a vote with a message (decision makers, admins); If-Match',
    tag: 'votes',
    need: 'review',
    body: dismissVoteBodySchema,
    ifMatch: true,
    refusals: [...WRITE, 428],
    handle: dismiss,
  }),
  route({
    method: 'get',
    path: `${CASE}/requirements`,
    summary: 'The sign-off requirements evaluated on the current revision',
    tag: 'sign-off',
    need: 'read',
    refusals: [401, 403, 404, 409, 422],
    handle: requirements,
  }),
  route({
    method: 'post',
    path: `${CASE}/overrides`,
    summary: 'Override a requirement on the current revision, with a justification (decision makers)',
    tag: 'sign-off',
    need: 'review',
    body: overrideBodySchema,
    refusals: WRITE,
    handle: override,
  }),
];
