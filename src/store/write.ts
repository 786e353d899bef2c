// Every state change runs in one write transaction that also appends its event
// to the hash-chained log. Writes are serialised across processes: on SQLite
// by BEGIN IMMEDIATE (the database's single write lock, waited for through
// busy_timeout), on PostgreSQL by a transaction-scoped advisory lock taken
// before the chain head is read. So each append reads the true head, and the
// log has one line with no gap and no fork; the table's unique seq and prev
// would refuse a second event on the same head if that ever failed.
import { type Kysely, sql } from 'kysely';
import { TIERS, type Tier } from '../model/vocab.js';
import { canonicalJson } from '../record/canonical-json.js';
import { type ChainedEvent, chainNext } from '../record/event-chain.js';
import type { Written } from './results.js';
import type { Database, Engine } from './tables.js';

/** What every repository works with: the database, its engine, the clock and the id source. */
export interface StoreContext {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** Now, as ISO-8601 UTC. Injected so tests can fix it. */
  readonly now: () => string;
  /** A new unique id. */
  readonly newId: () => string;
}

/** The advisory lock key of the event log on PostgreSQL (any constant; "warrant" in ASCII). */
const EVENT_LOG_LOCK = 0x77_61_72_72_61_6e_74;

/** A state change's event, before the log gives it its seq, prev and hash. */
export interface NewEvent {
  readonly actor: string;
  readonly caseId: string | null;
  readonly type: string;
  readonly body: unknown;
  /** Tiers a reader needs to see the body (none: anyone who may read the case, or an account event). */
  readonly tiers?: readonly Tier[];
}

/**
 * Runs `work` in a serialised write transaction. It returns the result and the
 * event to log; a refusal (or a throw) rolls back and logs nothing.
 */
export async function writeWith<T>(
  ctx: StoreContext,
  work: (trx: Kysely<Database>, at: string) => Promise<{ result: Written<T>; event?: NewEvent }>,
): Promise<Written<T>> {
  return ctx.db.connection().execute(async (conn) => {
    await sql.raw(ctx.engine === 'sqlite' ? 'begin immediate' : 'begin').execute(conn);
    try {
      if (ctx.engine === 'postgres') await sql`select pg_advisory_xact_lock(${EVENT_LOG_LOCK})`.execute(conn);
      const at = ctx.now();
      const { result, event } = await work(conn, at);
      if (!result.ok) {
        await sql.raw('rollback').execute(conn);
        return result;
      }
      if (event) await appendEvent(conn, { ...event, at });
      await sql.raw('commit').execute(conn);
      return result;
    } catch (e) {
      await sql
        .raw('rollback')
        .execute(conn)
        .catch(() => undefined);
      throw e;
    }
  });
}

async function appendEvent(trx: Kysely<Database>, event: NewEvent & { at: string }): Promise<ChainedEvent> {
  const head = await trx
    .selectFrom('events')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  // The tiers stay beside the chain: the hash covers what happened, not who may read it.
  const { tiers = [], ...hashed } = event;
  const chained = chainNext(head, hashed);
  await trx
    .insertInto('events')
    .values({
      seq: chained.seq,
      at: chained.at,
      actor: chained.actor,
      case_id: chained.caseId,
      type: chained.type,
      body: canonicalJson(chained.body),
      prev: chained.prev,
      hash: chained.hash,
      tiers: canonicalJson(TIERS.filter((t) => tiers.includes(t))),
    })
    .execute();
  return chained;
}

/** The transaction writeWith hands its callback. */
export type Trx = Parameters<Parameters<typeof writeWith>[1]>[0];

/** Whether the case has this revision: what a challenge, vote or override names must exist. */
export async function hasRevision(trx: Trx, caseId: string, digest: string): Promise<boolean> {
  const row = await trx
    .selectFrom('revisions')
    .select('digest')
    .where('case_id', '=', caseId)
    .where('digest', '=', digest)
    .executeTakeFirst();
  return row !== undefined;
}
