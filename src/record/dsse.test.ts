import assert from 'node:assert/strict';
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addSignature, checkSignatures, envelopeText, pae, parseEnvelope, signEnvelope } from './dsse.js';

const text = new TextDecoder();
const utf8 = new TextEncoder();

function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (m: Uint8Array) => new Uint8Array(sign(null, m, privateKey)),
  };
}
const verifyEd25519 = (pem: string, m: Uint8Array, s: Uint8Array) => verify(null, m, pem, s);

describe('DSSE', () => {
  it("PAE matches the DSSE spec's example", () => {
    // protocol.md of github.com/secure-systems-lab/dsse, "Test cases".
    const got = pae('http://example.com/HelloWorld', utf8.encode('hello world'));
    assert.equal(text.decode(got), 'DSSEv1 29 http://example.com/HelloWorld 11 hello world');
  });

  it('PAE counts bytes, not characters', () => {
    assert.equal(text.decode(pae('t', utf8.encode('é'))), 'DSSEv1 1 t 2 é');
  });

  it('several signatures on one envelope each verify; a stranger and a forged one do not', () => {
    const a = keyPair();
    const b = keyPair();
    const env = addSignature(signEnvelope('application/x', utf8.encode('{"x":1}'), 'ka', a.sign), 'kb', b.sign);
    const keys = new Map([
      ['ka', a.pem],
      ['kb', b.pem],
    ]);
    const results = checkSignatures(env, (k) => keys.get(k), verifyEd25519);
    assert.deepEqual(
      results.map((r) => r.result),
      ['valid', 'valid'],
    );
    const swapped = { ...env, signatures: [{ keyid: 'ka', sig: env.signatures[1]!.sig }] };
    assert.equal(checkSignatures(swapped, (k) => keys.get(k), verifyEd25519)[0]!.result, 'invalid');
    assert.equal(checkSignatures(env, () => undefined, verifyEd25519)[0]!.result, 'unknown-key');
  });

  it('the envelope text round-trips and is byte-stable', () => {
    const a = keyPair();
    const env = signEnvelope('application/x', utf8.encode('payload'), 'ka', a.sign);
    const once = envelopeText(env);
    const parsed = parseEnvelope(once);
    assert.ok(parsed.ok);
    assert.equal(envelopeText(parsed.envelope), once);
    assert.equal(parseEnvelope('{"payload":"***","payloadType":"x","signatures":[]}').ok, false);
    assert.equal(parseEnvelope('[]').ok, false);
  });

  it('any single-byte change to the envelope text is detected', () => {
    const a = keyPair();
    const env = signEnvelope('application/x', utf8.encode('{"outcome":"approve"}'), 'ka', a.sign);
    const bytes = utf8.encode(envelopeText(env));
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const changed = Uint8Array.from(bytes);
        changed[at % bytes.length] = changed[at % bytes.length]! ^ flip;
        const parsed = parseEnvelope(text.decode(changed));
        if (!parsed.ok) return;
        const results = checkSignatures(parsed.envelope, (k) => (k === 'ka' ? a.pem : undefined), verifyEd25519);
        const same = envelopeText(parsed.envelope) === envelopeText(env);
        // Either it no longer verifies, or JSON read the change away (whitespace case is not a byte of the record).
        assert.ok(same || results.every((r) => r.result !== 'valid'), text.decode(changed));
      }),
    );
  });
});
