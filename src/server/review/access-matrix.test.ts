// The access matrix: every route in the OpenAPI document, called by readers of
// every clearance (and role), on a review with a canary string in every free
// text at every tier. No canary of a tier a reader lacks reaches them through
// any route, error message, count or event stream; a reader cleared for every
// tier sees them all (so the check can fail).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TIERS, type Tier } from '../../model/vocab.js';
import { REVIEW_ROUTES } from './app.js';
import { caseEvents } from './event-routes.js';
import { openApiDocument } from './openapi.js';
import { type Harness, harness } from './test-support/harness.js';

let h: Harness;
const ids: { challenges: string[]; votes: string[] } = { challenges: [], votes: [] };
const canary = (tier: Tier, what: string) => `CANARY_${tier}_${what}`;
const canaryTier = (text: string): Tier[] => TIERS.filter((t) => text.includes(`CANARY_${t}_`));

async function plant(): Promise<void> {
  for (const tier of TIERS) {
    const open = {
      revision: h.digest,
      target: { kind: 'node', id: 'G-injection' },
      kind: 'undermining',
      severity: 'blocking',
      tier,
      text: canary(tier, 'challenge'),
    };
    const opened = await h.call('dm', 'POST', `/api/cases/${h.caseId}/challenges`, open);
    assert.equal(opened.status, 201, JSON.stringify(opened.json));
    const id = opened.json.challenge.id;
    ids.challenges.push(id);
    let version = 1;
    if (tier === 'public' || tier === 'internal') {
      const answer = { kind: 'out-of-scope', reason: canary(tier, 'reason'), tier, text: canary(tier, 'response') };
      const url = `/api/cases/${h.caseId}/challenges/${id}/responses`;
      const a = await h.call('author', 'POST', url, answer, { 'if-match': '"1"' });
      assert.equal(a.status, 201, JSON.stringify(a.json));
      version = 2;
    }
    const action = { action: 'sustain', message: canary(tier, 'message') };
    const url = `/api/cases/${h.caseId}/challenges/${id}/actions`;
    const r = await h.call('dm', 'POST', url, action, { 'if-match': `"${version}"` });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    const vote = { revision: h.digest, value: 'comment', tier, text: canary(tier, 'vote') };
    const cast = await h.call('dm', 'POST', `/api/cases/${h.caseId}/votes`, vote);
    assert.equal(cast.status, 201, JSON.stringify(cast.json));
    ids.votes.push(cast.json.vote.id);
  }
}

before(async () => {
  h = await harness();
  await plant();
  await h.addUser('reg', 'member', ['regulator'], 'view', ['observer']);
  await h.addUser('pub', 'member', ['public'], 'view', ['observer']);
});
after(() => h.close());

/** Bodies that pass each route's schema, so a call reaches the review logic (and its refusals). */
const bodyFor = (path: string): unknown => {
  if (path.endsWith('/responses')) return { kind: 'rebut', refs: ['G-root'], tier: 'public', text: 'An answer.' };
  if (path.endsWith('/actions')) return { action: 'withdraw', message: 'Done.' };
  if (path.endsWith('/dismissal')) return { message: 'Dismissed.' };
  if (path.endsWith('/overrides')) return { revision: h.digest, requirement: 'no-veto', justification: 'Because.' };
  if (path.endsWith('/votes')) return { revision: h.digest, value: 'comment', tier: 'public', text: 'A remark.' };
  if (path.endsWith('/challenges'))
    return {
      revision: h.digest,
      target: { kind: 'node', id: 'G-root' },
      kind: 'rebutting',
      severity: 'non-blocking',
      tier: 'public',
      text: 'Doubt.',
    };
  if (path.endsWith('/session')) return { name: 'nobody', password: 'wrong' };
  return {};
};

/** Every concrete URL of a route: each id of the kind its path names. */
function urlsOf(path: string): string[] {
  const base = path.replace('{case}', h.caseId).replace('{rev}', h.digest).replace('{node}', 'G-injection');
  if (!base.includes('{id}')) return [base];
  const pool = base.includes('/votes/') ? ids.votes : ids.challenges;
  return pool.map((id) => base.replace('{id}', id));
}

async function readStream(user: string, url: string): Promise<string> {
  // The stream never ends: read until the case's last event so far has arrived.
  const last = (await caseEvents(h.store, h.caseId, 0, 1_000_000)).at(-1)?.seq;
  const controller = new AbortController();
  const res = await h.app.request(url, {
    headers: { authorization: `Bearer ${h.users[user]?.token}` },
    signal: controller.signal,
  });
  if (!res.body) return await res.text();
  const reader = res.body.getReader();
  let text = '';
  while (!text.includes(`id: ${last}\n`)) {
    const chunk = await reader.read();
    if (chunk.done) break;
    text += new TextDecoder().decode(chunk.value);
  }
  controller.abort();
  await reader.cancel();
  return text;
}

async function everything(user: string): Promise<string> {
  const doc = openApiDocument(REVIEW_ROUTES) as { paths: Record<string, Record<string, unknown>> };
  let seen = '';
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const method of Object.keys(ops)) {
      for (const url of urlsOf(path)) {
        if (path.endsWith('/stream')) {
          seen += await readStream(user, url);
          continue;
        }
        const body = method === 'get' ? undefined : bodyFor(path);
        const res = await h.call(user, method.toUpperCase(), url, body, { 'if-match': '"2"' });
        assert.ok(res.status < 500, `${method} ${url} as ${user}: ${res.status} ${JSON.stringify(res.json)}`);
        seen += JSON.stringify(res.json ?? '') + JSON.stringify([...res.headers]);
      }
    }
  }
  return seen;
}

describe('access: role x clearance x every route', () => {
  const readers: [string, Tier[]][] = [
    ['pub', ['public']],
    ['indie', ['public']],
    ['reg', ['regulator']],
    ['author', ['public', 'internal']],
    ['redteam', ['public', 'internal', 'restricted']],
    ['outsider', []],
  ];
  for (const [user, clearance] of readers) {
    it(`${user} (cleared for ${clearance.join(', ') || 'no grant on the case'}) sees no canary of another tier`, async () => {
      const leaked = canaryTier(await everything(user)).filter((t) => !clearance.includes(t));
      assert.deepEqual(leaked, []);
    });
  }

  it("a reader cleared for every tier sees every tier's canary (the check can fail)", async () => {
    assert.deepEqual(canaryTier(await everything('dm')), [...TIERS]);
  });
});
