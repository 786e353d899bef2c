// The review store: one typed repository over SQLite or PostgreSQL, opened
// from a URL. Callers see the review model's shapes and typed refusals
// (results.ts), never Kysely or SQL.
import { randomUUID } from 'node:crypto';
import { grantRepository, roleRepository, teamRepository } from './access.js';
import { tokenRepository, userRepository } from './accounts.js';
import { decisionRepository } from './apply.js';
import { caseRepository } from './cases.js';
import { connect, parseStoreUrl, type StoreLocation } from './connect.js';
import { eventRepository } from './events.js';
import { migrateToLatest } from './migrate.js';
import { overrideRepository, responseRepository } from './responses.js';
import { challengeRepository, voteRepository } from './review.js';
import { loginAttemptRepository, sessionRepository } from './sessions.js';
import type { Engine } from './tables.js';
import type { StoreContext } from './write.js';

export interface Store {
  readonly engine: Engine;
  readonly location: StoreLocation;
  readonly users: ReturnType<typeof userRepository>;
  readonly tokens: ReturnType<typeof tokenRepository>;
  readonly sessions: ReturnType<typeof sessionRepository>;
  readonly logins: ReturnType<typeof loginAttemptRepository>;
  readonly cases: ReturnType<typeof caseRepository>;
  readonly challenges: ReturnType<typeof challengeRepository>;
  readonly votes: ReturnType<typeof voteRepository>;
  readonly responses: ReturnType<typeof responseRepository>;
  readonly overrides: ReturnType<typeof overrideRepository>;
  readonly teams: ReturnType<typeof teamRepository>;
  readonly grants: ReturnType<typeof grantRepository>;
  readonly roles: ReturnType<typeof roleRepository>;
  /** Applies the review core's decisions (challenge moves, votes, overrides) with their events. */
  readonly apply: ReturnType<typeof decisionRepository>;
  readonly events: ReturnType<typeof eventRepository>;
  /** Migrations this open applied (empty when the database was current). */
  readonly migrated: readonly string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The directory a relative SQLite path (and the default) is taken from. */
  readonly cwd?: string;
  /** The clock, as ISO-8601 UTC (tests fix it). */
  readonly now?: () => string;
  readonly newId?: () => string;
}

/**
 * Opens (creating and migrating if needed) the store at `url`: a file path or
 * `sqlite:PATH` (default .warrant/review.db under cwd), or `postgres://...`
 * (with `?schema=NAME` for a schema of its own).
 */
export async function openStore(url: string | undefined, options: OpenOptions = {}): Promise<Store> {
  const location = parseStoreUrl(url, options.cwd ?? process.cwd());
  const db = await connect(location);
  let migrated: string[];
  try {
    migrated = await migrateToLatest(db, location.engine);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  const ctx: StoreContext = {
    db,
    engine: location.engine,
    now: options.now ?? (() => new Date().toISOString()),
    newId: options.newId ?? randomUUID,
  };
  return {
    engine: location.engine,
    location,
    users: userRepository(ctx),
    tokens: tokenRepository(ctx),
    sessions: sessionRepository(ctx),
    logins: loginAttemptRepository(ctx),
    cases: caseRepository(ctx),
    challenges: challengeRepository(ctx),
    votes: voteRepository(ctx),
    responses: responseRepository(ctx),
    overrides: overrideRepository(ctx),
    teams: teamRepository(ctx),
    grants: grantRepository(ctx),
    roles: roleRepository(ctx),
    apply: decisionRepository(ctx),
    events: eventRepository(db),
    migrated,
    close: () => db.destroy(),
  };
}
