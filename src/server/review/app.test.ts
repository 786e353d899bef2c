// The review API's routes, each with its success and its refusals, on SQLite
// and on PostgreSQL (the same store contract behind the same routes).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES } from '../../../test/store/engines.js';
import { hashPassword } from '../../node/passwords.js';
import { type Harness, harness, pushBody } from './test-support/harness.js';

let h: Harness;

const C = () => `/api/cases/${h.caseId}`;
const challengeBody = (tier = 'public') => ({
  revision: h.digest,
  target: { kind: 'node', id: 'G-injection' },
  kind: 'rebutting',
  severity: 'blocking',
  tier,
  text: 'The suite misses indirect injection through PDFs.',
});

for (const engine of ENGINES) {
  describe(`on ${engine.name}`, () => {
    before(async () => {
      h = await harness(engine.make);
    });
    after(() => h.close());

    it('runs on the engine it names', () => assert.equal(h.db.engine, engine.name));
    describe('review API: revisions', () => {
      it('push returns the digest, and the same snapshot again is the same revision', async () => {
        const again = await h.call('author', 'POST', `${C()}/revisions`, pushBody());
        assert.equal(again.status, 200);
        assert.equal(again.json.digest, h.digest);
        assert.equal(again.json.created, false);
        const list = await h.call('indie', 'GET', `${C()}/revisions`);
        assert.deepEqual(
          list.json.revisions.map((r: { digest: string }) => r.digest),
          [h.digest],
        );
        const one = await h.call('indie', 'GET', `${C()}/revisions/${h.digest}`);
        assert.equal(one.status, 200);
        assert.equal(one.json.revision.files[0].path, 'warrant.yaml');
      });

      it('refuses a push by a reviewer (403), a bad snapshot (422) and a bad body (400)', async () => {
        assert.equal((await h.call('indie', 'POST', `${C()}/revisions`, pushBody())).status, 403);
        const bad = { ...pushBody(), root: 'missing.yaml' };
        const missing = await h.call('author', 'POST', `${C()}/revisions`, bad);
        assert.equal(missing.status, 422);
        assert.equal(missing.json.error.code, 'missing-root');
        const junk = await h.call('author', 'POST', `${C()}/revisions`, { root: 1 });
        assert.equal(junk.status, 400);
        assert.equal(junk.json.error.code, 'invalid-body');
      });

      it('reads status with challenges merged and a node with its challenges', async () => {
        const status = await h.call('indie', 'GET', `${C()}/revisions/${h.digest}/status?asOf=2026-05-10`);
        assert.equal(status.status, 200, JSON.stringify(status.json));
        assert.ok(status.json.status);
        const node = await h.call('indie', 'GET', `${C()}/revisions/${h.digest}/nodes/G-injection`);
        assert.equal(node.status, 200);
        assert.equal(node.json.node.id ?? 'G-injection', 'G-injection');
        assert.equal((await h.call('indie', 'GET', `${C()}/revisions/${h.digest}/nodes/NOPE`)).status, 404);
        assert.equal((await h.call('indie', 'GET', `${C()}/revisions/${h.digest}/status?asOf=x`)).status, 400);
      });
    });

    describe('review API: who may call', () => {
      it('401 without a token or with a bad one; 404 for a case the caller has no grant on', async () => {
        const none = await h.call(undefined, 'GET', C());
        assert.equal(none.status, 401);
        assert.equal(none.json.error.code, 'unauthenticated');
        const bad = await h.call(undefined, 'GET', C(), undefined, { authorization: 'Bearer wt_nope' });
        assert.equal(bad.status, 401);
        const outsider = await h.call('outsider', 'GET', C());
        assert.equal(outsider.status, 404);
        const ok = await h.call('indie', 'GET', C());
        assert.equal(ok.status, 200);
        assert.equal(ok.json.case.current, h.digest);
        assert.equal(ok.headers.get('etag'), '"1"');
      });

      it('refuses a body that is not JSON (415), too large (413), or unparseable (400)', async () => {
        const text = await h.call('indie', 'POST', `${C()}/challenges`, 'x', { 'content-type': 'text/plain' });
        assert.equal(text.status, 415);
        const huge = await h.call('indie', 'POST', `${C()}/challenges`, JSON.stringify({ text: 'x'.repeat(600_000) }));
        assert.equal(huge.status, 413);
        const broken = await h.call('indie', 'POST', `${C()}/challenges`, '{');
        assert.equal(broken.status, 400);
        assert.equal(broken.json.error.code, 'bad-json');
      });
    });

    describe('review API: a challenge through its life', () => {
      it('opens, answers, sustains, and refuses stale, missing If-Match and bad moves', async () => {
        const opened = await h.call('indie', 'POST', `${C()}/challenges`, challengeBody());
        assert.equal(opened.status, 201, JSON.stringify(opened.json));
        const id = opened.json.challenge.id;
        const url = `${C()}/challenges/${id}`;
        const read = await h.call('author', 'GET', url);
        assert.equal(read.headers.get('etag'), '"1"');
        const rebut = { kind: 'out-of-scope', reason: 'PDFs are not fetched.', tier: 'public', text: 'Out of scope.' };
        assert.equal((await h.call('author', 'POST', `${url}/responses`, rebut)).status, 428);
        assert.equal((await h.call('indie', 'POST', `${url}/responses`, rebut, { 'if-match': '"1"' })).status, 403);
        const answered = await h.call('author', 'POST', `${url}/responses`, rebut, { 'if-match': '"1"' });
        assert.equal(answered.status, 201, JSON.stringify(answered.json));
        assert.equal(answered.json.challenge.status, 'answered');
        const stale = await h.call(
          'indie',
          'POST',
          `${url}/actions`,
          { action: 'sustain', message: 'No.' },
          { 'if-match': '"1"' },
        );
        assert.equal(stale.status, 412);
        assert.equal(stale.json.error.code, 'stale');
        const sustained = await h.call(
          'indie',
          'POST',
          `${url}/actions`,
          { action: 'sustain', message: 'No.' },
          { 'if-match': '"2"' },
        );
        assert.equal(sustained.status, 200);
        assert.equal(sustained.json.challenge.status, 'sustained');
        const again = await h.call(
          'indie',
          'POST',
          `${url}/actions`,
          { action: 'sustain', message: 'No.' },
          { 'if-match': '"3"' },
        );
        assert.equal(again.status, 409);
        assert.equal(again.json.error.code, 'bad-transition');
        const withRes = await h.call('indie', 'GET', url);
        assert.equal(withRes.json.responses.length, 1);
        assert.equal((await h.call('indie', 'GET', `${C()}/challenges/nope`)).status, 404);
      });

      it('refuses writing at a tier the writer is not cleared for (403)', async () => {
        const r = await h.call('indie', 'POST', `${C()}/challenges`, challengeBody('internal'));
        assert.equal(r.status, 403);
        assert.equal(r.json.error.code, 'tier-not-cleared');
      });
    });

    describe('review API: votes, requirements, overrides, events', () => {
      it('casts and dismisses a vote with If-Match; an author may not vote', async () => {
        const body = { revision: h.digest, value: 'approve', tier: 'public', text: 'Looks right.' };
        assert.equal((await h.call('author', 'POST', `${C()}/votes`, body)).status, 403);
        const cast = await h.call('indie', 'POST', `${C()}/votes`, body);
        assert.equal(cast.status, 201, JSON.stringify(cast.json));
        const id = cast.json.vote.id;
        const url = `${C()}/votes/${id}/dismissal`;
        assert.equal((await h.call('indie', 'POST', url, { message: 'x' }, { 'if-match': '"1"' })).status, 403);
        assert.equal((await h.call('dm', 'POST', url, { message: 'x' }, { 'if-match': '"9"' })).status, 412);
        const done = await h.call('dm', 'POST', url, { message: 'Cast before the fix.' }, { 'if-match': '"1"' });
        assert.equal(done.status, 200, JSON.stringify(done.json));
        const list = await h.call('indie', 'GET', `${C()}/votes`);
        assert.equal(list.json.votes[0].dismissed.message, 'Cast before the fix.');
      });

      it('evaluates requirements and overrides one once', async () => {
        const reqs = await h.call('dm', 'GET', `${C()}/requirements`);
        assert.equal(reqs.status, 200, JSON.stringify(reqs.json));
        assert.ok(reqs.json.requirements.length > 0);
        const body = { revision: h.digest, requirement: 'check-clean', justification: 'Checked by hand.' };
        assert.equal((await h.call('indie', 'POST', `${C()}/overrides`, body)).status, 403);
        assert.equal((await h.call('dm', 'POST', `${C()}/overrides`, body)).status, 201);
        const twice = await h.call('dm', 'POST', `${C()}/overrides`, body);
        assert.equal(twice.status, 409);
        assert.equal(twice.json.error.code, 'already-overridden');
      });

      it('reads the event log and follows it as server-sent events', async () => {
        const log = await h.call('dm', 'GET', `${C()}/events?limit=500`);
        assert.equal(log.status, 200);
        const types = log.json.events.map((e: { type: string }) => e.type);
        assert.ok(types.includes('challenge.opened') && types.includes('vote.cast'), types.join());
        assert.equal((await h.call('dm', 'GET', `${C()}/events?limit=x`)).status, 400);
        const controller = new AbortController();
        const res = await h.app.request(`${C()}/events/stream`, {
          headers: { authorization: `Bearer ${h.users.dm?.token}` },
          signal: controller.signal,
        });
        assert.equal(res.headers.get('content-type')?.startsWith('text/event-stream'), true);
        const reader = res.body?.getReader();
        const first = await reader?.read();
        controller.abort();
        await reader?.cancel();
        assert.match(new TextDecoder().decode(first?.value), /^event: event\ndata: .*\nid: \d+/m);
      });
    });

    describe('review API: browser sessions', () => {
      it('signs in with a password, needs the CSRF token on writes, and rate-limits failures', async () => {
        const passwordHash = await hashPassword('correct horse');
        const added = await h.store.users.add(
          { name: 'web', clearances: ['public'], serverRole: 'member', passwordHash },
          't',
        );
        assert.ok(added.ok);
        await h.store.grants.set(
          { caseId: h.caseId, principal: { kind: 'user', id: added.value.id }, level: 'comment' },
          null,
          't',
        );
        await h.store.roles.assign({ caseId: h.caseId, user: added.value.id, role: 'reviewer-internal' }, 't');
        const wrong = await h.call(undefined, 'POST', '/api/session', { name: 'web', password: 'nope' });
        assert.equal(wrong.status, 401);
        const res = await h.app.request('/api/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'web', password: 'correct horse' }),
        });
        assert.equal(res.status, 201);
        const cookieLine = res.headers.get('set-cookie') ?? '';
        assert.match(cookieLine, /HttpOnly/);
        assert.match(cookieLine, /SameSite=Strict/);
        const cookie = cookieLine.split(';')[0] ?? '';
        const { csrfToken } = (await res.json()) as { csrfToken: string };
        assert.equal((await h.call(undefined, 'GET', C(), undefined, { cookie })).status, 200);
        const body = { revision: h.digest, value: 'comment', tier: 'public', text: 'From the browser.' };
        const forged = await h.call(undefined, 'POST', `${C()}/votes`, body, { cookie });
        assert.equal(forged.status, 403);
        assert.equal(forged.json.error.code, 'csrf');
        const sent = await h.call(undefined, 'POST', `${C()}/votes`, body, { cookie, 'x-csrf-token': csrfToken });
        assert.equal(sent.status, 201, JSON.stringify(sent.json));
        for (let i = 0; i < 5; i++)
          await h.call(undefined, 'POST', '/api/session', { name: 'web', password: `bad${i}` });
        const limited = await h.call(undefined, 'POST', '/api/session', { name: 'web', password: 'correct horse' });
        assert.equal(limited.status, 429);
      });
    });
  });
}
