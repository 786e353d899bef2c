// The content address of a JSON value: SHA-256 over its RFC 8785 canonical
// UTF-8 bytes, as lowercase hex. Revisions, review events and decision records
// are all named this way, so two parties holding the same value agree on its name.
import { sha256 } from '../util/sha256.js';
import { canonicalJson } from './canonical-json.js';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lowercase hex of a byte array. */
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += HEX[b];
  return s;
}

/** SHA-256 of a text's UTF-8 bytes, as lowercase hex. */
export function sha256Hex(text: string): string {
  return toHex(sha256(new TextEncoder().encode(text)));
}

/** SHA-256 of a JSON value's canonical form, as lowercase hex. */
export function canonicalDigest(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
