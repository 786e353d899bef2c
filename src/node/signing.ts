// The signing shell: Ed25519 through node:crypto. The pure core (src/record)
// takes signing and signature checking as injected functions; this module is
// the one place that holds a private key, and it never writes one anywhere
// but where `keys generate` is told to.
import crypto from 'node:crypto';
import type { SignMessage, VerifySignature } from '../record/dsse.js';
import { ed25519Der, keyIdOf } from '../record/keyring.js';

export interface GeneratedKeys {
  /** PKCS#8 PEM. */
  privateKeyPem: string;
  /** SPKI PEM. */
  publicKeyPem: string;
  keyid: string;
}

/** A fresh Ed25519 key pair. */
export function generateEd25519(): GeneratedKeys {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem,
    keyid: keyIdOf(publicKey.export({ type: 'spki', format: 'der' })),
  };
}

export interface Signer {
  keyid: string;
  publicKeyPem: string;
  sign: SignMessage;
}

/** A signer from a private key's PEM text, or the reason it is not an Ed25519 private key. */
export function signerFromPem(pem: string): Signer | string {
  let key: crypto.KeyObject;
  try {
    key = crypto.createPrivateKey(pem);
  } catch {
    return 'not a PEM private key';
  }
  if (key.asymmetricKeyType !== 'ed25519')
    return `an ${key.asymmetricKeyType ?? 'unknown'} key; Warrant signs with Ed25519`;
  const publicKeyPem = crypto.createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
  const der = ed25519Der(publicKeyPem);
  if (typeof der === 'string') return der;
  return {
    keyid: keyIdOf(der),
    publicKeyPem,
    sign: (message) => new Uint8Array(crypto.sign(null, message, key)),
  };
}

/** Ed25519 signature checking for the pure verifiers; a key that does not parse verifies nothing. */
export const verifyEd25519: VerifySignature = (publicKeyPem, message, signature) => {
  try {
    return crypto.verify(null, message, publicKeyPem, signature);
  } catch {
    return false;
  }
};
