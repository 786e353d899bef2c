// From a database URL to a Kysely instance on the right engine. SQLite is a
// file (the default, for one person); PostgreSQL is a server (for a team,
// several server processes on one database).
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './tables.js';

/** Where the store lives when no URL is given: under .warrant/ in the working directory. */
export const DEFAULT_SQLITE_PATH = path.join('.warrant', 'review.db');

export type StoreLocation =
  | { readonly engine: 'sqlite'; readonly file: string }
  | { readonly engine: 'postgres'; readonly url: string; readonly schema?: string };

/** Thrown for a URL that names no store this code can open, or a server it cannot reach; the message says why. */
export class StoreUrlError extends Error {}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * `postgres://` or `postgresql://` URLs go to PostgreSQL (a `?schema=NAME`
 * parameter puts the tables in that schema, created if missing); `sqlite:PATH`
 * or a bare path is a SQLite file, relative to `cwd`.
 */
export function parseStoreUrl(url: string | undefined, cwd: string): StoreLocation {
  const u = url?.trim() || DEFAULT_SQLITE_PATH;
  if (/^postgres(ql)?:\/\//.test(u)) return postgresLocation(u);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(u) && !u.startsWith('sqlite:'))
    throw new StoreUrlError(
      `"${u}" is not a database URL Warrant knows: use postgres://..., sqlite:PATH or a file path.`,
    );
  const file = u.startsWith('sqlite:') ? u.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '') : u;
  if (file === '') throw new StoreUrlError('sqlite: needs a file path, e.g. sqlite:.warrant/review.db.');
  return { engine: 'sqlite', file: file === ':memory:' ? file : path.resolve(cwd, file) };
}

function postgresLocation(u: string): StoreLocation {
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    throw new StoreUrlError(`"${u}" is not a valid PostgreSQL URL.`);
  }
  const schema = parsed.searchParams.get('schema') ?? undefined;
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new StoreUrlError(`schema "${schema}" must be lowercase letters, digits and _ (at most 63).`);
  parsed.searchParams.delete('schema');
  return { engine: 'postgres', url: parsed.toString(), ...(schema ? { schema } : {}) };
}

/** A Kysely instance on the store's engine, with the settings the store relies on. */
export async function connect(where: StoreLocation): Promise<Kysely<Database>> {
  return where.engine === 'sqlite' ? connectSqlite(where.file) : connectPostgres(where.url, where.schema);
}

async function connectSqlite(file: string): Promise<Kysely<Database>> {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);
  // WAL: readers do not block the writer; busy_timeout: a second process
  // waits for the write lock instead of failing; foreign keys are off by
  // default in SQLite; synchronous=FULL: an acknowledged write survives a
  // power cut, not only a crash.
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 10000');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = FULL');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

async function connectPostgres(url: string, schema: string | undefined): Promise<Kysely<Database>> {
  const options = schema ? `-c search_path=${schema}` : undefined;
  // A bounded connect: an unreachable server is an error in seconds, not a hang.
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 10_000,
    ...(options ? { options } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
    if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (e) {
    await db.destroy();
    throw new StoreUrlError(`cannot connect to PostgreSQL: ${(e as Error).message}`);
  }
  return db;
}
