// The review log of a case: read a page of it, or follow it live as
// server-sent events. Each event is projected for the reader (whole when they
// hold every tier it names, else a stub with its sequence number only). The
// stream polls the store, so it sees events written by any server process.
import { streamSSE } from 'hono/streaming';
import { projectEvent, type TieredEvent } from '../../review/projection.js';
import type { Store } from '../../store/store.js';
import { accessOf } from './case-view.js';
import { HttpError } from './errors.js';
import { type RouteRequest, reply, route } from './route.js';

const MAX_PAGE = 500;

/** Events of one case after `after`, up to `limit`, scanning the shared log a page at a time. */
export async function caseEvents(store: Store, caseId: string, after: number, limit: number): Promise<TieredEvent[]> {
  const found: TieredEvent[] = [];
  let from = after;
  for (;;) {
    const page = await store.events.list(from, MAX_PAGE);
    for (const e of page) if (e.caseId === caseId && found.length < limit) found.push(e);
    if (page.length < MAX_PAGE || found.length >= limit) return found;
    from = page[page.length - 1]?.seq ?? from;
  }
}

function count(raw: string | undefined, name: string, fallback: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,15}$/.test(raw) || Number(raw) > max)
    throw new HttpError(400, 'bad-query', `${name} must be a whole number up to ${max}`);
  return Number(raw);
}

async function readLog(req: RouteRequest<unknown>): Promise<Response> {
  const access = await accessOf(req);
  const after = count(req.c.req.query('after'), 'after', 0, Number.MAX_SAFE_INTEGER);
  const limit = count(req.c.req.query('limit'), 'limit', 100, MAX_PAGE);
  const events = await caseEvents(req.deps.store, access.case.id, after, limit);
  return reply(req.c, { events: events.map((e) => projectEvent(e, access.actor.clearance)) });
}

async function stream(req: RouteRequest<unknown>): Promise<Response> {
  const access = await accessOf(req);
  const { c, deps } = req;
  let after = count(c.req.header('last-event-id') ?? c.req.query('after'), 'Last-Event-ID', 0, Number.MAX_SAFE_INTEGER);
  return streamSSE(c, async (sse) => {
    while (!sse.aborted && !sse.closed) {
      const events = await caseEvents(deps.store, access.case.id, after, MAX_PAGE);
      for (const e of events) {
        const shown = projectEvent(e, access.actor.clearance);
        await sse.writeSSE({ id: String(e.seq), event: 'event', data: JSON.stringify(shown) });
        after = e.seq;
      }
      if (events.length < MAX_PAGE) await sse.sleep(deps.pollMs);
    }
  });
}

export const eventRoutes = [
  route({
    method: 'get',
    path: '/api/cases/:case/events',
    summary: "A page of the case's review log (?after=SEQ&limit=N), each event projected for the reader",
    tag: 'events',
    need: 'read',
    refusals: [400, 401, 403, 404],
    handle: readLog,
  }),
  route({
    method: 'get',
    path: '/api/cases/:case/events/stream',
    summary: 'The review log as server-sent events, from Last-Event-ID (or ?after=SEQ) on, live',
    tag: 'events',
    need: 'read',
    refusals: [400, 401, 403, 404],
    handle: stream,
  }),
];
