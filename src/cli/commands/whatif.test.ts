import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli as run, SMALL } from '../../../test/support/analysis.js';
import { tempDir } from '../../../test/support/cli.js';

/** SMALL with G3 developed: the top claim is established (challenged by D1). */
const DEVELOPED = SMALL.replace(
  'G3: { kind: claim, text: Risk B is acceptable., undeveloped: true }',
  'G3: { kind: claim, text: Risk B is acceptable., supported_by: [Sn1] }',
);

describe('warrant whatif', () => {
  it('shows what fails and exits 1 when the top claim is not established', async () => {
    const dir = tempDir({ 'warrant.yaml': DEVELOPED });
    const r = await run(['whatif', '--defeat', 'E1', '--as-of', '2026-04-28'], dir);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /Top claim G1: challenged -> unsupported \(not established\)\./);
    assert.match(r.out, /G2\s+claim\s+challenged\s+->\s+unsupported \(not established\)/);
    assert.match(
      r.out,
      /The top claim fails on this leg:\n {2}- G1 -> S1 -> G2 -> Sn1: Evidence item E1 is assumed defeated/,
    );
  });

  it('the worked example: losing the egress test leaves the top claim not established', async () => {
    const r = await run(['whatif', 'examples/minimal', '--defeat', 'ev-egress-test', '--as-of', '2026-04-28']);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /Top claim G-root stays unsupported \(not established\)\./);
    assert.match(
      r.out,
      /G-root -> S-risks -> G-no-scanning -> Sn-egress-test: Evidence item ev-egress-test is assumed defeated/,
    );
  });

  it('exits 0 when the top claim stays established; ids may be repeated or comma-separated', async () => {
    const alternatives = DEVELOPED.replace(
      'supported_by: [G2, G3], in_context_of: [A1] }',
      'supported_by: [G2, G3], in_context_of: [A1], support: { at_least: 1, justification: Separate teams. } }',
    );
    const dir = tempDir({ 'warrant.yaml': alternatives });
    const r = await run(['whatif', '--defeat', 'G3', '--as-of', '2026-04-28', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.schema, 'warrant-whatif/2');
    assert.equal(j.topEstablished, true);
    assert.deepEqual(j.topFailedLegs, []);
    const both = await run(
      ['whatif', '--defeat', 'G2,G3', '--defeat', 'G2', '--as-of', '2026-04-28', '--format', 'json'],
      dir,
    );
    assert.equal(both.code, 1);
    assert.deepEqual(JSON.parse(both.out).defeat, ['G2', 'G3']);
    assert.equal(JSON.parse(both.out).topEstablished, false);
  });

  it('unknown ids exit 2 with a did-you-mean; no ids is a usage error', async () => {
    const dir = tempDir({ 'warrant.yaml': SMALL });
    const r = await run(['whatif', '--defeat', 'E1,G33'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /no node or evidence item G33 in the case\. Did you mean `G3`\?/);
    assert.match((await run(['whatif', '--defeat', 'D1'], dir)).err, /is a defeater/);
    assert.equal((await run(['whatif'], dir)).code, 2);
  });
});
