// Users, API tokens, sessions and login attempts. Credentials are stored as
// hashes only: passwords by scrypt (src/node/passwords.ts, done by the caller,
// which keeps the slow hash out of the write lock), token and session secrets
// by SHA-256 (src/node/secrets.ts). Identity is (issuer, subject): "local" and
// the user's name for accounts made here, so OIDC users can be added later.
import type { Tier } from '../model/vocab.js';
import { newSecret, secretHash } from '../node/secrets.js';
import { canonicalJson } from '../record/canonical-json.js';
import { applied, conflict, exists, invalid, notFound, type Written } from './results.js';
import type { UsersTable } from './tables.js';
import { type StoreContext, writeWith } from './write.js';

export const LOCAL_ISSUER = 'local';
export const SERVER_ROLES = ['admin', 'member'] as const;
export type ServerRole = (typeof SERVER_ROLES)[number];
export const TOKEN_PREFIX = 'wt_';

export interface User {
  readonly id: string;
  readonly issuer: string;
  readonly subject: string;
  readonly name: string;
  readonly displayName: string;
  readonly clearances: readonly Tier[];
  readonly serverRole: ServerRole;
  readonly disabled: boolean;
  readonly hasPassword: boolean;
  readonly createdAt: string;
  readonly version: number;
}

export interface NewUser {
  readonly name: string;
  readonly displayName?: string;
  readonly issuer?: string;
  readonly subject?: string;
  readonly clearances: readonly Tier[];
  readonly serverRole: ServerRole;
  readonly passwordHash?: string;
}

function toUser(row: UsersTable): User {
  return {
    id: row.id,
    issuer: row.issuer,
    subject: row.subject,
    name: row.name,
    displayName: row.display_name,
    clearances: JSON.parse(row.clearances) as Tier[],
    serverRole: row.server_role as ServerRole,
    disabled: row.disabled === 1,
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at,
    version: row.version,
  };
}

const clearanceText = (tiers: readonly Tier[]) => canonicalJson([...new Set(tiers)].sort());

export function userRepository(ctx: StoreContext) {
  const byName = async (name: string) => {
    const row = await ctx.db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
    return row && toUser(row);
  };
  const byId = async (id: string) => {
    const row = await ctx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  };
  return {
    byName,
    byId,
    async list(): Promise<User[]> {
      return (await ctx.db.selectFrom('users').selectAll().orderBy('name').execute()).map(toUser);
    },
    /** The stored scrypt hash of a user's password, for sign-in (never leaves the server). */
    async passwordHash(name: string): Promise<string | undefined> {
      const row = await ctx.db.selectFrom('users').select('password_hash').where('name', '=', name).executeTakeFirst();
      return row?.password_hash ?? undefined;
    },
    add(input: NewUser, actor: string): Promise<Written<User>> {
      return writeWith(ctx, async (trx, at) => {
        const issuer = input.issuer ?? LOCAL_ISSUER;
        const subject = input.subject ?? input.name;
        const taken = await trx
          .selectFrom('users')
          .select('id')
          .where((eb) =>
            eb.or([eb('name', '=', input.name), eb.and([eb('issuer', '=', issuer), eb('subject', '=', subject)])]),
          )
          .executeTakeFirst();
        if (taken) return { result: exists(`user "${input.name}"`) };
        const row: UsersTable = {
          id: ctx.newId(),
          issuer,
          subject,
          name: input.name,
          display_name: input.displayName ?? input.name,
          password_hash: input.passwordHash ?? null,
          clearances: clearanceText(input.clearances),
          server_role: input.serverRole,
          disabled: 0,
          created_at: at,
          version: 1,
        };
        await trx.insertInto('users').values(row).execute();
        const user = toUser(row);
        const { id, name, clearances, serverRole } = user;
        return {
          result: applied(user),
          event: {
            actor,
            caseId: null,
            type: 'user.added',
            body: { id, name, issuer, subject, clearances, serverRole },
          },
        };
      });
    },
    /** Replaces a user's clearances, if `version` is still current. */
    setClearances(id: string, version: number, clearances: readonly Tier[], actor: string): Promise<Written<User>> {
      return updateUser(ctx, id, version, { clearances: clearanceText(clearances) }, actor, 'user.clearances-set', {
        clearances: JSON.parse(clearanceText(clearances)),
      });
    },
    /** Sets (or with null, removes) a user's password hash, if `version` is still current. */
    setPassword(id: string, version: number, passwordHash: string | null, actor: string): Promise<Written<User>> {
      return updateUser(ctx, id, version, { password_hash: passwordHash }, actor, 'user.password-set', {});
    },
  };
}

async function updateUser(
  ctx: StoreContext,
  id: string,
  version: number,
  set: Partial<Pick<UsersTable, 'clearances' | 'password_hash' | 'disabled'>>,
  actor: string,
  type: string,
  body: Record<string, unknown>,
): Promise<Written<User>> {
  return writeWith(ctx, async (trx) => {
    const r = await trx
      .updateTable('users')
      .set({ ...set, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) {
      const now = await trx.selectFrom('users').select('version').where('id', '=', id).executeTakeFirst();
      return { result: now ? conflict(now.version) : notFound(`user ${id}`) };
    }
    const row = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return { result: applied(toUser(row)), event: { actor, caseId: null, type, body: { id, ...body } } };
  });
}

export interface TokenInfo {
  readonly id: string;
  readonly userId: string;
  readonly prefix: string;
  readonly scopes: readonly string[];
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  readonly version: number;
}

export interface NewToken {
  readonly userId: string;
  readonly scopes: readonly string[];
  /** ISO-8601 UTC, or null: never expires. */
  readonly expiresAt: string | null;
}

export function tokenRepository(ctx: StoreContext) {
  const users = userRepository(ctx);
  return {
    /** Makes a token: the secret is in the result and nowhere else, ever. */
    create(input: NewToken, actor: string): Promise<Written<{ secret: string; token: TokenInfo }>> {
      const secret = newSecret(TOKEN_PREFIX);
      return writeWith(ctx, async (trx, at) => {
        const owner = await trx.selectFrom('users').select('id').where('id', '=', input.userId).executeTakeFirst();
        if (!owner) return { result: notFound(`user ${input.userId}`) };
        if (input.expiresAt !== null && input.expiresAt <= at)
          return { result: invalid('the expiry is not in the future') };
        const token: TokenInfo = {
          id: ctx.newId(),
          userId: input.userId,
          prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
          scopes: [...new Set(input.scopes)].sort(),
          createdAt: at,
          expiresAt: input.expiresAt,
          revokedAt: null,
          version: 1,
        };
        await trx
          .insertInto('api_tokens')
          .values({
            id: token.id,
            user_id: token.userId,
            hash: secretHash(secret),
            prefix: token.prefix,
            scopes: canonicalJson(token.scopes),
            created_at: at,
            expires_at: token.expiresAt,
            revoked_at: null,
            version: 1,
          })
          .execute();
        const { id, userId, prefix, scopes, expiresAt } = token;
        return {
          result: applied({ secret, token }),
          event: { actor, caseId: null, type: 'token.created', body: { id, userId, prefix, scopes, expiresAt } },
        };
      });
    },
    /** The user a presented token speaks for: undefined if unknown, revoked, expired, or its owner is disabled. */
    async authenticate(secret: string): Promise<{ user: User; token: TokenInfo } | undefined> {
      const row = await ctx.db
        .selectFrom('api_tokens')
        .selectAll()
        .where('hash', '=', secretHash(secret))
        .executeTakeFirst();
      if (!row || row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= ctx.now())) return undefined;
      const user = await users.byId(row.user_id);
      if (!user || user.disabled) return undefined;
      return { user, token: toToken(row) };
    },
    async list(userId: string): Promise<TokenInfo[]> {
      const rows = await ctx.db
        .selectFrom('api_tokens')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
      return rows.map(toToken);
    },
    revoke(id: string, version: number, actor: string): Promise<Written<TokenInfo>> {
      return writeWith(ctx, async (trx, at) => {
        const row = await trx.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return { result: notFound(`token ${id}`) };
        if (row.version !== version) return { result: conflict(row.version) };
        if (row.revoked_at !== null) return { result: invalid(`token ${id} is already revoked`) };
        await trx
          .updateTable('api_tokens')
          .set({ revoked_at: at, version: version + 1 })
          .where('id', '=', id)
          .execute();
        return {
          result: applied(toToken({ ...row, revoked_at: at, version: version + 1 })),
          event: { actor, caseId: null, type: 'token.revoked', body: { id, userId: row.user_id } },
        };
      });
    },
  };
}

function toToken(row: {
  id: string;
  user_id: string;
  prefix: string;
  scopes: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  version: number;
}): TokenInfo {
  return {
    id: row.id,
    userId: row.user_id,
    prefix: row.prefix,
    scopes: JSON.parse(row.scopes) as string[],
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    version: row.version,
  };
}
