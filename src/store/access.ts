// Who may do what in a case: teams and their members, permission grants to
// users or teams, and roles held in a case. The store keeps and returns them;
// resolving the effective level ("the highest grant wins") is the review
// logic's decision, made on what grantsReaching returns.
import type { Grant, PermissionLevel, PrincipalKind, Role, RoleAssignment } from '../review/types.js';
import { applied, conflict, exists, invalid, notFound, type Written } from './results.js';
import type { GrantsTable } from './tables.js';
import { type StoreContext, writeWith } from './write.js';

export interface Team {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly version: number;
}

export type StoredGrant = Grant & { readonly version: number };

const toGrant = (r: GrantsTable): StoredGrant => ({
  caseId: r.case_id,
  principal: { kind: r.principal_kind as PrincipalKind, id: r.principal_id },
  level: r.level as PermissionLevel,
  version: r.version,
});

export function teamRepository(ctx: StoreContext) {
  return {
    create(name: string, actor: string): Promise<Written<Team>> {
      return writeWith(ctx, async (trx, at) => {
        if (await trx.selectFrom('teams').select('id').where('name', '=', name).executeTakeFirst())
          return { result: exists(`team "${name}"`) };
        const team = { id: ctx.newId(), name, createdAt: at, version: 1 };
        await trx.insertInto('teams').values({ id: team.id, name, created_at: at, version: 1 }).execute();
        return {
          result: applied(team),
          event: { actor, caseId: null, type: 'team.created', body: { id: team.id, name } },
        };
      });
    },
    addMember(teamId: string, userId: string, actor: string): Promise<Written<null>> {
      return writeWith(ctx, async (trx) => {
        if (!(await trx.selectFrom('teams').select('id').where('id', '=', teamId).executeTakeFirst()))
          return { result: notFound(`team ${teamId}`) };
        if (!(await trx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst()))
          return { result: notFound(`user ${userId}`) };
        const already = await trx
          .selectFrom('team_members')
          .select('user_id')
          .where('team_id', '=', teamId)
          .where('user_id', '=', userId)
          .executeTakeFirst();
        if (already) return { result: exists(`member ${userId} of team ${teamId}`) };
        await trx.insertInto('team_members').values({ team_id: teamId, user_id: userId }).execute();
        return {
          result: applied(null),
          event: { actor, caseId: null, type: 'team.member-added', body: { teamId, userId } },
        };
      });
    },
    async teamsOf(userId: string): Promise<string[]> {
      const rows = await ctx.db.selectFrom('team_members').select('team_id').where('user_id', '=', userId).execute();
      return rows.map((r) => r.team_id).sort();
    },
  };
}

export function grantRepository(ctx: StoreContext) {
  return {
    /**
     * Grants `level` on a case to a user or team. `version` is null to make a
     * new grant (refused if one exists) or the version of the grant to change.
     */
    set(grant: Grant, version: number | null, actor: string): Promise<Written<StoredGrant>> {
      const { caseId, principal, level } = grant;
      return writeWith(ctx, async (trx) => {
        if (!(await trx.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst()))
          return { result: notFound(`case "${caseId}"`) };
        const key = (q: ReturnType<typeof trx.selectFrom<'grants'>>) =>
          q
            .where('case_id', '=', caseId)
            .where('principal_kind', '=', principal.kind)
            .where('principal_id', '=', principal.id);
        const row = await key(trx.selectFrom('grants')).selectAll().executeTakeFirst();
        if (row && version === null) return { result: conflict(row.version) };
        if (!row && version !== null)
          return { result: notFound(`grant on "${caseId}" to ${principal.kind} ${principal.id}`) };
        if (row && row.version !== version) return { result: conflict(row.version) };
        const next: GrantsTable = {
          case_id: caseId,
          principal_kind: principal.kind,
          principal_id: principal.id,
          level,
          version: row ? row.version + 1 : 1,
        };
        if (row)
          await trx
            .updateTable('grants')
            .set({ level, version: next.version })
            .where('case_id', '=', caseId)
            .where('principal_kind', '=', principal.kind)
            .where('principal_id', '=', principal.id)
            .execute();
        else await trx.insertInto('grants').values(next).execute();
        return {
          result: applied(toGrant(next)),
          event: { actor, caseId, type: 'grant.set', body: { principal, level } },
        };
      });
    },
    async ofCase(caseId: string): Promise<StoredGrant[]> {
      const rows = await ctx.db
        .selectFrom('grants')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('principal_kind')
        .orderBy('principal_id')
        .execute();
      return rows.map(toGrant);
    },
    /** The grants on a case that reach a user: their own and their teams'. */
    async reaching(caseId: string, userId: string): Promise<StoredGrant[]> {
      const teams = await ctx.db.selectFrom('team_members').select('team_id').where('user_id', '=', userId).execute();
      const rows = await ctx.db
        .selectFrom('grants')
        .selectAll()
        .where('case_id', '=', caseId)
        .where((eb) =>
          eb.or([
            eb.and([eb('principal_kind', '=', 'user'), eb('principal_id', '=', userId)]),
            ...(teams.length
              ? [
                  eb.and([
                    eb('principal_kind', '=', 'team'),
                    eb(
                      'principal_id',
                      'in',
                      teams.map((t) => t.team_id),
                    ),
                  ]),
                ]
              : []),
          ]),
        )
        .orderBy('principal_kind')
        .orderBy('principal_id')
        .execute();
      return rows.map(toGrant);
    },
  };
}

export function roleRepository(ctx: StoreContext) {
  return {
    /** Gives a user a role in a case (refused if they hold it already). */
    assign(a: RoleAssignment, actor: string): Promise<Written<RoleAssignment>> {
      return writeWith(ctx, async (trx) => {
        if (!(await trx.selectFrom('cases').select('id').where('id', '=', a.caseId).executeTakeFirst()))
          return { result: notFound(`case "${a.caseId}"`) };
        if (!(await trx.selectFrom('users').select('id').where('id', '=', a.user).executeTakeFirst()))
          return { result: notFound(`user ${a.user}`) };
        const held = await trx
          .selectFrom('case_roles')
          .select('role')
          .where('case_id', '=', a.caseId)
          .where('user_id', '=', a.user)
          .where('role', '=', a.role)
          .executeTakeFirst();
        if (held) return { result: exists(`role ${a.role} of ${a.user} in "${a.caseId}"`) };
        await trx.insertInto('case_roles').values({ case_id: a.caseId, user_id: a.user, role: a.role }).execute();
        return {
          result: applied(a),
          event: { actor, caseId: a.caseId, type: 'role.assigned', body: { user: a.user, role: a.role } },
        };
      });
    },
    /** Takes a role away (refused if the user does not hold it). */
    remove(a: RoleAssignment, actor: string): Promise<Written<RoleAssignment>> {
      return writeWith(ctx, async (trx) => {
        const r = await trx
          .deleteFrom('case_roles')
          .where('case_id', '=', a.caseId)
          .where('user_id', '=', a.user)
          .where('role', '=', a.role)
          .executeTakeFirst();
        if (Number(r.numDeletedRows) === 0)
          return { result: invalid(`${a.user} does not hold ${a.role} in "${a.caseId}"`) };
        return {
          result: applied(a),
          event: { actor, caseId: a.caseId, type: 'role.removed', body: { user: a.user, role: a.role } },
        };
      });
    },
    async of(caseId: string, userId: string): Promise<Role[]> {
      const rows = await ctx.db
        .selectFrom('case_roles')
        .select('role')
        .where('case_id', '=', caseId)
        .where('user_id', '=', userId)
        .execute();
      return rows.map((r) => r.role as Role).sort();
    },
  };
}
