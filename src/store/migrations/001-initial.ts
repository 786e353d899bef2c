// The first schema: every table of the review store, on SQLite and PostgreSQL
// alike. A migration is history: once released it never changes, so the
// enumerations are written out here rather than imported from src/review/
// (a later change to those lists needs a migration of its own; a test holds
// these lists and the review model's together).
import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { Engine } from '../tables.js';

const TIERS = ['public', 'internal', 'regulator', 'restricted'];
const CHALLENGE_KINDS = ['rebutting', 'undercutting', 'undermining'];
const SEVERITIES = ['blocking', 'non-blocking'];
const CHALLENGE_STATUSES = ['open', 'answered', 'sustained', 'withdrawn', 'accepted-residual'];
const TARGET_KINDS = ['node', 'link', 'evidence'];
const RESPONSE_KINDS = ['rebut', 'fix', 'accept-residual', 'out-of-scope'];
const VOTE_VALUES = ['approve', 'request-changes', 'comment', 'veto'];
const REQUIREMENTS = [
  'independent-approvals',
  'no-veto',
  'no-open-blocking-challenge',
  'check-clean',
  'external-review',
];
const ROLES = [
  'author',
  'reviewer-internal',
  'reviewer-independent',
  'reviewer-external',
  'red-team',
  'decision-maker',
  'observer',
  'admin',
];
const LEVELS = ['view', 'comment', 'edit', 'admin'];
const PRINCIPALS = ['user', 'team'];
const SERVER_ROLES = ['admin', 'member'];

/** The lists the CHECK constraints allow, for the test that compares them with the review model. */
export const ENUMS = {
  TIERS,
  CHALLENGE_KINDS,
  SEVERITIES,
  CHALLENGE_STATUSES,
  TARGET_KINDS,
  RESPONSE_KINDS,
  VOTE_VALUES,
  REQUIREMENTS,
  ROLES,
  LEVELS,
  PRINCIPALS,
};

// biome-ignore lint/suspicious/noExplicitAny: a migration works on the schema as it was then, not on today's types.
type Db = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: see above.
type Table = CreateTableBuilder<any, any>;

/** `column IN ('a', 'b')`, for a CHECK constraint (the values are constants of this file, never input). */
function within(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

function checks(t: Table, name: string, rules: Record<string, readonly string[]>): Table {
  let out = t;
  for (const [column, values] of Object.entries(rules))
    out = out.addCheckConstraint(`${name}_${column}_ck`, within(column, values));
  return out;
}

const version = (t: Table) =>
  t.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`));

async function caseTables(db: Db): Promise<void> {
  await version(
    db.schema
      .createTable('cases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('config', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createTable('revisions')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('commit', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('revisions_pk', ['case_id', 'digest'])
    .execute();
}

async function challengeTables(db: Db): Promise<void> {
  const challenges = db.schema
    .createTable('challenges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('revision', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('challenges_revision_fk', ['case_id', 'revision'], 'revisions', ['case_id', 'digest']);
  await checks(version(challenges), 'challenges', {
    target_kind: TARGET_KINDS,
    kind: CHALLENGE_KINDS,
    severity: SEVERITIES,
    tier: TIERS,
    status: CHALLENGE_STATUSES,
  }).execute();
  const responses = db.schema
    .createTable('responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('challenge_id', 'text', (c) => c.notNull().references('challenges.id'))
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('revision', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull());
  await checks(responses, 'responses', { kind: RESPONSE_KINDS, tier: TIERS }).execute();
}

async function voteTables(db: Db): Promise<void> {
  const votes = db.schema
    .createTable('votes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('revision', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('dismissed_by', 'text', (c) => c.references('users.id'))
    .addColumn('dismissed_at', 'text')
    .addColumn('dismissal_message', 'text')
    .addForeignKeyConstraint('votes_revision_fk', ['case_id', 'revision'], 'revisions', ['case_id', 'digest'])
    // A dismissal is all three or none, and never without its message.
    .addCheckConstraint(
      'votes_dismissal_ck',
      sql`(dismissed_by is null and dismissed_at is null and dismissal_message is null) or (dismissed_by is not null and dismissed_at is not null and length(dismissal_message) > 0)`,
    );
  await checks(version(votes), 'votes', { value: VOTE_VALUES, tier: TIERS }).execute();
  const overrides = db.schema
    .createTable('requirement_overrides')
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('revision', 'text', (c) => c.notNull())
    .addColumn('requirement', 'text', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('justification', 'text', (c) => c.notNull().check(sql`length(justification) > 0`))
    .addPrimaryKeyConstraint('requirement_overrides_pk', ['case_id', 'revision', 'requirement'])
    .addForeignKeyConstraint('overrides_revision_fk', ['case_id', 'revision'], 'revisions', ['case_id', 'digest']);
  await checks(overrides, 'overrides', { requirement: REQUIREMENTS }).execute();
}

async function userTables(db: Db): Promise<void> {
  const users = db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('clearances', 'text', (c) => c.notNull())
    .addColumn('server_role', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0).check(sql`disabled in (0, 1)`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('users_identity_uq', ['issuer', 'subject']);
  await checks(version(users), 'users', { server_role: SERVER_ROLES }).execute();
  await version(
    db.schema
      .createTable('teams')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createTable('team_members')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('team_members_pk', ['team_id', 'user_id'])
    .execute();
}

async function accessTables(db: Db): Promise<void> {
  const grants = db.schema
    .createTable('grants')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('principal_kind', 'text', (c) => c.notNull())
    .addColumn('principal_id', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('grants_pk', ['case_id', 'principal_kind', 'principal_id']);
  await checks(version(grants), 'grants', { principal_kind: PRINCIPALS, level: LEVELS }).execute();
  const roles = db.schema
    .createTable('case_roles')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_roles_pk', ['case_id', 'user_id', 'role']);
  await checks(roles, 'case_roles', { role: ROLES }).execute();
}

async function credentialTables(db: Db): Promise<void> {
  await version(
    db.schema
      .createTable('api_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('hash', 'text', (c) => c.notNull().unique())
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('scopes', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('revoked_at', 'text'),
  ).execute();
  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('succeeded', 'integer', (c) => c.notNull().check(sql`succeeded in (0, 1)`))
    .execute();
  await db.schema.createIndex('login_attempts_key_at').on('login_attempts').columns(['key', 'at']).execute();
}

async function eventTable(db: Db, engine: Engine): Promise<void> {
  // seq is the primary key and prev is unique: two appends that raced past the
  // lock would both claim the same seq and the same prev, and one would fail,
  // so the log cannot fork even if serialisation were ever broken.
  await db.schema
    .createTable('events')
    .addColumn('seq', 'integer', (c) => c.primaryKey().check(sql`seq >= 1`))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('prev', 'text', (c) => c.notNull().unique())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('tiers', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_case').on('events').columns(['case_id', 'seq']).execute();
  await refuseChanges(db, engine, 'events', ['update', 'delete']);
  // Votes are never deleted (a dismissal is an update with a message).
  await refuseChanges(db, engine, 'votes', ['delete']);
}

/** Triggers that make the database itself refuse these statements on a table, whatever the code does. */
async function refuseChanges(db: Db, engine: Engine, table: string, ops: readonly ('update' | 'delete')[]) {
  const message = sql.lit(`${table} is append-only: ${ops.join(' and ')} refused`);
  for (const op of ops) {
    const name = sql.raw(`${table}_no_${op}`);
    if (engine === 'sqlite') {
      await sql`create trigger ${name} before ${sql.raw(op)} on ${sql.table(table)}
        begin select raise(abort, ${message}); end`.execute(db);
    } else {
      await sql`create function ${name}() returns trigger language plpgsql as $$
        begin raise exception ${message} using errcode = 'WA001'; end $$`.execute(db);
      await sql`create trigger ${name} before ${sql.raw(op)} on ${sql.table(table)}
        for each row execute function ${name}()`.execute(db);
    }
  }
  if (engine === 'postgres' && ops.includes('delete')) {
    const name = sql.raw(`${table}_no_truncate`);
    await sql`create trigger ${name} before truncate on ${sql.table(table)}
      for each statement execute function ${sql.raw(`${table}_no_delete`)}()`.execute(db);
  }
}

export function initial(engine: Engine) {
  return {
    async up(db: Db): Promise<void> {
      await caseTables(db);
      await userTables(db);
      await challengeTables(db);
      await voteTables(db);
      await accessTables(db);
      await credentialTables(db);
      await eventTable(db, engine);
    },
  };
}
