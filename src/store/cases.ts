// Cases and their revisions. A revision is an exact snapshot of a case, named
// by the SHA-256 of its canonical JSON: pushing the same snapshot twice names
// the same revision and stores (and logs) it once.
import { canonicalJson } from '../record/canonical-json.js';
import { sha256Hex } from '../record/digest.js';
import { applied, conflict, exists, notFound, type Written } from './results.js';
import type { CasesTable, RevisionsTable } from './tables.js';
import { type StoreContext, writeWith } from './write.js';

export interface StoredCase {
  readonly id: string;
  readonly title: string;
  readonly config: unknown;
  readonly createdAt: string;
  readonly version: number;
}

export interface Revision {
  readonly caseId: string;
  readonly digest: string;
  readonly snapshot: unknown;
  readonly commit: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
}

const toCase = (r: CasesTable): StoredCase => ({
  id: r.id,
  title: r.title,
  config: JSON.parse(r.config),
  createdAt: r.created_at,
  version: r.version,
});

const toRevision = (r: RevisionsTable): Revision => ({
  caseId: r.case_id,
  digest: r.digest,
  snapshot: JSON.parse(r.snapshot),
  commit: r.commit,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export function caseRepository(ctx: StoreContext) {
  return {
    async get(id: string): Promise<StoredCase | undefined> {
      const row = await ctx.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toCase(row);
    },
    create(input: { id: string; title: string; config: unknown }, actor: string): Promise<Written<StoredCase>> {
      const config = canonicalJson(input.config);
      return writeWith(ctx, async (trx, at) => {
        if (await trx.selectFrom('cases').select('id').where('id', '=', input.id).executeTakeFirst())
          return { result: exists(`case "${input.id}"`) };
        const row: CasesTable = { id: input.id, title: input.title, config, created_at: at, version: 1 };
        await trx.insertInto('cases').values(row).execute();
        const body = { id: input.id, title: input.title, config: JSON.parse(config) };
        return { result: applied(toCase(row)), event: { actor, caseId: input.id, type: 'case.created', body } };
      });
    },
    /** Changes a case's title or configuration, if `version` is still current. */
    update(
      id: string,
      version: number,
      change: { title?: string; config?: unknown },
      actor: string,
    ): Promise<Written<StoredCase>> {
      const set = {
        ...(change.title !== undefined ? { title: change.title } : {}),
        ...(change.config !== undefined ? { config: canonicalJson(change.config) } : {}),
      };
      return writeWith(ctx, async (trx) => {
        const row = await trx.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return { result: notFound(`case "${id}"`) };
        if (row.version !== version) return { result: conflict(row.version) };
        const next = { ...row, ...set, version: version + 1 };
        await trx
          .updateTable('cases')
          .set({ ...set, version: next.version })
          .where('id', '=', id)
          .execute();
        const body = { id, version: next.version, ...change };
        return { result: applied(toCase(next)), event: { actor, caseId: id, type: 'case.updated', body } };
      });
    },
    /** Stores a snapshot as a revision of the case; the same snapshot again returns the revision already stored. */
    addRevision(
      caseId: string,
      input: { snapshot: unknown; commit: string | null },
      actor: string,
    ): Promise<Written<{ revision: Revision; created: boolean }>> {
      const snapshot = canonicalJson(input.snapshot);
      const digest = sha256Hex(snapshot);
      return writeWith<{ revision: Revision; created: boolean }>(ctx, async (trx, at) => {
        if (!(await trx.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst()))
          return { result: notFound(`case "${caseId}"`) };
        const old = await trx
          .selectFrom('revisions')
          .selectAll()
          .where('case_id', '=', caseId)
          .where('digest', '=', digest)
          .executeTakeFirst();
        if (old) return { result: applied({ revision: toRevision(old), created: false }) };
        const row: RevisionsTable = {
          case_id: caseId,
          digest,
          snapshot,
          commit: input.commit,
          created_by: actor,
          created_at: at,
        };
        await trx.insertInto('revisions').values(row).execute();
        return {
          result: applied({ revision: toRevision(row), created: true }),
          event: { actor, caseId, type: 'revision.pushed', body: { digest, commit: input.commit } },
        };
      });
    },
    async revision(caseId: string, digest: string): Promise<Revision | undefined> {
      const row = await ctx.db
        .selectFrom('revisions')
        .selectAll()
        .where('case_id', '=', caseId)
        .where('digest', '=', digest)
        .executeTakeFirst();
      return row && toRevision(row);
    },
    /** The case's revisions, oldest first (without their snapshots' text parsed twice). */
    async revisions(caseId: string): Promise<Revision[]> {
      const rows = await ctx.db
        .selectFrom('revisions')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('created_at')
        .orderBy('digest')
        .execute();
      return rows.map(toRevision);
    },
  };
}
