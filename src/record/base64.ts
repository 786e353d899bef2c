// Strict standard base64 (RFC 4648 section 4) decoding for the pure core: a
// DSSE envelope's payload and signatures, and the body of a PEM key. Strict
// because a record is evidence: two spellings of one byte string must not
// both verify, so padding must be right and no other character is allowed.
import { toBase64 } from '../util/sha256.js';

export { toBase64 };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** The bytes a base64 text spells, or undefined when it is not canonical padded base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const c = text[i + j]!;
      const v = c === '=' && i + 4 === text.length && j >= 4 - pad ? 0 : VALUE.get(c);
      if (v === undefined) return undefined;
      n = (n << 6) | v;
    }
    for (const shift of [16, 8, 0]) if (o < out.length) out[o++] = (n >>> shift) & 255;
  }
  // A canonical encoding has zero bits where the padding drops them.
  return toBase64(out) === text ? out : undefined;
}
