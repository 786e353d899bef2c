// Which Host headers name the server (DNS rebinding protection) and which
// --allow-host values are usable.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowedHostError, checkHost, hostPolicy } from './host.js';

const ok = (policy: ReturnType<typeof hostPolicy>, host: string | undefined) => checkHost(policy, host) === undefined;

describe('host policy', () => {
  it('accepts the bound address and the loopback names with the port, nothing else', () => {
    const p = hostPolicy({ host: '127.0.0.1', port: 4100 });
    for (const h of ['127.0.0.1:4100', 'localhost:4100', 'LOCALHOST:4100', '[::1]:4100']) assert.ok(ok(p, h), h);
    for (const h of [
      'evil.example:4100',
      'localhost',
      'localhost:4101',
      '127.0.0.1',
      'localhost.:4100',
      'rebind.127.0.0.1.nip.io:4100',
      '127.0.0.1:4100.evil.example',
      '0.0.0.0:4100',
    ])
      assert.equal(checkHost(p, h)?.code, 'forbidden-host', h);
    assert.equal(checkHost(p, undefined)?.status, 400);
    assert.equal(checkHost(p, '')?.code, 'missing-host');
    assert.equal(checkHost(p, 'evil.example:4100')?.status, 403);
  });

  it('brackets an IPv6 bound address, leaves out the default port, adds nothing for a wildcard', () => {
    assert.ok(ok(hostPolicy({ host: '::1', port: 9 }), '[::1]:9'));
    assert.ok(ok(hostPolicy({ host: '127.0.0.1', port: 80 }), 'localhost'));
    const wild = hostPolicy({ host: '0.0.0.0', port: 4100 });
    assert.ok(ok(wild, 'localhost:4100'));
    assert.ok(!ok(wild, '0.0.0.0:4100'));
    assert.ok(!ok(wild, '192.168.1.5:4100'));
    assert.ok(ok(hostPolicy({ host: '192.168.1.5', port: 4100 }), '192.168.1.5:4100'));
  });

  it('answers a name allowed with --allow-host: with any port, or with the one given', () => {
    const p = hostPolicy({ host: '0.0.0.0', port: 4100, allowHosts: ['Preview.Example.org', 'box:8080'] });
    for (const h of ['preview.example.org', 'preview.example.org:443', 'PREVIEW.example.org:4100', 'box:8080'])
      assert.ok(ok(p, h), h);
    for (const h of ['box', 'box:4100', 'example.org:4100', 'evil.preview.example.org']) assert.ok(!ok(p, h), h);
  });

  it('explains an unusable --allow-host value, and hostPolicy refuses one', () => {
    for (const v of ['warrant.example.org', 'box:8080', '10.0.0.5', '[::1]:4100', 'LOCALHOST'])
      assert.equal(allowedHostError(v), undefined, v);
    assert.match(allowedHostError('http://box:8080') ?? '', /not a URL/);
    for (const v of ['', '*', '*.example.org', 'box:', 'box:99999', 'a b', 'box:80:80', 'bad_name', '-x.org'])
      assert.match(allowedHostError(v) ?? '', /--allow-host takes a host name/, v);
    assert.throws(() => hostPolicy({ host: '127.0.0.1', port: 1, allowHosts: ['*'] }), /--allow-host/);
  });
});
