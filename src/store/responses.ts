// Responses to challenges and overrides of sign-off requirements: both are
// written once and never changed, and each is an event of the log.
import type { Tier } from '../model/vocab.js';
import { canonicalJson } from '../record/canonical-json.js';
import type { Override, Response, ResponseBody, ResponseKind } from '../review/types.js';
import { applied, exists, invalid, notFound, type Written } from './results.js';
import type { OverridesTable, ResponsesTable } from './tables.js';
import { hasRevision, type StoreContext, writeWith } from './write.js';

/** A response before the store gives it an id and a time (Omit applied to each kind of the union). */
export type NewResponse = Response extends infer R ? (R extends unknown ? Omit<R, 'id' | 'at'> : never) : never;

/** The fields a response kind carries beyond the common ones, stored as canonical JSON. */
export function bodyOf(r: ResponseBody): Record<string, unknown> {
  switch (r.kind) {
    case 'rebut':
      return { refs: r.refs };
    case 'fix':
      return { fixRevision: r.fixRevision };
    default:
      return { reason: r.reason };
  }
}

function toResponse(row: ResponsesTable): Response {
  return {
    id: row.id,
    challengeId: row.challenge_id,
    caseId: row.case_id,
    revision: row.revision,
    kind: row.kind as ResponseKind,
    ...JSON.parse(row.body),
    tier: row.tier as Tier,
    text: row.text,
    author: row.author,
    at: row.at,
  } as Response;
}

const toOverride = (r: OverridesTable): Override => ({
  caseId: r.case_id,
  revision: r.revision,
  requirement: r.requirement as Override['requirement'],
  by: r.by,
  at: r.at,
  justification: r.justification,
});

export function responseRepository(ctx: StoreContext) {
  return {
    add(input: NewResponse): Promise<Written<Response>> {
      return writeWith(ctx, async (trx, at) => {
        const challenge = await trx
          .selectFrom('challenges')
          .select(['case_id', 'tier'])
          .where('id', '=', input.challengeId)
          .executeTakeFirst();
        if (!challenge || challenge.case_id !== input.caseId)
          return { result: notFound(`challenge ${input.challengeId}`) };
        const row: ResponsesTable = {
          id: ctx.newId(),
          challenge_id: input.challengeId,
          case_id: input.caseId,
          revision: input.revision,
          kind: input.kind,
          body: canonicalJson(bodyOf(input)),
          tier: input.tier,
          text: input.text,
          author: input.author,
          at,
        };
        await trx.insertInto('responses').values(row).execute();
        const response = toResponse(row);
        return {
          result: applied(response),
          event: {
            actor: input.author,
            caseId: input.caseId,
            type: 'challenge.responded',
            body: response,
            tiers: [challenge.tier as Tier, input.tier],
          },
        };
      });
    },
    async ofChallenge(challengeId: string): Promise<Response[]> {
      const rows = await ctx.db
        .selectFrom('responses')
        .selectAll()
        .where('challenge_id', '=', challengeId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(toResponse);
    },
  };
}

export function overrideRepository(ctx: StoreContext) {
  return {
    /** Records a decision maker's override of one requirement on one revision; once, with its justification. */
    add(input: Omit<Override, 'at'>): Promise<Written<Override>> {
      return writeWith(ctx, async (trx, at) => {
        if (input.justification.trim() === '') return { result: invalid('an override needs a written justification') };
        if (!(await hasRevision(trx, input.caseId, input.revision)))
          return { result: notFound(`revision ${input.revision} of case "${input.caseId}"`) };
        const old = await trx
          .selectFrom('requirement_overrides')
          .select('by')
          .where('case_id', '=', input.caseId)
          .where('revision', '=', input.revision)
          .where('requirement', '=', input.requirement)
          .executeTakeFirst();
        if (old) return { result: exists(`override of ${input.requirement} on ${input.revision}`) };
        const row: OverridesTable = {
          case_id: input.caseId,
          revision: input.revision,
          requirement: input.requirement,
          by: input.by,
          at,
          justification: input.justification,
        };
        await trx.insertInto('requirement_overrides').values(row).execute();
        const override = toOverride(row);
        return {
          result: applied(override),
          event: { actor: input.by, caseId: input.caseId, type: 'requirement.overridden', body: override },
        };
      });
    },
    async ofRevision(caseId: string, revision: string): Promise<Override[]> {
      const rows = await ctx.db
        .selectFrom('requirement_overrides')
        .selectAll()
        .where('case_id', '=', caseId)
        .where('revision', '=', revision)
        .orderBy('requirement')
        .execute();
      return rows.map(toOverride);
    },
  };
}
