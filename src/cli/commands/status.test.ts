import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli as run, SMALL } from '../../../test/support/analysis.js';
import { tempDir } from '../../../test/support/cli.js';
import { EXAMPLE_HEADER } from '../../check/examples.js';

describe('warrant status', () => {
  it('prints the summary and the tree with statuses as words', async () => {
    const dir = tempDir({ 'warrant.yaml': SMALL });
    const r = await run(['status', '.', '--as-of', '2026-04-28'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Top claim G1 is unsupported \(not established\)\.\nIt fails on this leg:\n/);
    assert.match(
      r.out,
      /\n {2}- G1 -> S1 -> G3: Claim G3 is marked undeveloped\.\n/,
      'the failed leg from the top down',
    );
    assert.match(r.out, /degraded\s+0/);
    assert.match(r.out, /unsupported\s+2/);
    assert.match(r.out, /`-- S1 \[unsupported\]/);
    assert.match(r.out, /G3 \[undeveloped\] Risk B is acceptable\.: Claim G3 is marked undeveloped\./);
    assert.match(r.out, /G2 \[challenged\] Risk A is acceptable\.: Defeater D1 against claim G2 is open\./);
  });

  it('judges dates as of --as-of: expired evidence is stale', async () => {
    const dir = tempDir({ 'warrant.yaml': SMALL });
    const r = await run(['status', '--as-of', '2026-07-01', '--format', 'json'], dir);
    const j = JSON.parse(r.out);
    assert.equal(j.schema, 'warrant-status/2');
    assert.equal(j.asOf, '2026-07-01');
    assert.equal(j.topStatus, 'unsupported');
    assert.equal(j.topEstablished, false);
    assert.deepEqual(j.topFailedLegs, [
      {
        path: ['G1', 'S1', 'G3'],
        cause: { code: 'undeveloped', message: 'Claim G3 is marked undeveloped.', node: 'G3' },
      },
    ]);
    const sn1 = j.nodes.find((n: { id: string }) => n.id === 'Sn1');
    assert.equal(sn1.status, 'stale');
    assert.equal(sn1.reasons[0].code, 'expired-evidence');
    assert.equal(sn1.reasons[0].evidence, 'E1');
  });

  it('JSON is stable: the same input gives the same bytes', async () => {
    const a = await run(['status', 'examples/cyber-api-launch', '--as-of', '2026-04-28', '--format', 'json']);
    const b = await run(['status', 'examples/cyber-api-launch', '--as-of', '2026-04-28', '--format', 'json']);
    assert.equal(a.code, 0);
    assert.equal(a.out, b.out);
    const j = JSON.parse(a.out);
    assert.equal(j.top, 'G-root');
    assert.deepEqual(Object.keys(j.counts), [
      'supported',
      'degraded',
      'stale',
      'contested',
      'challenged',
      'unsupported',
      'undeveloped',
      'defeated',
    ]);
  });

  it('--fail-on exits 1 when the top claim is that bad or worse', async () => {
    const dir = tempDir({ 'warrant.yaml': SMALL });
    assert.equal((await run(['status', '--as-of', '2026-04-28', '--fail-on', 'challenged'], dir)).code, 1);
    assert.equal((await run(['status', '--as-of', '2026-04-28', '--fail-on', 'unsupported'], dir)).code, 1);
    assert.equal((await run(['status', '--as-of', '2026-04-28', '--fail-on', 'undeveloped'], dir)).code, 0);
    assert.equal((await run(['status', '--fail-on', 'partial'], dir)).code, 2, 'partial is no status any more');
    assert.equal((await run(['status', '--fail-on', 'supported'], dir)).code, 2);
  });

  it('names ten failed legs and counts the rest', async () => {
    const legs = Array.from({ length: 12 }, (_, i) => `G${i + 2}`);
    const body = `argument:
  G1: { kind: claim, text: Top., supported_by: [${legs.join(', ')}] }
${legs.map((id) => `  ${id}: { kind: claim, text: Leg ${id}., undeveloped: true }`).join('\n')}
`;
    const dir = tempDir({ 'warrant.yaml': EXAMPLE_HEADER + body });
    const r = await run(['status', '--as-of', '2026-04-28', '--depth', '0'], dir);
    assert.match(r.out, /It fails on these 12 legs:/);
    assert.equal(r.out.match(/^ {2}- G1 -> G\d+: Claim G\d+ is marked undeveloped\.$/gm)?.length, 10);
    assert.match(r.out, /^ {2}- \.\.\. and 2 more failed legs \(--format json has them all\)$/m);
    const j = JSON.parse((await run(['status', '--as-of', '2026-04-28', '--format', 'json'], dir)).out);
    assert.equal(j.topFailedLegs.length, 12);
  });

  it('--depth limits the tree', async () => {
    const dir = tempDir({ 'warrant.yaml': SMALL });
    const r = await run(['status', '--as-of', '2026-04-28', '--depth', '1'], dir);
    assert.match(r.out, /G1 \[unsupported\]/);
    assert.doesNotMatch(r.out, /S1 \[/);
    assert.match(r.out, /1 below, --depth 1/);
  });

  it('an unusable case prints the loader diagnostics and exits 2', async () => {
    const dir = tempDir({ 'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, txt: Oops }\n` });
    const r = await run(['status'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /warrant\.yaml:\d+:\d+/);
    assert.match(r.err, /not a usable case/);
    const missing = await run(['status', 'no-such-dir'], dir);
    assert.equal(missing.code, 2);
  });

  it("under --format json, an unusable case gives its diagnostics as the JSON result, in check's shape", async () => {
    const dir = tempDir({ 'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, txt: Oops }\n` });
    for (const command of ['status', 'why', 'critical', 'whatif']) {
      const args =
        command === 'why' ? [command, '.', 'G1'] : command === 'whatif' ? [command, '--defeat', 'G1'] : [command];
      const r = await run([...args, '--format', 'json'], dir);
      assert.equal(r.code, 2, command);
      const j = JSON.parse(r.out);
      assert.equal(j.schema, 'warrant-diagnostics/1', command);
      const first = j.diagnostics[0];
      assert.equal(first.code, 'L07', command);
      assert.equal(first.file, 'warrant.yaml', `${command}: the path is relative to the working directory`);
      assert.ok(first.line > 0 && first.column > 0, command);
      assert.match(r.err, /not a usable case/, `${command}: the message stays on stderr`);
    }
  });

  it('bad options are usage errors', async () => {
    assert.equal((await run(['status', '--as-of', '2026-13-01'])).code, 2);
    assert.equal((await run(['status', '--format', 'sarif'])).code, 2);
    assert.equal((await run(['status', 'a', 'b'])).code, 2);
  });
});
