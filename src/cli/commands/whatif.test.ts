import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli as run, SMALL } from '../../../test/support/analysis.js';
import { tempDir } from '../../../test/support/cli.js';

describe('warrant whatif', () => {
  it('shows what loses support and exits 1 when the top claim does', async () => {
    const dir = tempDir({ 'warrant.yaml': SMALL });
    const r = await run(['whatif', '--defeat', 'E1', '--as-of', '2026-04-28'], dir);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /Top claim G1: challenged -> defeated \(it loses all support\)\./);
    assert.match(r.out, /G2\s+claim\s+challenged\s+->\s+defeated \(loses support\)/);
  });

  it('exits 0 when the top claim keeps support; ids may be repeated or comma-separated', async () => {
    const r = await run([
      'whatif',
      'examples/minimal',
      '--defeat',
      'G-injection',
      '--as-of',
      '2026-04-28',
      '--format',
      'json',
    ]);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.schema, 'warrant-whatif/1');
    assert.equal(j.topLosesSupport, false);
    const both = await run([
      'whatif',
      'examples/minimal',
      '--defeat',
      'G-injection',
      '--defeat',
      'G-no-scanning',
      '--as-of',
      '2026-04-28',
      '--format',
      'json',
    ]);
    assert.equal(both.code, 1);
    assert.deepEqual(JSON.parse(both.out).defeat, ['G-injection', 'G-no-scanning']);
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
