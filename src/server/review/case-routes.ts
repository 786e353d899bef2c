// Cases and revisions: create a case (server admins), read it, push a
// revision (the server computes its digest), list and read revisions, a
// revision's status with the reader's visible challenges merged in, and one
// node with the challenges on it.
import { z } from 'zod';
import { statusJson } from '../../analysis/json.js';
import { caseStatus } from '../../analysis/status.js';
import { buildGraph } from '../../model/graph.js';
import { withChallenges } from '../../review/merged-status.js';
import { may } from '../../review/permissions.js';
import { projectChallenge, visibleChallenges } from '../../review/projection.js';
import { buildRevision, type RevisionSnapshot } from '../../review/revision.js';
import { pushRevisionBodySchema, reviewConfigSchema } from '../../review/schemas.js';
import type { Challenge } from '../../review/types.js';
import type { Revision } from '../../store/cases.js';
import type { CaseAccess } from './access.js';
import { accessOf, publicationNow } from './case-view.js';
import { HttpError, refusalError, storeError } from './errors.js';
import { type RouteRequest, reply, route } from './route.js';

export const createCaseBodySchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/)
      .describe('The case id: letters, digits, . _ -'),
    title: z.string().trim().min(1).max(500),
    review: reviewConfigSchema.optional(),
  })
  .meta({ id: 'CreateCaseBody', description: 'A new case (server admins); its creator is given admin on it.' });

/** The largest pushed revision accepted (files are up to 16 MiB each; a case is rarely over a few MB). */
export const MAX_PUSH_BYTES = 64 * 1024 * 1024;

async function createCase(req: RouteRequest<z.infer<typeof createCaseBodySchema>>): Promise<Response> {
  const user = req.caller?.user;
  if (user?.serverRole !== 'admin') throw new HttpError(403, 'not-permitted', 'creating a case is for admins');
  const { store } = req.deps;
  const config = req.body.review ? { review: req.body.review } : {};
  const made = await store.cases.create({ id: req.body.id, title: req.body.title, config }, user.id);
  if (!made.ok) throw storeError(made);
  const caseId = made.value.id;
  const principal = { kind: 'user' as const, id: user.id };
  const granted = await store.grants.set({ caseId, principal, level: 'admin' }, null, user.id);
  if (!granted.ok) throw storeError(granted);
  const role = await store.roles.assign({ caseId, user: user.id, role: 'admin' }, user.id);
  if (!role.ok) throw storeError(role);
  return reply(req.c, { case: caseView(made.value, undefined) }, 201, made.value.version);
}

const caseView = (c: CaseAccess['case'], current: Revision | undefined) => ({
  id: c.id,
  title: c.title,
  current: current?.digest ?? null,
  version: c.version,
});

async function readCase(req: RouteRequest<unknown>): Promise<Response> {
  const access = await accessOf(req);
  const you = { user: access.actor.user, level: access.actor.level, roles: access.actor.roles };
  const clearance = [...access.actor.clearance].sort();
  return reply(
    req.c,
    { case: caseView(access.case, access.current), you: { ...you, clearance } },
    200,
    access.case.version,
  );
}

async function push(req: RouteRequest<z.infer<typeof pushRevisionBodySchema>>): Promise<Response> {
  const access = await accessOf(req);
  const allowed = may(access.actor, 'push-revision');
  if (!allowed.ok) throw refusalError(allowed);
  const built = buildRevision({ caseId: access.case.id, ...req.body });
  if (!built.ok) throw refusalError(built);
  const { snapshot } = built.value;
  const added = await req.deps.store.cases.addRevision(
    access.case.id,
    { snapshot, commit: snapshot.commit },
    access.actor.user,
  );
  if (!added.ok) throw storeError(added);
  const { revision, created } = added.value;
  return reply(req.c, { digest: revision.digest, created }, created ? 201 : 200);
}

const revisionSummary = (r: Revision, current: Revision | undefined) => ({
  digest: r.digest,
  commit: r.commit,
  pushedBy: r.createdBy,
  pushedAt: r.createdAt,
  current: r.digest === current?.digest,
});

async function listRevisions(req: RouteRequest<unknown>): Promise<Response> {
  const access = await accessOf(req);
  const all = await req.deps.store.cases.revisions(access.case.id);
  return reply(req.c, { revisions: all.map((r) => revisionSummary(r, access.current)) });
}

async function revisionOf(req: RouteRequest<unknown>, access: CaseAccess): Promise<Revision> {
  const digest = req.c.req.param('rev') ?? '';
  const rev = /^[0-9a-f]{64}$/.test(digest) ? await req.deps.store.cases.revision(access.case.id, digest) : undefined;
  if (!rev) throw new HttpError(404, 'not-found', `no revision ${digest.slice(0, 64)} of this case`);
  return rev;
}

async function readRevision(req: RouteRequest<unknown>): Promise<Response> {
  const access = await accessOf(req);
  const rev = await revisionOf(req, access);
  const s = rev.snapshot as RevisionSnapshot;
  const body = { ...revisionSummary(rev, access.current), root: s.root, files: s.files, evidence: s.evidence };
  return reply(req.c, { revision: body });
}

/** The loaded case of a revision, or a 422 naming why its files do not make one. */
function loadedCase(req: RouteRequest<unknown>, rev: Revision) {
  const loaded = req.deps.loadRevision(rev.digest, rev.snapshot);
  if (!loaded.case) throw new HttpError(422, 'unloadable', `revision ${rev.digest} does not load as a case`);
  return loaded.case;
}

const AS_OF = /^\d{4}-\d{2}-\d{2}$/;

async function revisionStatus(req: RouteRequest<unknown>): Promise<Response> {
  const access = await accessOf(req);
  const rev = await revisionOf(req, access);
  const asOf = req.c.req.query('asOf') ?? req.deps.now().slice(0, 10);
  if (!AS_OF.test(asOf)) throw new HttpError(400, 'bad-query', 'asOf must be a date, YYYY-MM-DD');
  const all = await req.deps.store.challenges.ofCase(access.case.id);
  const merged = withChallenges(loadedCase(req, rev), visibleChallenges(all, access.actor.clearance));
  const status = caseStatus(merged.case, buildGraph(merged.case), { asOf });
  const body = {
    revision: rev.digest,
    status: statusJson(merged.case, status),
    defeaters: Object.fromEntries(merged.defeaters),
    unplaced: merged.unplaced,
  };
  return reply(req.c, body);
}

/** Whether a challenge is about the node: the node itself, or a link with the node at either end. */
function touches(ch: Challenge, node: string): boolean {
  if (ch.target.kind !== 'link') return ch.target.id === node;
  const [from, to] = ch.target.id.split(' -> ');
  return from === node || to === node;
}

async function readNode(req: RouteRequest<unknown>): Promise<Response> {
  const access = await accessOf(req);
  const rev = await revisionOf(req, access);
  const id = req.c.req.param('node') ?? '';
  const node = loadedCase(req, rev).nodes.get(id);
  if (!node) throw new HttpError(404, 'not-found', `no node ${id.slice(0, 200)} in revision ${rev.digest}`);
  const all = await req.deps.store.challenges.ofCase(access.case.id);
  const publication = publicationNow(req.deps, access);
  const challenges = all
    .filter((ch) => touches(ch, id))
    .map((ch) => projectChallenge(ch, access.actor.clearance, publication));
  const { pos: _pos, ...plain } = node as typeof node & { pos?: unknown };
  return reply(req.c, { revision: rev.digest, node: plain, challenges });
}

const READ = [401, 403, 404] as const;
const CASE = '/api/cases/:case';
const REV = `${CASE}/revisions/:rev`;

export const caseRoutes = [
  route({
    method: 'post',
    path: '/api/cases',
    summary: 'Create a case (server admins)',
    tag: 'cases',
    need: 'review',
    body: createCaseBodySchema,
    refusals: [400, 401, 403, 409, 413, 415],
    handle: createCase,
  }),
  route({
    method: 'get',
    path: CASE,
    summary: 'A case, its current revision and what the reader may do in it',
    tag: 'cases',
    need: 'read',
    refusals: READ,
    handle: readCase,
  }),
  route({
    method: 'post',
    path: `${CASE}/revisions`,
    summary: 'Push a revision (an exact snapshot); returns its digest',
    tag: 'revisions',
    need: 'push',
    body: pushRevisionBodySchema,
    maxBytes: MAX_PUSH_BYTES,
    refusals: [400, 401, 403, 404, 413, 415, 422],
    handle: push,
  }),
  route({
    method: 'get',
    path: `${CASE}/revisions`,
    summary: "The case's revisions, oldest first",
    tag: 'revisions',
    need: 'read',
    refusals: READ,
    handle: listRevisions,
  }),
  route({
    method: 'get',
    path: REV,
    summary: "A revision's files and evidence manifest",
    tag: 'revisions',
    need: 'read',
    refusals: READ,
    handle: readRevision,
  }),
  route({
    method: 'get',
    path: `${REV}/status`,
    summary: "A revision's support status with the challenges the reader may see merged in as defeaters",
    tag: 'revisions',
    need: 'read',
    refusals: [400, 401, 403, 404, 422],
    handle: revisionStatus,
  }),
  route({
    method: 'get',
    path: `${REV}/nodes/:node`,
    summary: 'A node of a revision with the challenges on it and on its links',
    tag: 'revisions',
    need: 'read',
    refusals: [401, 403, 404, 422],
    handle: readNode,
  }),
];
