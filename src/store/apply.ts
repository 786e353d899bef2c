// Applying the review core's decisions (src/review/challenge-flow.ts, votes.ts,
// overrides.ts). The core decides, purely, what a challenge, vote or override
// becomes and which event records it, with the tiers a reader needs; the store
// writes exactly that in one transaction with the event, refusing a stale
// version. Objects keep the time the caller stamped them with; the event's
// time is the commit's.
import { canonicalJson } from '../record/canonical-json.js';
import type { ReviewEvent } from '../review/challenge-flow.js';
import type { Challenge, Override, Response, Vote } from '../review/types.js';
import { bodyOf } from './responses.js';
import { applied, conflict, exists, notFound, type Written } from './results.js';
import type { ChallengesTable } from './tables.js';
import { hasRevision, type NewEvent, type StoreContext, type Trx, writeWith } from './write.js';

const challengeRow = (c: Challenge): ChallengesTable => ({
  id: c.id,
  case_id: c.caseId,
  revision: c.revision,
  target_kind: c.target.kind,
  target_id: c.target.id,
  kind: c.kind,
  severity: c.severity,
  tier: c.tier,
  text: c.text,
  author: c.author,
  at: c.at,
  status: c.status,
  version: c.version,
});

const logged = (actor: string, caseId: string, e: ReviewEvent): NewEvent => ({ actor, caseId, ...e });

/** Writes a challenge at version 1 (new) or moves it from version - 1; with its response, if any. */
async function writeChallenge(trx: Trx, c: Challenge): Promise<Written<null>> {
  if (c.version === 1) {
    if (!(await hasRevision(trx, c.caseId, c.revision)))
      return notFound(`revision ${c.revision} of case "${c.caseId}"`);
    if (await trx.selectFrom('challenges').select('id').where('id', '=', c.id).executeTakeFirst())
      return exists(`challenge ${c.id}`);
    await trx.insertInto('challenges').values(challengeRow(c)).execute();
    return applied(null);
  }
  const r = await trx
    .updateTable('challenges')
    .set({ status: c.status, version: c.version })
    .where('id', '=', c.id)
    .where('version', '=', c.version - 1)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 1) return applied(null);
  const now = await trx.selectFrom('challenges').select('version').where('id', '=', c.id).executeTakeFirst();
  return now ? conflict(now.version) : notFound(`challenge ${c.id}`);
}

async function writeResponse(trx: Trx, r: Response): Promise<void> {
  await trx
    .insertInto('responses')
    .values({
      id: r.id,
      challenge_id: r.challengeId,
      case_id: r.caseId,
      revision: r.revision,
      kind: r.kind,
      body: canonicalJson(bodyOf(r)),
      tier: r.tier,
      text: r.text,
      author: r.author,
      at: r.at,
    })
    .execute();
}

export function decisionRepository(ctx: StoreContext) {
  return {
    /** A challenge opened, answered, sustained, withdrawn or accepted, as challenge-flow.ts decided it. */
    challenge(
      moved: { challenge: Challenge; event: ReviewEvent; response?: Response },
      actor: string,
    ): Promise<Written<Challenge>> {
      return writeWith(ctx, async (trx) => {
        const written = await writeChallenge(trx, moved.challenge);
        if (!written.ok) return { result: written };
        if (moved.response) await writeResponse(trx, moved.response);
        return { result: applied(moved.challenge), event: logged(actor, moved.challenge.caseId, moved.event) };
      });
    },
    /**
     * A vote cast (`expectedVersion` null) or dismissed (the version the caller
     * read), as votes.ts decided it. A vote is never deleted.
     */
    vote(decided: { vote: Vote; event: ReviewEvent }, expectedVersion: number | null): Promise<Written<Vote>> {
      const v = decided.vote;
      return writeWith(ctx, async (trx) => {
        if (expectedVersion === null) {
          if (!(await hasRevision(trx, v.caseId, v.revision)))
            return { result: notFound(`revision ${v.revision} of case "${v.caseId}"`) };
          await trx
            .insertInto('votes')
            .values({
              id: v.id,
              case_id: v.caseId,
              revision: v.revision,
              value: v.value,
              tier: v.tier,
              text: v.text,
              author: v.author,
              at: v.at,
              dismissed_by: null,
              dismissed_at: null,
              dismissal_message: null,
              version: 1,
            })
            .execute();
          return { result: applied(v), event: logged(v.author, v.caseId, decided.event) };
        }
        const d = v.dismissed;
        if (!d) return { result: notFound('a dismissal to apply') };
        const r = await trx
          .updateTable('votes')
          .set({ dismissed_by: d.by, dismissed_at: d.at, dismissal_message: d.message, version: expectedVersion + 1 })
          .where('id', '=', v.id)
          .where('version', '=', expectedVersion)
          .where('dismissed_at', 'is', null)
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) === 0) {
          const now = await trx.selectFrom('votes').select('version').where('id', '=', v.id).executeTakeFirst();
          return { result: now ? conflict(now.version) : notFound(`vote ${v.id}`) };
        }
        return { result: applied(v), event: logged(d.by, v.caseId, decided.event) };
      });
    },
    /** A requirement overridden, as overrides.ts decided it (once per requirement and revision). */
    override(decided: { override: Override; event: ReviewEvent }): Promise<Written<Override>> {
      const o = decided.override;
      return writeWith(ctx, async (trx) => {
        if (!(await hasRevision(trx, o.caseId, o.revision)))
          return { result: notFound(`revision ${o.revision} of case "${o.caseId}"`) };
        const old = await trx
          .selectFrom('requirement_overrides')
          .select('by')
          .where('case_id', '=', o.caseId)
          .where('revision', '=', o.revision)
          .where('requirement', '=', o.requirement)
          .executeTakeFirst();
        if (old) return { result: exists(`override of ${o.requirement} on ${o.revision}`) };
        await trx
          .insertInto('requirement_overrides')
          .values({
            case_id: o.caseId,
            revision: o.revision,
            requirement: o.requirement,
            by: o.by,
            at: o.at,
            justification: o.justification,
          })
          .execute();
        return { result: applied(o), event: logged(o.by, o.caseId, decided.event) };
      });
    },
  };
}
