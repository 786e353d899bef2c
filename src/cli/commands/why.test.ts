import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli as run, SMALL } from '../../../test/support/analysis.js';
import { tempDir } from '../../../test/support/cli.js';

describe('warrant why', () => {
  it('prints the chain up, what the node rests on, and the defeaters', async () => {
    const dir = tempDir({ 'warrant.yaml': SMALL });
    const r = await run(['why', '.', 'G2', '--as-of', '2026-04-28'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Claim G2 is challenged as of 2026-04-28\./);
    assert.match(r.out, /\^-- S1 \(strategy, unsupported\)/);
    assert.match(r.out, /Sn1 \[supported\] Evaluation A \(items E1\)/);
    assert.match(r.out, /D1 \(open\) against G2: The suite is saturated\./);
    const s1 = await run(['why', '.', 'S1', '--as-of', '2026-04-28'], dir);
    assert.match(s1.out, /^Strategy S1 is unsupported \(not established\) as of 2026-04-28\./);
    assert.match(
      s1.out,
      /Failed legs, from it down to where each fails:\n {2}- S1 -> G3: Claim G3 is marked undeveloped\./,
    );
  });

  it('JSON for an evidence item', async () => {
    const dir = tempDir({ 'warrant.yaml': SMALL });
    const r = await run(['why', '.', 'E1', '--as-of', '2026-07-01', '--format', 'json'], dir);
    const j = JSON.parse(r.out);
    assert.equal(j.schema, 'warrant-why/2');
    assert.deepEqual(j.failedLegs, [], 'an item has no legs');
    assert.equal(j.target.kind, 'item');
    assert.equal(j.target.status, 'stale');
    assert.deepEqual(
      j.up.map((s: { id: string }) => s.id),
      ['Sn1', 'G2', 'S1', 'G1'],
    );
  });

  it('an unknown id exits 2 with a suggestion; a missing id is a usage error', async () => {
    const dir = tempDir({ 'warrant.yaml': SMALL });
    const r = await run(['why', '.', 'G22'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /no node or evidence item "G22"\. Did you mean `G2`\?/);
    assert.equal((await run(['why', '.'], dir)).code, 2);
  });

  it('works on a bundled example', async () => {
    const r = await run(['why', 'examples/cyber-api-launch', 'G-root', '--as-of', '2026-04-28']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /What it rests on:/);
  });
});
