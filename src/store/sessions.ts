// Browser sessions and login rate limiting. A session id lives in an HttpOnly
// cookie; the store keeps its SHA-256 only, with the CSRF secret the pages
// echo back on every form post. Login attempts are counters, not state
// changes of the review, so they are not in the event log.
import { newSecret, secretHash } from '../node/secrets.js';
import { applied, notFound, type Written } from './results.js';
import { type StoreContext, writeWith } from './write.js';

export interface Session {
  readonly userId: string;
  readonly csrfSecret: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export function sessionRepository(ctx: StoreContext) {
  return {
    /** Starts a session for a user until `expiresAt`; the id is returned once, for the cookie. */
    start(userId: string, expiresAt: string): Promise<Written<{ id: string; session: Session }>> {
      const id = newSecret('ws_');
      const csrfSecret = newSecret('');
      return writeWith(ctx, async (trx, at) => {
        const user = await trx
          .selectFrom('users')
          .select(['id', 'disabled'])
          .where('id', '=', userId)
          .executeTakeFirst();
        if (!user || user.disabled === 1) return { result: notFound(`user ${userId}`) };
        const session = { userId, csrfSecret, createdAt: at, expiresAt };
        await trx
          .insertInto('sessions')
          .values({
            id_hash: secretHash(id),
            user_id: userId,
            csrf_secret: csrfSecret,
            created_at: at,
            expires_at: expiresAt,
            revoked_at: null,
          })
          .execute();
        return {
          result: applied({ id, session }),
          event: { actor: userId, caseId: null, type: 'session.started', body: { userId } },
        };
      });
    },
    /** The live session a cookie names: undefined if unknown, ended or expired. */
    async lookup(id: string): Promise<Session | undefined> {
      const row = await ctx.db
        .selectFrom('sessions')
        .selectAll()
        .where('id_hash', '=', secretHash(id))
        .executeTakeFirst();
      if (!row || row.revoked_at !== null || row.expires_at <= ctx.now()) return undefined;
      return { userId: row.user_id, csrfSecret: row.csrf_secret, createdAt: row.created_at, expiresAt: row.expires_at };
    },
    /** Ends a session (sign-out). */
    end(id: string): Promise<Written<null>> {
      return writeWith(ctx, async (trx, at) => {
        const row = await trx
          .selectFrom('sessions')
          .select(['user_id', 'revoked_at'])
          .where('id_hash', '=', secretHash(id))
          .executeTakeFirst();
        if (!row || row.revoked_at !== null) return { result: notFound('session') };
        await trx.updateTable('sessions').set({ revoked_at: at }).where('id_hash', '=', secretHash(id)).execute();
        return {
          result: applied(null),
          event: { actor: row.user_id, caseId: null, type: 'session.ended', body: { userId: row.user_id } },
        };
      });
    },
  };
}

export function loginAttemptRepository(ctx: StoreContext) {
  return {
    /** Records one sign-in attempt under `key` (an account name or a client address). */
    async record(key: string, succeeded: boolean): Promise<void> {
      await ctx.db
        .insertInto('login_attempts')
        .values({ id: ctx.newId(), key, at: ctx.now(), succeeded: succeeded ? 1 : 0 })
        .execute();
    },
    /** Failed attempts under `key` at or after `since` (ISO-8601 UTC): what a rate limit compares with its cap. */
    async failuresSince(key: string, since: string): Promise<number> {
      const row = await ctx.db
        .selectFrom('login_attempts')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('key', '=', key)
        .where('succeeded', '=', 0)
        .where('at', '>=', since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
