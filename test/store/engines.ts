// The databases the store contract suite runs on: a temporary SQLite file, and
// a schema of its own on the PostgreSQL at 127.0.0.1:5432 (WARRANT_TEST_PG to
// point elsewhere). PostgreSQL missing is a failure, not a skip: CI has it, and
// a suite that silently tests one engine proves nothing about the other.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { type OpenOptions, openStore, type Store } from '../../src/store/store.js';

export const PG_URL = process.env.WARRANT_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDb {
  readonly engine: 'sqlite' | 'postgres';
  /** The URL openStore takes: a second open (or another process) reaches the same data. */
  readonly url: string;
  open(options?: OpenOptions): Promise<Store>;
  /** Runs SQL past the store, as an attacker or a careless admin with a database shell would. */
  raw(statement: string): Promise<unknown[]>;
  drop(): Promise<void>;
}

let counter = 0;
const unique = () => `${process.pid}_${Date.now().toString(36)}_${counter++}`;

export function sqliteDb(): TestDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-store-'));
  const file = path.join(dir, 'review.db');
  return {
    engine: 'sqlite',
    url: `sqlite:${file}`,
    open: (options) => openStore(`sqlite:${file}`, options),
    async raw(statement) {
      const db = new Sqlite(file);
      try {
        const st = db.prepare(statement);
        return st.reader ? st.all() : [st.run()];
      } finally {
        db.close();
      }
    },
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postgresDb(): Promise<TestDb> {
  const schema = `warrant_test_${unique()}`;
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(
      `The store contract suite needs PostgreSQL at ${PG_URL} and cannot reach it (${(e as Error).message}). ` +
        'Start it (CI does, in .ci/run) or set WARRANT_TEST_PG to a reachable database.',
    );
  }
  await client.query(`create schema ${schema}`);
  await client.query(`set search_path to ${schema}`);
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  return {
    engine: 'postgres',
    url,
    open: (options) => openStore(url, options),
    async raw(statement) {
      return (await client.query(statement)).rows;
    },
    async drop() {
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

/** Both engines, each made fresh by `make()`. */
export const ENGINES: readonly { name: 'sqlite' | 'postgres'; make: () => Promise<TestDb> }[] = [
  { name: 'sqlite', make: async () => sqliteDb() },
  { name: 'postgres', make: postgresDb },
];
