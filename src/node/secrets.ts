// Secrets the server hands out once (API tokens, session ids, CSRF secrets):
// 32 random bytes each. Only their SHA-256 is stored, so a copy of the
// database does not let anyone sign in.
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../record/digest.js';

/** A fresh secret: `prefix` then 32 random bytes in base64url (43 characters). */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** What the store keeps of a secret. */
export function secretHash(secret: string): string {
  return sha256Hex(secret);
}
