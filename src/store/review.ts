// Challenges and votes: the review state the server keeps beside the case.
// The shapes are the review model's (src/review/types.ts); the store checks
// only what the database must guarantee whoever calls it (versions, existence,
// a vote is never deleted and never dismissed twice). Who may do what is the
// review logic's decision, made before the store is called.
import type { Tier } from '../model/vocab.js';
import type { Challenge, ChallengeStatus, Dismissal, Vote, VoteValue } from '../review/types.js';
import { applied, conflict, invalid, notFound, type Written } from './results.js';
import type { ChallengesTable, VotesTable } from './tables.js';
import { hasRevision, type StoreContext, writeWith } from './write.js';

export type NewChallenge = Omit<Challenge, 'id' | 'at' | 'status' | 'version'>;
export type NewVote = Omit<Vote, 'id' | 'at' | 'dismissed'>;
export type StoredVote = Vote & { readonly version: number };

const toChallenge = (r: ChallengesTable): Challenge => ({
  id: r.id,
  caseId: r.case_id,
  revision: r.revision,
  target: { kind: r.target_kind as Challenge['target']['kind'], id: r.target_id },
  kind: r.kind as Challenge['kind'],
  severity: r.severity as Challenge['severity'],
  tier: r.tier as Tier,
  text: r.text,
  author: r.author,
  at: r.at,
  status: r.status as ChallengeStatus,
  version: r.version,
});

function toVote(r: VotesTable): StoredVote {
  const dismissed: Dismissal | undefined =
    r.dismissed_by !== null && r.dismissed_at !== null && r.dismissal_message !== null
      ? { by: r.dismissed_by, at: r.dismissed_at, message: r.dismissal_message }
      : undefined;
  return {
    id: r.id,
    caseId: r.case_id,
    revision: r.revision,
    value: r.value as VoteValue,
    tier: r.tier as Tier,
    text: r.text,
    author: r.author,
    at: r.at,
    ...(dismissed ? { dismissed } : {}),
    version: r.version,
  };
}

export function challengeRepository(ctx: StoreContext) {
  return {
    open(input: NewChallenge): Promise<Written<Challenge>> {
      return writeWith(ctx, async (trx, at) => {
        if (!(await hasRevision(trx, input.caseId, input.revision)))
          return { result: notFound(`revision ${input.revision} of case "${input.caseId}"`) };
        const row: ChallengesTable = {
          id: ctx.newId(),
          case_id: input.caseId,
          revision: input.revision,
          target_kind: input.target.kind,
          target_id: input.target.id,
          kind: input.kind,
          severity: input.severity,
          tier: input.tier,
          text: input.text,
          author: input.author,
          at,
          status: 'open',
          version: 1,
        };
        await trx.insertInto('challenges').values(row).execute();
        const challenge = toChallenge(row);
        const { version: _v, ...body } = challenge;
        return {
          result: applied(challenge),
          event: {
            actor: input.author,
            caseId: input.caseId,
            type: 'challenge.opened',
            body,
            tiers: [row.tier as Tier],
          },
        };
      });
    },
    async get(id: string): Promise<Challenge | undefined> {
      const row = await ctx.db.selectFrom('challenges').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toChallenge(row);
    },
    async ofCase(caseId: string): Promise<Challenge[]> {
      const rows = await ctx.db
        .selectFrom('challenges')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(toChallenge);
    },
    /** Moves a challenge to `status`, if `version` is still current. */
    setStatus(id: string, version: number, status: ChallengeStatus, actor: string): Promise<Written<Challenge>> {
      return writeWith(ctx, async (trx) => {
        const row = await trx.selectFrom('challenges').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return { result: notFound(`challenge ${id}`) };
        if (row.version !== version) return { result: conflict(row.version) };
        const next = { ...row, status, version: version + 1 };
        await trx.updateTable('challenges').set({ status, version: next.version }).where('id', '=', id).execute();
        return {
          result: applied(toChallenge(next)),
          event: {
            actor,
            caseId: row.case_id,
            type: 'challenge.status-set',
            body: { id, from: row.status, to: status },
            tiers: [row.tier as Tier],
          },
        };
      });
    },
  };
}

export function voteRepository(ctx: StoreContext) {
  return {
    cast(input: NewVote): Promise<Written<StoredVote>> {
      return writeWith(ctx, async (trx, at) => {
        if (!(await hasRevision(trx, input.caseId, input.revision)))
          return { result: notFound(`revision ${input.revision} of case "${input.caseId}"`) };
        const row: VotesTable = {
          id: ctx.newId(),
          case_id: input.caseId,
          revision: input.revision,
          value: input.value,
          tier: input.tier,
          text: input.text,
          author: input.author,
          at,
          dismissed_by: null,
          dismissed_at: null,
          dismissal_message: null,
          version: 1,
        };
        await trx.insertInto('votes').values(row).execute();
        const vote = toVote(row);
        const { version: _v, ...body } = vote;
        return {
          result: applied(vote),
          event: { actor: input.author, caseId: input.caseId, type: 'vote.cast', body, tiers: [row.tier as Tier] },
        };
      });
    },
    async ofCase(caseId: string): Promise<StoredVote[]> {
      const rows = await ctx.db
        .selectFrom('votes')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(toVote);
    },
    /** Dismisses a vote with a message (kept with it), if `version` is still current. A vote is never deleted. */
    dismiss(id: string, version: number, message: string, actor: string): Promise<Written<StoredVote>> {
      return writeWith(ctx, async (trx, at) => {
        const row = await trx.selectFrom('votes').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return { result: notFound(`vote ${id}`) };
        if (row.version !== version) return { result: conflict(row.version) };
        if (row.dismissed_at !== null) return { result: invalid(`vote ${id} is already dismissed`) };
        if (message.trim() === '') return { result: invalid('a dismissal needs a message') };
        const set = { dismissed_by: actor, dismissed_at: at, dismissal_message: message, version: version + 1 };
        await trx.updateTable('votes').set(set).where('id', '=', id).execute();
        return {
          result: applied(toVote({ ...row, ...set })),
          event: {
            actor,
            caseId: row.case_id,
            type: 'vote.dismissed',
            body: { id, message },
            tiers: [row.tier as Tier],
          },
        };
      });
    },
  };
}
