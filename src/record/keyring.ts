// The keyring: a YAML file in the case repository binding Ed25519 public keys
// to named people and their roles. A signature names its key by key id (the
// SHA-256 of the key's DER encoding), so the id is computed, never written:
// nobody can bind a name to an id that is not their key's.
import { z } from 'zod';
import { parseYaml } from '../format/parse-yaml.js';
import { validate } from '../format/validate.js';
import { descend, type PathPart, type PosTree } from '../model/loc.js';
import { sha256 } from '../util/sha256.js';
import { fromBase64 } from './base64.js';
import { toHex } from './digest.js';

export const KEY_ROLES = ['decision-maker', 'reviewer', 'auditor', 'regulator', 'log'] as const;
export type KeyRole = (typeof KEY_ROLES)[number];

export const KeyringSchema = z
  .strictObject({
    keyring: z.literal(1).describe('Keyring format version: 1.'),
    keys: z
      .array(
        z.strictObject({
          name: z.string().min(1).describe('The person (or, for role log, the service) holding the private key.'),
          roles: z.array(z.enum(KEY_ROLES)).min(1).describe('What signatures by this key may stand for.'),
          public_key: z.string().min(1).describe('The Ed25519 public key, PEM (as `warrant keys generate` writes it).'),
          note: z.string().optional(),
        }),
      )
      .describe('The keys, one per entry.'),
  })
  .meta({ id: 'Keyring', description: 'Public keys bound to named people and roles (docs/record.md).' });

export interface KeyringEntry {
  readonly keyid: string;
  readonly name: string;
  readonly roles: readonly KeyRole[];
  readonly publicKeyPem: string;
}

export interface KeyringProblem {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

export type KeyringResult =
  | { ok: true; keys: ReadonlyMap<string, KeyringEntry> }
  | { ok: false; problems: KeyringProblem[] };

// The DER prefix of every Ed25519 SubjectPublicKeyInfo (RFC 8410): SEQUENCE, the id-Ed25519 OID, a 32-byte BIT STRING.
const ED25519_SPKI_PREFIX = '302a300506032b6570032100';

/** The DER bytes of an Ed25519 public key in PEM, or why it is not one. */
export function ed25519Der(pem: string): Uint8Array | string {
  const m = /^-----BEGIN PUBLIC KEY-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END PUBLIC KEY-----\r?\n?$/.exec(
    `${pem.trim()}\n`,
  );
  if (!m) return 'not a PEM public key (-----BEGIN PUBLIC KEY----- ... -----END PUBLIC KEY-----)';
  const der = fromBase64(m[1]!.replace(/\r?\n/g, ''));
  if (!der) return 'the PEM body is not valid base64';
  if (der.length !== 44 || !toHex(der.slice(0, 12)).startsWith(ED25519_SPKI_PREFIX))
    return 'not an Ed25519 public key (Warrant signs with Ed25519 only)';
  return der;
}

/** The key id of a public key: SHA-256 of its DER encoding, lowercase hex. */
export function keyIdOf(der: Uint8Array): string {
  return toHex(sha256(der));
}

/** Reads a keyring file's text: every problem with its line and column, or the keys by key id. */
export function parseKeyring(text: string, file: string): KeyringResult {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return { ok: false, problems: [located(parsed.diagnostic)] };
  const diagnostics = validate({ schema: KeyringSchema, data: parsed.value, pos: parsed.pos, file });
  if (diagnostics.length) return { ok: false, problems: diagnostics.map(located) };
  const data = parsed.value as z.infer<typeof KeyringSchema>;
  const at = (path: PathPart[], message: string): KeyringProblem => {
    const p: PosTree = descend(parsed.pos, path);
    return { file, line: p.line, col: p.col, message };
  };
  const keys = new Map<string, KeyringEntry>();
  const problems: KeyringProblem[] = [];
  for (const [i, k] of data.keys.entries()) {
    const der = ed25519Der(k.public_key);
    if (typeof der === 'string') {
      problems.push(at(['keys', i, 'public_key'], `keys[${i}].public_key: ${der}.`));
      continue;
    }
    const keyid = keyIdOf(der);
    const before = keys.get(keyid);
    if (before)
      problems.push(at(['keys', i, 'public_key'], `the key of ${k.name} is already listed for ${before.name}.`));
    else keys.set(keyid, { keyid, name: k.name, roles: k.roles, publicKeyPem: k.public_key });
  }
  return problems.length ? { ok: false, problems } : { ok: true, keys };
}

function located(d: { file: string; line: number; col: number; message: string }): KeyringProblem {
  return { file: d.file, line: d.line, col: d.col, message: d.message };
}
