// Teams, grants, roles, responses and overrides in the store, on both engines.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/store/store.js';
import { ENGINES, type TestDb } from './engines.js';

for (const engine of ENGINES) {
  describe(`access and answers on ${engine.name}`, () => {
    let db: TestDb;
    let store: Store;
    let ada: string;
    let bo: string;
    let digest: string;
    before(async () => {
      db = await engine.make();
      store = await db.open();
      const a = await store.users.add({ name: 'ada', clearances: ['public'], serverRole: 'admin' }, 'system');
      const b = await store.users.add({ name: 'bo', clearances: ['public'], serverRole: 'member' }, 'system');
      assert.ok(a.ok && b.ok);
      ada = a.value.id;
      bo = b.value.id;
      assert.ok((await store.cases.create({ id: 'c1', title: 'C1', config: {} }, ada)).ok);
      const rev = await store.cases.addRevision('c1', { snapshot: { v: 1 }, commit: null }, ada);
      assert.ok(rev.ok);
      digest = rev.value.revision.digest;
    });
    after(async () => {
      await store?.close();
      await db?.drop();
    });

    it("returns the grants reaching a user, their own and their teams'", async () => {
      const team = await store.teams.create('red-team', ada);
      assert.ok(team.ok);
      assert.equal((await store.teams.create('red-team', ada)).ok, false);
      assert.ok((await store.teams.addMember(team.value.id, bo, ada)).ok);
      assert.ok(
        (await store.grants.set({ caseId: 'c1', principal: { kind: 'user', id: bo }, level: 'view' }, null, ada)).ok,
      );
      assert.ok(
        (
          await store.grants.set(
            { caseId: 'c1', principal: { kind: 'team', id: team.value.id }, level: 'comment' },
            null,
            ada,
          )
        ).ok,
      );
      const levels = (await store.grants.reaching('c1', bo)).map((g) => g.level).sort();
      assert.deepEqual(levels, ['comment', 'view']);
      assert.deepEqual(await store.grants.reaching('c1', ada), []);
    });

    it('changes a grant only at its current version; a second new grant is a conflict', async () => {
      const g = { caseId: 'c1', principal: { kind: 'user', id: ada }, level: 'edit' } as const;
      assert.ok((await store.grants.set(g, null, ada)).ok);
      assert.deepEqual(await store.grants.set(g, null, ada), { ok: false, error: 'conflict', current: 1 });
      const up = await store.grants.set({ ...g, level: 'admin' }, 1, ada);
      assert.ok(up.ok);
      assert.equal(up.value.version, 2);
      assert.deepEqual(await store.grants.set(g, 1, ada), { ok: false, error: 'conflict', current: 2 });
      const none = await store.grants.set({ ...g, caseId: 'nope' }, null, ada);
      assert.equal(none.ok ? 'applied' : none.error, 'not-found');
    });

    it('assigns and removes roles in a case, once each', async () => {
      assert.ok((await store.roles.assign({ caseId: 'c1', user: bo, role: 'reviewer-independent' }, ada)).ok);
      assert.ok((await store.roles.assign({ caseId: 'c1', user: bo, role: 'red-team' }, ada)).ok);
      const twice = await store.roles.assign({ caseId: 'c1', user: bo, role: 'red-team' }, ada);
      assert.equal(twice.ok ? 'applied' : twice.error, 'exists');
      assert.deepEqual(await store.roles.of('c1', bo), ['red-team', 'reviewer-independent']);
      assert.ok((await store.roles.remove({ caseId: 'c1', user: bo, role: 'red-team' }, ada)).ok);
      const gone = await store.roles.remove({ caseId: 'c1', user: bo, role: 'red-team' }, ada);
      assert.equal(gone.ok ? 'applied' : gone.error, 'invalid');
      assert.deepEqual(await store.roles.of('c1', bo), ['reviewer-independent']);
    });

    it('keeps each response kind with what it carries', async () => {
      const c = await store.challenges.open({
        caseId: 'c1',
        revision: digest,
        target: { kind: 'evidence', id: 'E1' },
        kind: 'undermining',
        severity: 'blocking',
        tier: 'restricted',
        text: 'E1 was run on the wrong model',
        author: bo,
      });
      assert.ok(c.ok);
      const common = {
        challengeId: c.value.id,
        caseId: 'c1',
        revision: digest,
        tier: 'restricted',
        text: 't',
        author: ada,
      } as const;
      assert.ok((await store.responses.add({ ...common, kind: 'rebut', refs: ['E2', 'G3'] })).ok);
      assert.ok((await store.responses.add({ ...common, kind: 'fix', fixRevision: digest })).ok);
      assert.ok((await store.responses.add({ ...common, kind: 'out-of-scope', reason: 'not this decision' })).ok);
      const kept = await store.responses.ofChallenge(c.value.id);
      assert.deepEqual(
        kept.map((r) => [r.kind, r.kind === 'rebut' ? r.refs : r.kind === 'fix' ? r.fixRevision : r.reason]),
        [
          ['rebut', ['E2', 'G3']],
          ['fix', digest],
          ['out-of-scope', 'not this decision'],
        ],
      );
      const stray = await store.responses.add({ ...common, challengeId: 'no-such', kind: 'rebut', refs: [] });
      assert.equal(stray.ok ? 'applied' : stray.error, 'not-found');
    });

    it('records an override once, and only with a justification', async () => {
      const o = { caseId: 'c1', revision: digest, requirement: 'external-review', by: ada } as const;
      const blank = await store.overrides.add({ ...o, justification: ' ' });
      assert.equal(blank.ok ? 'applied' : blank.error, 'invalid');
      assert.ok((await store.overrides.add({ ...o, justification: 'the regulator reviewed it directly' })).ok);
      const again = await store.overrides.add({ ...o, justification: 'again' });
      assert.equal(again.ok ? 'applied' : again.error, 'exists');
      assert.deepEqual(
        (await store.overrides.ofRevision('c1', digest)).map((x) => x.justification),
        ['the regulator reviewed it directly'],
      );
      assert.ok((await store.events.verify()).ok);
    });

    it('refuses a value outside an enumeration in the database itself', async () => {
      await assert.rejects(db.raw(`insert into case_roles (case_id, user_id, role) values ('c1', '${ada}', 'king')`));
      await assert.rejects(db.raw(`update users set server_role = 'root' where id = '${ada}'`));
    });
  });
}
