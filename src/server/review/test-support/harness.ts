// A review server on a fresh SQLite store for the tests: users at every role
// and clearance, each with an API token, and the minimal example case pushed.
import fs from 'node:fs';
import path from 'node:path';
import { sqliteDb, type TestDb } from '../../../../test/store/engines.js';
import type { Tier } from '../../../model/vocab.js';
import { sha256Hex } from '../../../record/digest.js';
import type { PermissionLevel, Role } from '../../../review/types.js';
import type { Store } from '../../../store/store.js';
import { reviewApp } from '../app.js';

// biome-ignore lint/suspicious/noExplicitAny: a test reads answers field by field, each checked by an assertion.
type Json = any;

export interface TestUser {
  readonly id: string;
  readonly token: string;
}

export interface Harness {
  readonly db: TestDb;
  readonly store: Store;
  readonly app: ReturnType<typeof reviewApp>;
  readonly users: Record<string, TestUser>;
  readonly caseId: string;
  readonly digest: string;
  call(
    user: string | undefined,
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; json: Json; headers: Headers }>;
  addUser(
    name: string,
    serverRole: 'admin' | 'member',
    clearances: Tier[],
    level?: PermissionLevel,
    roles?: Role[],
  ): Promise<TestUser>;
  close(): Promise<void>;
}

export const CASE_TEXT = fs.readFileSync(
  path.join(import.meta.dirname, '../../../../examples/minimal/warrant.yaml'),
  'utf8',
);

export function pushBody(text = CASE_TEXT) {
  return {
    root: 'warrant.yaml',
    files: [{ path: 'warrant.yaml', text, sha256: sha256Hex(text) }],
    evidence: [],
    commit: null,
  };
}

/** A harness on a fresh store: SQLite unless another engine's database is given. */
export async function harness(makeDb: () => Promise<TestDb> = async () => sqliteDb()): Promise<Harness> {
  const db = await makeDb();
  const store = await db.open();
  let clock = Date.parse('2026-12-07T05:00:00.000Z');
  const now = () => new Date((clock += 1000)).toISOString();
  const app = reviewApp(store, { now, pollMs: 5 });
  const users: Record<string, TestUser> = {};
  const caseId = 'minimal';
  const h: Harness = {
    db,
    store,
    app,
    users,
    caseId,
    digest: '',
    async call(user, method, url, body, headers = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      const hs = init.headers as Record<string, string>;
      if (user !== undefined) hs.authorization = `Bearer ${users[user]?.token}`;
      if (body !== undefined) {
        hs['content-type'] ??= 'application/json';
        init.body = typeof body === 'string' ? body : JSON.stringify(body);
      }
      const res = await app.request(url, init);
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : undefined, headers: res.headers };
    },
    async addUser(name, serverRole, clearances, level, roles = []) {
      const added = await store.users.add({ name, clearances, serverRole }, 'test');
      if (!added.ok) throw new Error(`user ${name}: ${added.error}`);
      const id = added.value.id;
      const token = await store.tokens.create({ userId: id, scopes: [], expiresAt: null }, 'test');
      if (!token.ok) throw new Error(`token ${name}: ${token.error}`);
      users[name] = { id, token: token.value.secret };
      if (level) {
        const g = await store.grants.set({ caseId, principal: { kind: 'user', id }, level }, null, 'test');
        if (!g.ok) throw new Error(`grant ${name}: ${g.error}`);
      }
      for (const role of roles) await store.roles.assign({ caseId, user: id, role }, 'test');
      return users[name];
    },
    close: async () => {
      await store.close();
      await db.drop();
    },
  };
  await h.addUser('root', 'admin', ['public', 'internal', 'regulator', 'restricted']);
  const made = await h.call('root', 'POST', '/api/cases', { id: caseId, title: 'Minimal' });
  if (made.status !== 201) throw new Error(`case: ${JSON.stringify(made.json)}`);
  await h.addUser('author', 'member', ['public', 'internal'], 'edit', ['author']);
  await h.addUser('indie', 'member', ['public'], 'comment', ['reviewer-independent']);
  await h.addUser('redteam', 'member', ['public', 'internal', 'restricted'], 'comment', ['red-team']);
  await h.addUser('dm', 'member', ['public', 'internal', 'regulator', 'restricted'], 'edit', ['decision-maker']);
  await h.addUser('outsider', 'member', ['public', 'internal', 'regulator', 'restricted']);
  const pushed = await h.call('author', 'POST', `/api/cases/${caseId}/revisions`, pushBody());
  if (pushed.status !== 201) throw new Error(`push: ${JSON.stringify(pushed.json)}`);
  return { ...h, digest: pushed.json.digest };
}
