// Which requests a page of another origin may send: a plain GET of a page,
// never an event stream or another method.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hostPolicy } from './host.js';
import { checkOrigin, isOwnOrigin } from './origin.js';

const policy = hostPolicy({ host: '127.0.0.1', port: 4100, allowHosts: ['preview.example.org'] });

describe('origin check', () => {
  it("knows the server's own origins", () => {
    for (const o of ['http://127.0.0.1:4100', 'http://localhost:4100', 'https://preview.example.org'])
      assert.ok(isOwnOrigin(policy, o), o);
    for (const o of ['null', 'http://evil.example', 'http://127.0.0.1:4101', 'http://127.0.0.1:4100/', 'file://'])
      assert.ok(!isOwnOrigin(policy, o), o);
  });

  it('answers a GET of a page from anywhere', () => {
    assert.equal(checkOrigin(policy, { origin: 'http://evil.example', fetchSite: 'cross-site' }, 'page'), undefined);
  });

  it('refuses an event stream or another method asked for by a page of another origin or site', () => {
    for (const use of ['stream', 'other'] as const) {
      for (const headers of [
        { origin: 'http://evil.example', fetchSite: undefined },
        { origin: 'null', fetchSite: undefined },
        { origin: undefined, fetchSite: 'cross-site' },
        { origin: undefined, fetchSite: 'same-site' },
        { origin: 'http://127.0.0.1:4100', fetchSite: 'cross-site' },
      ]) {
        const r = checkOrigin(policy, headers, use);
        assert.equal(r?.status, 403, JSON.stringify(headers));
        assert.equal(r?.code, 'forbidden-origin');
      }
      for (const headers of [
        { origin: undefined, fetchSite: undefined },
        { origin: 'http://localhost:4100', fetchSite: 'same-origin' },
        { origin: undefined, fetchSite: 'none' },
      ])
        assert.equal(checkOrigin(policy, headers, use), undefined, JSON.stringify(headers));
    }
  });
});
