import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, it } from 'node:test';
import { ed25519Der, keyIdOf, parseKeyring } from './keyring.js';

function publicPem(type: 'ed25519' | 'ec' = 'ed25519'): string {
  const pair = type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

const indent = (pem: string) => pem.trim().split('\n').join('\n      ');
const keyring = (...entries: [string, string, string][]) =>
  `keyring: 1\nkeys:\n${entries
    .map(([name, roles, pem]) => `  - name: ${name}\n    roles: [${roles}]\n    public_key: |\n      ${indent(pem)}\n`)
    .join('')}`;

describe('keyring', () => {
  it('binds each key, by the SHA-256 of its DER encoding, to a name and roles', () => {
    const pem = publicPem();
    const r = parseKeyring(keyring(['Dana Whitfield', 'decision-maker', pem]), 'keys.yaml');
    assert.ok(r.ok);
    const der = ed25519Der(pem);
    assert.ok(der instanceof Uint8Array);
    const id = createHash('sha256').update(der).digest('hex');
    assert.equal(keyIdOf(der), id);
    assert.deepEqual(r.keys.get(id)?.roles, ['decision-maker']);
  });

  it('names the line and column of an unknown role, a non-Ed25519 key and a duplicate key', () => {
    const pem = publicPem();
    const bad = parseKeyring(keyring(['A', 'janitor', pem]), 'keys.yaml');
    assert.ok(!bad.ok);
    assert.equal(`${bad.problems[0]!.file}:${bad.problems[0]!.line}`, 'keys.yaml:4');
    const ec = parseKeyring(keyring(['A', 'reviewer', publicPem('ec')]), 'keys.yaml');
    assert.ok(!ec.ok);
    assert.match(ec.problems[0]!.message, /not an Ed25519 public key/);
    assert.equal(ec.problems[0]!.line, 5);
    const twice = parseKeyring(keyring(['A', 'reviewer', pem], ['B', 'auditor', pem]), 'keys.yaml');
    assert.ok(!twice.ok);
    assert.match(twice.problems[0]!.message, /already listed for A/);
  });

  it('reports a YAML syntax error and a missing field with a position', () => {
    const r = parseKeyring('keyring: 1\nkeys: [\n', 'k.yaml');
    assert.ok(!r.ok);
    assert.equal(r.problems[0]!.file, 'k.yaml');
    const missing = parseKeyring('keyring: 1\nkeys:\n  - name: A\n    roles: [log]\n', 'k.yaml');
    assert.ok(!missing.ok);
    assert.match(missing.problems[0]!.message, /public_key/);
  });
});
