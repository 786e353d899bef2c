// The decision record's properties over generated cases (the Proof):
// a valid record always verifies; a record stays valid after the case changes,
// and the comparison with the case names exactly the parts that changed.
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { loadCase } from '../src/format/load-case.js';
import { memoryReader } from '../src/format/memory-reader.js';
import type { Case } from '../src/model/case.js';
import { type DecisionFacts, decisionStatement, statementBytes } from '../src/record/decision-record.js';
import { IN_TOTO_PAYLOAD_TYPE, signEnvelope } from '../src/record/dsse.js';
import { ed25519Der, keyIdOf } from '../src/record/keyring.js';
import { caseDigest, changedParts, partDigests } from '../src/record/normalised-case.js';
import { CHECKPOINT_PAYLOAD_TYPE, checkpointBytes, checkpointOf, recordDigest } from '../src/record/record-log.js';
import { verifyRecord } from '../src/record/verify-record.js';
import { type CaseDoc, validCase } from './arbitrary-case.js';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const PEM = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const KEYID = keyIdOf(ed25519Der(PEM) as Uint8Array);
const KEYS = new Map([[KEYID, { keyid: KEYID, name: 'Dana', roles: ['decision-maker' as const], publicKeyPem: PEM }]]);
const signer = (m: Uint8Array) => new Uint8Array(sign(null, m, privateKey));
const verifier = (pem: string, m: Uint8Array, s: Uint8Array) => verify(null, m, pem, s);

const withDecision = (doc: CaseDoc) => ({
  ...doc,
  decision: { outcome: 'defer', date: '2026-10-01', makers: [{ name: 'Dana', role: 'CRO' }], residual_risk: 'Some.' },
});

function load(doc: object): Case {
  const r = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': yaml.dump(doc, { lineWidth: -1 }) }));
  assert.ok(r.case, JSON.stringify(r.diagnostics));
  return r.case;
}

const FACTS: DecisionFacts = {
  outcome: 'defer',
  decidedAt: '2026-10-02T09:00:00Z',
  asOf: '2026-10-02',
  artefacts: [],
  check: { errors: 0, warnings: 0, infos: 0 },
  status: { counts: {} },
  previous: null,
};

function signed(c: Case) {
  const payload = statementBytes(decisionStatement(c, FACTS));
  const envelope = signEnvelope(IN_TOTO_PAYLOAD_TYPE, payload, KEYID, signer);
  const entries = [{ digest: recordDigest(payload), file: 'r.json' }];
  const checkpoint = signEnvelope(CHECKPOINT_PAYLOAD_TYPE, checkpointBytes(checkpointOf('o', entries)), KEYID, signer);
  return { envelope, log: { entries, checkpoint, recordFile: 'r.json' } };
}

const now = (c: Case) => {
  const parts = partDigests(c);
  return { caseDigest: caseDigest(parts), parts, artefacts: new Map() };
};

describe('decision record properties', () => {
  it('a valid record over any case verifies, against the case it was signed over', () => {
    fc.assert(
      fc.property(validCase, (doc) => {
        const c = load(withDecision(doc));
        const { envelope, log } = signed(c);
        const v = verifyRecord({ envelope, keys: KEYS, verify: verifier, log, now: now(c) });
        assert.ok(v.ok, JSON.stringify(v.findings));
      }),
      { numRuns: 25 },
    );
  });

  it('after one node changes, the record still verifies and --case names exactly that node', () => {
    fc.assert(
      fc.property(validCase, fc.nat(), (doc, pick) => {
        const c = load(withDecision(doc));
        const { envelope, log } = signed(c);
        const ids = Object.keys(doc.argument);
        const id = ids[pick % ids.length]!;
        const changed = structuredClone(withDecision(doc));
        changed.argument[id]!.text = `${String(changed.argument[id]!.text)} (edited)`;
        const after = load(changed);
        assert.deepEqual(changedParts(partDigests(c), partDigests(after)), [{ part: `node/${id}`, change: 'changed' }]);
        assert.ok(verifyRecord({ envelope, keys: KEYS, verify: verifier, log }).ok);
        const v = verifyRecord({ envelope, keys: KEYS, verify: verifier, log, now: now(after) });
        assert.deepEqual(
          v.findings.filter((f) => !f.ok).map((f) => f.message),
          [`node/${id}: changed since the record was signed`],
        );
      }),
      { numRuns: 25 },
    );
  });

  it('the case digest ignores where things are written, not what they say', () => {
    const doc = withDecision(fc.sample(validCase, { numRuns: 1, seed: 7 })[0]!);
    const reordered = { ...doc, argument: Object.fromEntries(Object.entries(doc.argument).reverse()) };
    assert.equal(now(load(doc)).caseDigest, now(load(reordered)).caseDigest);
  });
});
