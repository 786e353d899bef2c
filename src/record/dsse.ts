// DSSE envelopes (github.com/secure-systems-lab/dsse, protocol v1): a payload,
// its type, and any number of signatures over PAE(type, payload). The payload
// is kept as the exact bytes that were signed (base64 in the envelope), so a
// verifier never re-serialises JSON to check a signature; canonical JSON is
// used only to compute digests. Signing and checking a signature are injected
// capabilities: the pure core holds no key material and no crypto library.
import { fromBase64, toBase64 } from './base64.js';

/** The payload type of an in-toto Statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface DsseSignature {
  /** Which key made it: the SHA-256 of the key's DER public key, hex (see keyring.ts). */
  readonly keyid: string;
  /** The signature, base64. */
  readonly sig: string;
}

export interface DsseEnvelope {
  /** The signed bytes, base64. */
  readonly payload: string;
  readonly payloadType: string;
  readonly signatures: readonly DsseSignature[];
}

/** Signs a message (Ed25519 in the shell); returns the raw signature bytes. */
export type SignMessage = (message: Uint8Array) => Uint8Array;
/** Whether `signature` is a valid signature over `message` by the public key (PEM). */
export type VerifySignature = (publicKeyPem: string, message: Uint8Array, signature: Uint8Array) => boolean;

const utf8 = new TextEncoder();

/**
 * DSSE's pre-authentication encoding: "DSSEv1" SP LEN(type) SP type SP
 * LEN(body) SP body, with LEN the byte length in ASCII decimal. Signing this
 * rather than the payload binds the type, so a payload cannot be replayed as
 * another type.
 */
export function pae(payloadType: string, payload: Uint8Array): Uint8Array {
  const type = utf8.encode(payloadType);
  const head = utf8.encode(`DSSEv1 ${type.length} ${payloadType} ${payload.length} `);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

/** A new envelope over `payload`, signed once. */
export function signEnvelope(payloadType: string, payload: Uint8Array, keyid: string, sign: SignMessage): DsseEnvelope {
  const env = { payload: toBase64(payload), payloadType, signatures: [] };
  return addSignature(env, keyid, sign);
}

/** The envelope with one more signature over its exact payload bytes (a co-signature). */
export function addSignature(env: DsseEnvelope, keyid: string, sign: SignMessage): DsseEnvelope {
  const payload = payloadBytes(env);
  if (!payload) throw new Error('the envelope payload is not valid base64');
  const sig = toBase64(sign(pae(env.payloadType, payload)));
  return { ...env, signatures: [...env.signatures, { keyid, sig }] };
}

/** The payload's bytes, or undefined when it is not valid base64. */
export function payloadBytes(env: DsseEnvelope): Uint8Array | undefined {
  return fromBase64(env.payload);
}

/** The envelope as written to a file: fixed member order, two-space indent, final newline (byte-stable). */
export function envelopeText(env: DsseEnvelope): string {
  const signatures = env.signatures.map((s) => ({ keyid: s.keyid, sig: s.sig }));
  return `${JSON.stringify({ payload: env.payload, payloadType: env.payloadType, signatures }, null, 2)}\n`;
}

/** An envelope read from text, or the reason it is not one. */
export function parseEnvelope(text: string): { ok: true; envelope: DsseEnvelope } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not JSON: ${(e as Error).message}` };
  }
  if (!isObject(value)) return { ok: false, reason: 'not a JSON object' };
  const { payload, payloadType, signatures } = value;
  if (typeof payload !== 'string' || fromBase64(payload) === undefined)
    return { ok: false, reason: '"payload" must be base64 text' };
  if (typeof payloadType !== 'string') return { ok: false, reason: '"payloadType" must be text' };
  if (!Array.isArray(signatures)) return { ok: false, reason: '"signatures" must be an array' };
  const sigs: DsseSignature[] = [];
  for (const [i, s] of signatures.entries()) {
    if (!isObject(s) || typeof s.keyid !== 'string' || typeof s.sig !== 'string')
      return { ok: false, reason: `signatures[${i}] must have text "keyid" and "sig"` };
    sigs.push({ keyid: s.keyid, sig: s.sig });
  }
  return { ok: true, envelope: { payload, payloadType, signatures: sigs } };
}

export interface SignatureCheck {
  readonly keyid: string;
  /** valid, invalid (does not verify), unknown-key (no key with this id), malformed (not base64). */
  readonly result: 'valid' | 'invalid' | 'unknown-key' | 'malformed';
}

/** Checks every signature of an envelope against the keys it names. */
export function checkSignatures(
  env: DsseEnvelope,
  keyOf: (keyid: string) => string | undefined,
  verify: VerifySignature,
): SignatureCheck[] {
  const payload = payloadBytes(env);
  return env.signatures.map(({ keyid, sig }) => {
    const key = keyOf(keyid);
    const bytes = fromBase64(sig);
    if (!payload || !bytes) return { keyid, result: 'malformed' };
    if (key === undefined) return { keyid, result: 'unknown-key' };
    return { keyid, result: verify(key, pae(env.payloadType, payload), bytes) ? 'valid' : 'invalid' };
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
