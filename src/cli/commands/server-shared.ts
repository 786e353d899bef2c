// What the `warrant server ...` administration commands share: opening the
// store named by --db (on the database directly, no running server) with a
// clear message when it cannot be opened, and the --format option.

import fs from 'node:fs';
import path from 'node:path';
import { TIERS, type Tier } from '../../model/vocab.js';
import { term } from '../../output/terminal.js';
import { parseStoreUrl, StoreUrlError } from '../../store/connect.js';
import { openStore, type Store } from '../../store/store.js';
import { type Io, UsageError } from '../io.js';
import { oneOf } from '../options.js';

export const DB_HELP = `  --db <url>               The store: a file path or sqlite:PATH (default
                           .warrant/review.db here), or postgres://user@host/db`;

/** Who the log records for changes made from the command line. */
export const CLI_ACTOR = 'system:cli';

export const formatOption = (v: string | undefined) => oneOf(v, ['pretty', 'json'] as const, '--format', 'pretty');

const displayPath = (file: string, cwd: string) => path.relative(cwd, file) || file;

/** A URL with its password replaced, fit for an error message. */
export function shownUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

/**
 * Opens the store, or prints why not and returns undefined (the command then
 * exits 2). With `existing`, a SQLite file that is not there is an error
 * rather than a new, empty store (verifying nothing proves nothing).
 */
export async function openForCli(
  io: Io,
  name: string,
  url: string | undefined,
  existing = false,
): Promise<Store | undefined> {
  try {
    const where = parseStoreUrl(url ?? process.env.WARRANT_DB, io.cwd);
    if (existing && where.engine === 'sqlite' && where.file !== ':memory:' && !fs.existsSync(where.file))
      throw new StoreUrlError(`there is no database at ${displayPath(where.file, io.cwd)}`);
    return await openStore(url ?? process.env.WARRANT_DB, { cwd: io.cwd });
  } catch (e) {
    // StoreUrlError and MigrationError say what went wrong in words; anything else is the driver's message.
    const why = e instanceof Error ? e.message : String(e);
    io.stderr(
      `${term`warrant ${name}: cannot open the store ${shownUrl(url ?? process.env.WARRANT_DB ?? '.warrant/review.db')}: ${why}`}\n`,
    );
    return undefined;
  }
}

/** Runs `work` on the store and closes it whatever happens. */
export async function withStore(
  io: Io,
  name: string,
  url: string | undefined,
  work: (store: Store) => Promise<number>,
  existing = false,
) {
  const store = await openForCli(io, name, url, existing);
  if (!store) return 2;
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** `public,internal`: a set of tiers; an unknown one is a usage error naming the known ones. */
export function tiersOption(value: string | undefined, flag: string): Tier[] {
  if (value === undefined || value.trim() === '') return [];
  const tiers = value.split(',').map((t) => t.trim());
  for (const t of tiers)
    if (!(TIERS as readonly string[]).includes(t))
      throw new UsageError(`${flag}: "${t}" is not a tier; use a comma-separated list of ${TIERS.join(', ')}.`);
  return tiers as Tier[];
}

/** A comma-separated list of words (letters, digits, - _ : .). */
export function wordsOption(value: string | undefined, flag: string): string[] {
  if (value === undefined || value.trim() === '') return [];
  const words = value.split(',').map((w) => w.trim());
  for (const w of words)
    if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/.test(w)) throw new UsageError(`${flag}: "${w}" is not a valid word.`);
  return words;
}
