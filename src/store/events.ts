// Reading the event log back, and checking its chain with the same core code
// that wrote it (src/record/event-chain.ts).
import type { Kysely } from 'kysely';
import type { Tier } from '../model/vocab.js';
import { type ChainedEvent, type ChainVerdict, verifyChain } from '../record/event-chain.js';
import type { TieredEvent } from '../review/projection.js';
import type { Database, EventsTable } from './tables.js';

const PAGE = 1000;

export function toEvent(row: EventsTable): TieredEvent {
  return {
    tiers: JSON.parse(row.tiers) as Tier[],
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    caseId: row.case_id,
    type: row.type,
    body: JSON.parse(row.body),
    prev: row.prev,
    hash: row.hash,
  };
}

/** Every event after `afterSeq`, in order, a page at a time (the log can be long). */
export async function* readEvents(db: Kysely<Database>, afterSeq = 0): AsyncGenerator<TieredEvent> {
  let after = afterSeq;
  for (;;) {
    const rows = await db
      .selectFrom('events')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) yield toEvent(row);
    if (rows.length < PAGE) return;
    after = Number(rows[rows.length - 1]?.seq);
  }
}

/** Recomputes the whole chain from the first event; names the first break. */
export async function verifyLog(db: Kysely<Database>): Promise<ChainVerdict> {
  const events: ChainedEvent[] = [];
  try {
    for await (const e of readEvents(db)) events.push(e);
  } catch (e) {
    if (e instanceof SyntaxError)
      return { ok: false, seq: events.length + 1, reason: `its body is not JSON: ${e.message}` };
    throw e;
  }
  return verifyChain(events);
}

export function eventRepository(db: Kysely<Database>) {
  return {
    read: (afterSeq = 0) => readEvents(db, afterSeq),
    async list(afterSeq = 0, limit = 100): Promise<TieredEvent[]> {
      const rows = await db
        .selectFrom('events')
        .selectAll()
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(toEvent);
    },
    async head(): Promise<{ seq: number; hash: string } | undefined> {
      const row = await db
        .selectFrom('events')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && { seq: Number(row.seq), hash: row.hash };
    },
    verify: () => verifyLog(db),
  };
}
