import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, SCRYPT_PARAMS, verifyPassword } from './passwords.js';
import { newSecret, secretHash } from './secrets.js';

// Low-cost parameters keep the test fast; one case uses the real ones.
const CHEAP = { logN: 10, r: 8, p: 1 };

describe('scrypt passwords', () => {
  it('verifies the right password and refuses a wrong one, at the documented parameters', async () => {
    const stored = await hashPassword('correct horse', SCRYPT_PARAMS);
    assert.match(stored, /^scrypt\$15\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    assert.equal(await verifyPassword('correct horse', stored), true);
    assert.equal(await verifyPassword('correct horsE', stored), false);
  });

  it('salts: the same password hashes differently each time', async () => {
    assert.notEqual(await hashPassword('pw', CHEAP), await hashPassword('pw', CHEAP));
  });

  it('treats canonically equal unicode as the same password (NFC)', async () => {
    const stored = await hashPassword('caf\u00e9', CHEAP);
    assert.equal(await verifyPassword('cafe\u0301', stored), true);
  });

  it('refuses malformed or weakened hashes instead of throwing', async () => {
    const good = await hashPassword('pw', CHEAP);
    for (const bad of [
      '',
      'pw',
      'bcrypt$2$x',
      good.replace('scrypt$10', 'scrypt$4'),
      good.replace(/\$[^$]+$/, '$AAAA'),
    ])
      assert.equal(await verifyPassword('pw', bad), false, bad);
  });
});

describe('secrets', () => {
  it('are 32 random bytes after their prefix, stored as SHA-256', () => {
    const a = newSecret('wt_');
    assert.match(a, /^wt_[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a, newSecret('wt_'));
    assert.match(secretHash(a), /^[0-9a-f]{64}$/);
    assert.notEqual(secretHash(a), secretHash(`${a}.`));
  });
});
