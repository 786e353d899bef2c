import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseStatus } from '../analysis/status.js';
import { EXAMPLE_HEADER } from '../check/examples.js';
import { loadCase } from '../format/load-case.js';
import { memoryReader } from '../format/memory-reader.js';
import type { Case } from '../model/case.js';
import { buildGraph } from '../model/graph.js';
import { NodeSchema } from '../model/schema.js';
import { challengeDefeater, mergedStatus, withChallenges } from './merged-status.js';
import type { Challenge, ChallengeStatus, ChallengeTarget } from './types.js';

const ARGUMENT = `argument:
  G1: { kind: claim, text: Safe to launch., supported_by: [S1] }
  S1: { kind: strategy, text: Argue over each risk., supported_by: [G2, G3] }
  G2: { kind: claim, text: Risk A is low., supported_by: [Sn1] }
  G3: { kind: claim, text: Risk B is low., supported_by: [Sn2] }
  Sn1: { kind: evidence, text: Eval A., evidence: [E1] }
  Sn2: { kind: evidence, text: Eval B., evidence: [E2] }
evidence:
  E1: { title: Eval A, kind: capability-evaluation, source_type: internal-test, date: 2026-11-01, produced_by: Lab, polarity: supports }
  E2: { title: Eval B, kind: capability-evaluation, source_type: internal-test, date: 2026-11-01, produced_by: Lab, polarity: supports }
`;

function load(extra = ''): Case {
  const r = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': EXAMPLE_HEADER + ARGUMENT + extra }));
  assert.ok(r.case, r.diagnostics.map((d) => d.message).join('\n'));
  return r.case;
}

const AS_OF = { asOf: '2026-12-07' };
const plain = (c: Case) => caseStatus(c, buildGraph(c), AS_OF);
const statusOf = (s: ReturnType<typeof plain>, id: string) => s.nodes.get(id)?.status;

function challenge(target: ChallengeTarget, status: ChallengeStatus = 'open', id = 'ch1'): Challenge {
  return {
    id,
    caseId: 'example',
    revision: 'a'.repeat(64),
    target,
    kind: 'rebutting',
    severity: 'blocking',
    tier: 'internal',
    text: 'Eval A ran on the wrong build.',
    author: 'rita',
    at: '2026-12-07T04:00:00Z',
    status,
    version: 1,
  };
}

describe('status with challenges merged', () => {
  it('the case alone is supported throughout (the clean twin)', () => {
    assert.deepEqual(
      [...plain(load()).nodes.values()].map((n) => n.status).filter((s) => s !== 'supported'),
      [],
    );
  });

  it('a blocking challenge on a leaf makes its claim chain not supported; withdrawing it restores the status exactly', () => {
    const c = load();
    const before = plain(c);
    const open = mergedStatus(c, [challenge({ kind: 'node', id: 'Sn1' })], AS_OF);
    for (const id of ['Sn1', 'G2', 'S1', 'G1']) assert.equal(statusOf(open.status, id), 'challenged', id);
    assert.equal(statusOf(open.status, 'G3'), 'supported', 'the other leg is untouched');
    assert.equal(open.defeaters.get('ch1'), 'challenge.ch1');
    const withdrawn = mergedStatus(c, [challenge({ kind: 'node', id: 'Sn1' }, 'withdrawn')], AS_OF);
    assert.deepEqual(withdrawn.status, before);
    assert.equal(c.nodes.has('challenge.ch1'), false, 'the loaded case is not changed');
  });

  it('open and sustained challenges count; answered, withdrawn and accepted-residual do not', () => {
    const c = load();
    const expected: Record<ChallengeStatus, string> = {
      open: 'challenged',
      sustained: 'challenged',
      answered: 'supported',
      withdrawn: 'supported',
      'accepted-residual': 'supported',
    };
    for (const [status, want] of Object.entries(expected) as [ChallengeStatus, string][]) {
      assert.equal(
        statusOf(mergedStatus(c, [challenge({ kind: 'node', id: 'G3' }, status)], AS_OF).status, 'G1'),
        want,
      );
    }
  });

  it('agrees with the same defeater written in the case (the same core code decides)', () => {
    const yaml = `  challenge.ch1: { kind: defeater, text: x, challenges: ["S1 -> G2"], status: open }\n`;
    const withDefeater = loadCase(
      'warrant.yaml',
      memoryReader({ 'warrant.yaml': EXAMPLE_HEADER + ARGUMENT.replace('evidence:\n', `${yaml}evidence:\n`) }),
    ).case!;
    const merged = mergedStatus(load(), [challenge({ kind: 'link', id: 'S1 -> G2' })], AS_OF).status;
    const direct = plain(withDefeater);
    for (const id of direct.nodes.keys()) {
      assert.equal(statusOf(merged, id), statusOf(direct, id), id);
      assert.deepEqual(
        merged.nodes.get(id)!.reasons.map((r) => r.code),
        direct.nodes.get(id)!.reasons.map((r) => r.code),
        id,
      );
    }
    assert.equal(statusOf(merged, 'G2'), 'supported', 'a link challenge leaves the child itself alone');
    assert.equal(statusOf(merged, 'S1'), 'challenged');
  });

  it('an evidence item is challenged through every node citing it', () => {
    const m = mergedStatus(load(), [challenge({ kind: 'evidence', id: 'E2' })], AS_OF);
    assert.equal(statusOf(m.status, 'Sn2'), 'challenged');
    assert.equal(statusOf(m.status, 'Sn1'), 'supported');
  });

  it('reports live challenges whose target is not in the revision, and gives each defeater its own id', () => {
    const c = load();
    c.nodes.set('challenge.dup', c.nodes.get('G1')!);
    const merged = withChallenges(c, [
      challenge({ kind: 'node', id: 'G9' }, 'open', 'a'),
      challenge({ kind: 'link', id: 'G1 -> G2' }, 'open', 'b'),
      challenge({ kind: 'evidence', id: 'E9' }, 'sustained', 'c'),
      challenge({ kind: 'node', id: 'G1' }, 'open', 'dup'),
      challenge({ kind: 'node', id: 'G1' }, 'open', 'x y'),
    ]);
    assert.deepEqual(
      merged.unplaced.map((u) => u.challenge),
      ['a', 'b', 'c'],
    );
    assert.match(merged.unplaced[1]!.reason, /link G1 -> G2 is not in this revision/);
    assert.deepEqual(
      [...merged.defeaters],
      [
        ['dup', 'challenge.dup-2'],
        ['x y', 'challenge.x_y'],
      ],
    );
  });

  it('writes each challenge as a defeater the case format accepts (for `warrant review pull`)', () => {
    for (const kind of ['rebutting', 'undercutting', 'undermining'] as const) {
      const d = challengeDefeater({ ...challenge({ kind: 'link', id: 'S1 -> G2' }), kind }, ['S1 -> G2']);
      assert.ok(NodeSchema.safeParse(d).success, kind);
      assert.equal(d.form, kind === 'undermining' ? 'counter-evidence' : 'counter-claim');
    }
    assert.equal(
      NodeSchema.safeParse({ ...challengeDefeater(challenge({ kind: 'node', id: 'G1' }), []), status: 'x' }).success,
      false,
    );
  });
});
