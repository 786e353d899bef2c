import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli as run, SMALL } from '../../../test/support/analysis.js';
import { tempDir } from '../../../test/support/cli.js';

describe('warrant critical', () => {
  it('lists the single points of failure, reach and uncorroborated claims, with the failures repaired', async () => {
    const dir = tempDir({ 'warrant.yaml': SMALL });
    const r = await run(['critical', '--as-of', '2026-04-28'], dir);
    assert.equal(r.code, 0, r.err);
    // G3 is undeveloped, so the top is not established: the analysis is of the argument with G3 assumed developed.
    assert.match(
      r.out,
      /Top claim G1 is unsupported \(not established\)\.\nIt fails on this leg:\n {2}- G1 -> S1 -> G3/,
    );
    assert.match(r.out, /once those\nfailures are repaired/);
    assert.match(r.out, /Single points of failure \(6\)/);
    for (const id of ['S1', 'A1', 'G2', 'G3', 'Sn1', 'E1']) assert.match(r.out, new RegExp(`^  ${id}\\s`, 'm'));
    assert.match(r.out, /A1\s+assumption\s+2\s+2\s+50\.0%\s+yes/);
    assert.match(
      r.out,
      /Claims resting on one evidence item, with no corroboration \(2\):\n.*\n {2}G1\s+E1\s+0 .*\n {2}G2\s+E1\s+2/,
      'G3, repaired, is a hole with no evidence: all the evidence there is comes down to E1',
    );
    assert.match(r.out, /Declared alternatives: none\./);
  });

  it('JSON has the whole report; the worked example lists both risk claims as single points of failure', async () => {
    const r = await run(['critical', 'examples/minimal', '--as-of', '2026-04-28', '--format', 'json']);
    const j = JSON.parse(r.out);
    assert.equal(j.schema, 'warrant-critical/2');
    assert.equal(j.top, 'G-root');
    assert.equal(j.basis, 'repaired');
    const single = j.singlePoints.map((p: { id: string }) => p.id);
    for (const id of ['G-injection', 'G-no-scanning', 'S-risks', 'A-get-only', 'C-tool', 'ev-egress-test'])
      assert.ok(single.includes(id), `${id} is a single point of failure`);
    assert.deepEqual(j.cutSets, []);
    assert.equal(j.exact, true);
  });

  it('shows the top of each list, --all the rest; declared alternatives and their minimal sets', async () => {
    const few = await run(['critical', 'examples/cyber-api-launch', '--as-of', '2026-04-28', '--top', '3']);
    assert.match(few.out, /and \d+ more \(--all, or --format json\)/);
    const all = await run(['critical', 'examples/cyber-api-launch', '--as-of', '2026-04-28', '--all']);
    assert.doesNotMatch(all.out, /more \(--all/);
    const dir = tempDir({
      'warrant.yaml': SMALL.replace(
        'G3: { kind: claim, text: Risk B is acceptable., undeveloped: true }',
        'G3: { kind: claim, text: Risk B is acceptable., supported_by: [Sn1] }',
      ).replace(
        'supported_by: [G2, G3], in_context_of: [A1] }',
        'supported_by: [G2, G3], in_context_of: [A1], support: { at_least: 1, justification: Separate teams. } }',
      ),
    });
    const r = await run(['critical', '--as-of', '2026-04-28'], dir);
    assert.match(r.out, /Declared alternatives \(1\):\n.*\n {2}S1\s+1 of 2\s+2\s+1\s+-\s+yes/);
    assert.match(
      r.out,
      /Minimal sets of their legs whose joint loss fails the top claim \(1; up to 3 legs\):\n {2}G2 \+ G3/,
    );
    const budget = await run(['critical', '--as-of', '2026-04-28', '--set-work', '0'], dir);
    assert.match(budget.out, /not exhaustive: the work budget ran out \(--set-work\)/);
    assert.equal((await run(['critical', '--top', 'x'])).code, 2);
    assert.equal((await run(['critical', '--work', '-1'])).code, 2);
  });
});
