// The guards in the order a request meets them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hostPolicy } from './host.js';
import { isRefusal } from './refusal.js';
import { type GuardedRequest, guardRequest } from './request-guard.js';

const policy = { host: hostPolicy({ host: '127.0.0.1', port: 4100 }), methods: ['GET', 'HEAD', 'POST'] };

function request(method: string, target: string, headers: Record<string, string> = {}): GuardedRequest {
  const all: Record<string, string> = { host: '127.0.0.1:4100', ...headers };
  return { method, target, header: (name) => all[name] };
}

function outcome(req: GuardedRequest): string {
  const r = guardRequest(policy, req);
  return isRefusal(r) ? `${r.status} ${r.code}` : 'ok';
}

describe('guardRequest', () => {
  it('passes a good request with its parsed target', () => {
    const r = guardRequest(policy, request('GET', '/case/x/?v=1'));
    assert.ok(!isRefusal(r));
    assert.deepEqual(r.segments, ['case', 'x', '']);
  });

  it('refuses in order: length, host, method, target, origin of a request that is not a read', () => {
    assert.equal(outcome(request('GET', `/${'%ff'.repeat(1000)}`, { host: 'evil' })), '414 target-too-long');
    assert.equal(outcome(request('DELETE', '/case/%ff/', { host: 'evil:4100' })), '403 forbidden-host');
    assert.equal(outcome(request('DELETE', '/case/%ff/')), '405 method-not-allowed');
    assert.equal(outcome(request('GET', '/case/%ff/')), '400 bad-encoding');
    assert.equal(outcome(request('POST', '/x', { origin: 'http://evil.example' })), '403 forbidden-origin');
    assert.equal(outcome(request('POST', '/x', { origin: 'http://127.0.0.1:4100' })), 'ok');
    assert.equal(outcome(request('GET', '/x', { origin: 'http://evil.example' })), 'ok');
  });

  it('names the allowed methods with a 405', () => {
    const r = guardRequest(policy, request('PUT', '/'));
    assert.ok(isRefusal(r));
    assert.deepEqual(r.headers, { allow: 'GET, HEAD, POST' });
  });
});
