// Challenges: list, read one with its responses, open, respond, and the
// challenger's sustain or withdraw. The review core decides every move
// (src/review/challenge-flow.ts); the store applies it with its event.

import type { z } from 'zod';
import { judge, openChallenge, respond, type Stamp } from '../../review/challenge-flow.js';
import { projectChallenge, projectResponse } from '../../review/projection.js';
import {
  type ChallengeAction,
  challengeActionBodySchema,
  openChallengeBodySchema,
  respondBodySchema,
} from '../../review/schemas.js';
import { type CaseAccess, currentRevision } from './access.js';
import { accessOf, challengeOf, publicationNow } from './case-view.js';
import { refusalError, storeError } from './errors.js';
import { type Deps, type RouteRequest, reply, route } from './route.js';

const stampFor = (deps: Deps, access: CaseAccess): Stamp => ({
  id: deps.newId(),
  now: deps.now(),
  caseId: access.case.id,
  revision: currentRevision(access).digest,
});

async function readChallenge(req: RouteRequest<unknown>): Promise<Response> {
  const access = await accessOf(req);
  const ch = await challengeOf(req.deps, access, req.c.req.param('id') ?? '');
  const clearance = access.actor.clearance;
  const publication = publicationNow(req.deps, access);
  const shown = projectChallenge(ch, clearance, publication);
  if ('withheld' in shown) return reply(req.c, { challenge: shown, responses: [] });
  const responses = await req.deps.store.responses.ofChallenge(ch.id);
  const body = { challenge: shown, responses: responses.map((r) => projectResponse(r, ch, clearance, publication)) };
  return reply(req.c, body, 200, ch.version);
}

async function listChallenges(req: RouteRequest<unknown>): Promise<Response> {
  const access = await accessOf(req);
  const all = await req.deps.store.challenges.ofCase(access.case.id);
  const publication = publicationNow(req.deps, access);
  return reply(req.c, { challenges: all.map((ch) => projectChallenge(ch, access.actor.clearance, publication)) });
}

async function open(req: RouteRequest<z.infer<typeof openChallengeBodySchema>>): Promise<Response> {
  const access = await accessOf(req);
  const moved = openChallenge(access.actor, req.body, stampFor(req.deps, access));
  if (!moved.ok) throw refusalError(moved);
  const written = await req.deps.store.apply.challenge(moved.value, access.actor.user);
  if (!written.ok) throw storeError(written);
  return reply(req.c, { challenge: written.value }, 201, written.value.version);
}

async function answer(req: RouteRequest<z.infer<typeof respondBodySchema>>): Promise<Response> {
  const access = await accessOf(req);
  const ch = await challengeOf(req.deps, access, req.c.req.param('id') ?? '');
  const moved = respond(access.actor, ch, req.body, stampFor(req.deps, access), req.ifMatch);
  if (!moved.ok) throw refusalError(moved);
  const written = await req.deps.store.apply.challenge(moved.value, access.actor.user);
  if (!written.ok) throw storeError(written);
  return reply(req.c, { challenge: written.value, response: moved.value.response }, 201, written.value.version);
}

async function act(req: RouteRequest<{ action: ChallengeAction; message: string }>): Promise<Response> {
  const access = await accessOf(req);
  const ch = await challengeOf(req.deps, access, req.c.req.param('id') ?? '');
  const moved = judge(access.actor, ch, req.body.action, req.body.message, req.ifMatch);
  if (!moved.ok) throw refusalError(moved);
  const written = await req.deps.store.apply.challenge(moved.value, access.actor.user);
  if (!written.ok) throw storeError(written);
  return reply(req.c, { challenge: written.value }, 200, written.value.version);
}

const CHALLENGE = '/api/cases/:case/challenges';
const READ_REFUSALS = [401, 403, 404] as const;
const WRITE_REFUSALS = [400, 401, 403, 404, 409, 412, 413, 415, 428] as const;

export const challengeRoutes = [
  route({
    method: 'get',
    path: CHALLENGE,
    summary: "The case's challenges, each projected for the reader (withheld ones as stubs)",
    tag: 'challenges',
    need: 'read',
    refusals: READ_REFUSALS,
    handle: listChallenges,
  }),
  route({
    method: 'post',
    path: CHALLENGE,
    summary: 'Raise a challenge on a node, link or evidence item of a revision',
    tag: 'challenges',
    need: 'review',
    body: openChallengeBodySchema,
    refusals: WRITE_REFUSALS,
    handle: open,
  }),
  route({
    method: 'get',
    path: `${CHALLENGE}/:id`,
    summary: 'A challenge with its responses; ETag is its version',
    tag: 'challenges',
    need: 'read',
    refusals: READ_REFUSALS,
    handle: readChallenge,
  }),
  route({
    method: 'post',
    path: `${CHALLENGE}/:id/responses`,
    summary: 'Answer a challenge: rebut, fix, out-of-scope, or accept-residual (decision makers); If-Match',
    tag: 'challenges',
    need: 'review',
    body: respondBodySchema,
    ifMatch: true,
    refusals: WRITE_REFUSALS,
    handle: answer,
  }),
  route({
    method: 'post',
    path: `${CHALLENGE}/:id/actions`,
    summary: 'Sustain or withdraw a challenge, saying why; If-Match',
    tag: 'challenges',
    need: 'review',
    body: challengeActionBodySchema,
    ifMatch: true,
    refusals: WRITE_REFUSALS,
    handle: act,
  }),
];
