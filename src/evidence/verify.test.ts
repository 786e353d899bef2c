import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXAMPLE_HEADER } from '../check/examples.js';
import { loadCase } from '../format/load-case.js';
import { memoryReader } from '../format/memory-reader.js';
import { type HashResult, VERIFY_CODES, verifyArtefacts, verifyFails } from './verify.js';

const item = (id: string, uri: string) =>
  `  ${id}: { title: L, kind: capability-evaluation, source_type: internal-test, date: 2026-01-01, produced_by: E, polarity: supports, artefact: { uri: "${uri}", sha256: ${'a'.repeat(64)} } }\n`;

test('an artefact the hash function refuses as outside the case is reported (A06), unhashed, and fails', () => {
  const text = `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe., undeveloped: true }\nevidence:\n${item('E1', '../.env')}${item('E2', 'logs/a.json')}`;
  const c = loadCase('case/warrant.yaml', memoryReader({ 'case/warrant.yaml': text })).case!;
  const asked: string[] = [];
  const hash = (file: string): HashResult => {
    asked.push(file);
    return file === '.env'
      ? { ok: false, reason: 'outside', detail: "is outside the case's directory /w/case" }
      : { ok: true, sha256: 'a'.repeat(64) };
  };
  const checks = verifyArtefacts(c, hash);
  assert.deepEqual(asked, ['.env', 'case/logs/a.json']);
  assert.deepEqual(
    checks.map((k) => [k.id, k.status, k.actual === undefined, k.detail]),
    [
      ['E1', 'outside', true, "is outside the case's directory /w/case"],
      ['E2', 'ok', false, undefined],
    ],
  );
  assert.equal(VERIFY_CODES.outside.code, 'A06');
  assert.equal(verifyFails(checks), true);
  assert.equal(verifyFails(checks.slice(1)), false);
});
