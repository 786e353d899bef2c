// Password hashing for local accounts: scrypt from node:crypto (no native
// dependency). Parameters: N = 2^15, r = 8, p = 1, a 16-byte random salt and a
// 32-byte key, as OWASP's password storage cheat sheet recommends for scrypt
// (about 32 MiB and some tens of milliseconds per hash). They are written into
// each hash, so raising them later still verifies the hashes made before.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  /** log2 of the cost N. */
  readonly logN: number;
  readonly r: number;
  readonly p: number;
}

export const SCRYPT_PARAMS: ScryptParams = { logN: 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const FORMAT = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

function derive(password: string, salt: Buffer, params: ScryptParams, bytes: number): Promise<Buffer> {
  const N = 2 ** params.logN;
  // scrypt needs 128 * N * r * p bytes; Node's default cap (32 MiB) is exactly that for our parameters.
  const maxmem = 256 * N * params.r * params.p;
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, bytes, { N, r: params.r, p: params.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** `scrypt$logN$r$p$salt$key` (salt and key base64url): everything needed to verify, and nothing else. */
export async function hashPassword(password: string, params: ScryptParams = SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params, KEY_BYTES);
  return `scrypt$${params.logN}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Whether `password` matches `stored` (compared in constant time); false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = FORMAT.exec(stored);
  if (!m) return false;
  const params = { logN: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (params.logN < 10 || params.logN > 22 || params.r < 1 || params.p < 1) return false;
  const salt = Buffer.from(m[4] as string, 'base64url');
  const expected = Buffer.from(m[5] as string, 'base64url');
  if (expected.length < 16) return false;
  const key = await derive(password, salt, params, expected.length);
  return timingSafeEqual(key, expected);
}
