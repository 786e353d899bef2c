import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli as run, SMALL } from '../../../test/support/analysis.js';
import { tempDir } from '../../../test/support/cli.js';

describe('warrant critical', () => {
  it('lists single points of failure, pairs and the ranking', async () => {
    const dir = tempDir({ 'warrant.yaml': SMALL });
    const r = await run(['critical', '--as-of', '2026-04-28'], dir);
    assert.equal(r.code, 0, r.err);
    // G3 is undeveloped, so everything rests on the G2 leg: S1, A1, G2, Sn1, E1 are each critical.
    assert.match(r.out, /Single points of failure \(5\)/);
    for (const id of ['S1', 'A1', 'G2', 'Sn1', 'E1']) assert.match(r.out, new RegExp(`^  ${id}\\s`, 'm'));
    assert.match(r.out, /Pairs \(0; exhaustive\)/);
    assert.match(r.out, /A1\s+assumption\s+yes/);
  });

  it('JSON has the whole report', async () => {
    const r = await run(['critical', 'examples/minimal', '--as-of', '2026-04-28', '--format', 'json']);
    const j = JSON.parse(r.out);
    assert.equal(j.schema, 'warrant-critical/1');
    assert.equal(j.top, 'G-root');
    assert.deepEqual(
      j.singlePoints.map((p: { id: string }) => p.id),
      ['C-tool', 'S-risks', 'A-get-only'],
    );
    assert.equal(j.pairSearch.exhaustive, true);
    assert.ok(j.pairs.length > 0);
  });

  it('--pair-work 0 says the pair search was not exhaustive', async () => {
    const r = await run(['critical', 'examples/minimal', '--as-of', '2026-04-28', '--pair-work', '0']);
    assert.match(r.out, /not exhaustive: 0 of \d+ candidates/);
    assert.equal((await run(['critical', '--top', 'x'])).code, 2);
  });
});
