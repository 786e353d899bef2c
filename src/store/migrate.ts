// Brings a database to the current schema with Kysely's Migrator. The
// migrations are compiled in (no folder read at run time, so the bundled CLI
// carries them); running them again is a no-op.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { initial } from './migrations/001-initial.js';
import type { Database, Engine } from './tables.js';

function migrations(engine: Engine): Record<string, Migration> {
  return { '001-initial': initial(engine) };
}

/** Thrown when a migration fails: the database is left at the last migration that succeeded. */
export class MigrationError extends Error {}

/** Runs every migration not yet applied; returns the names it applied (none when already current). */
export async function migrateToLatest(db: Kysely<Database>, engine: Engine): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(engine) };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration';
    throw new MigrationError(`${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
