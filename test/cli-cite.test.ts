// `warrant cite` end to end: the node's list gains the items and nothing else in
// the file changes; each refusal is a clear message, exit 2, and the case
// byte-identical.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { EXAMPLE_HEADER } from '../src/check/examples.js';
import { main } from '../src/cli/main.js';
import { fakeIo, tempDir } from './support/cli.js';

const ITEM =
  '{ title: t, kind: red-team, source_type: internal-test, date: 2026-01-01, produced_by: x, polarity: supports }';
const ROOT = `${EXAMPLE_HEADER}# The argument. This comment must survive.
argument:
  G1: { kind: claim, text: Safe., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Suite results., evidence: [E1] } # and this one
  D1:
    kind: defeater
    text: The suite is old. # this too
    challenges: [G1]
    status: refuted
    resolution: { summary: Rerun., refs: [E1] }
evidence:
  E1: ${ITEM}
  E2: ${ITEM}
  E-rerun: ${ITEM}
`;

async function run(dir: string, ...args: string[]) {
  const { io, out, err } = fakeIo(dir);
  const code = await main(args, io);
  return { code, out: out(), err: err() };
}
const read = (dir: string) => fs.readFileSync(path.join(dir, 'case/warrant.yaml'), 'utf8');

describe('warrant cite', () => {
  it('adds items to an evidence node and to a defeater, changing only those lines', async () => {
    const dir = tempDir({ 'case/warrant.yaml': ROOT });
    const r = await run(dir, 'cite', 'case', 'Sn1', 'E2');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'Sn1 now cites E2 (case/warrant.yaml).\n');
    const d = await run(dir, 'cite', 'case', 'D1', 'E-rerun', 'E2');
    assert.equal(d.code, 0, d.err);
    assert.equal(
      read(dir),
      ROOT.replace('evidence: [E1] } # and this one', 'evidence: [E1, E2] } # and this one').replace(
        '    resolution: { summary: Rerun., refs: [E1] }\n',
        '    resolution: { summary: Rerun., refs: [E1] }\n    evidence: [E-rerun, E2]\n',
      ),
    );
    const again = await run(dir, 'cite', 'case', 'Sn1', 'E2');
    assert.equal(again.code, 0);
    assert.match(again.out, /Sn1 already cites E2; nothing to do\./);
  });

  it('--dry-run shows the change and writes nothing', async () => {
    const dir = tempDir({ 'case/warrant.yaml': ROOT });
    const r = await run(dir, 'cite', 'case', 'Sn1', 'E2', '--dry-run');
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.out,
      /- {2}Sn1: \{ kind: evidence, text: Suite results\., evidence: \[E1\] \} # and this one\n\+ {2}Sn1: .*\[E1, E2\]/,
    );
    assert.equal(read(dir), ROOT);
  });

  const refusals: [string, string[], RegExp][] = [
    [
      'an unknown node, with a did-you-mean',
      ['Sn2', 'E2'],
      /no node Sn2 in the case\.\n {2}hint: Did you mean `Sn1`\?/,
    ],
    [
      'an unknown evidence id, with a did-you-mean',
      ['Sn1', 'E-reran'],
      /no evidence item E-reran in the case\.\n {2}hint: Did you mean `E-rerun`\?/,
    ],
    [
      'a node kind that cannot cite, naming the evidence nodes below it',
      ['G1', 'E2'],
      /G1 is a claim, which cannot cite evidence\.\n {2}hint: .*Cite E2 from an evidence node that supports G1: Sn1\./,
    ],
  ];
  for (const [name, args, message] of refusals)
    it(`refuses ${name}: exit 2, the case unchanged`, async () => {
      const dir = tempDir({ 'case/warrant.yaml': ROOT });
      const r = await run(dir, 'cite', 'case', ...args);
      assert.equal(r.code, 2);
      assert.match(r.err, message);
      assert.equal(read(dir), ROOT);
    });

  it('refuses a case that does not load, and bad usage', async () => {
    const dir = tempDir({ 'case/warrant.yaml': ROOT.replace('status: refuted', 'status: refutd') });
    const r = await run(dir, 'cite', 'case', 'Sn1', 'E2');
    assert.equal(r.code, 2);
    assert.match(r.err, /does not load cleanly/);
    assert.equal((await run(dir, 'cite', 'case', 'Sn1')).code, 2);
  });
});
