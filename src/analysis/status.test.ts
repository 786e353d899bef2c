import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { item, loadSmall } from '../../test/support/analysis.js';
import { failedLegs, failedLegText } from './failed-legs.js';
import { caseStatus } from './status.js';
import { type CaseStatus, notEstablished, SUPPORT_STATUSES, statusRank } from './status-types.js';

const AS_OF = '2026-04-28';

function status(body: string, asOf = AS_OF, defeat?: string[]): CaseStatus {
  const { c, g } = loadSmall(body);
  return caseStatus(c, g, { asOf, ...(defeat ? { defeat } : {}) });
}

const of = (s: CaseStatus, id: string) => s.nodes.get(id)!.status;
const codes = (s: CaseStatus, id: string) => s.nodes.get(id)!.reasons.map((r) => `${r.code}:${r.node ?? r.evidence}`);

/** G1 -> S1 -> {G2 -> Sn1 [E1], G3 -> Sn2 [E2]} */
const tree = (
  extraNodes = '',
  extraEvidence = '',
  e1: Record<string, string | number> = {},
  e2: Record<string, string | number> = {},
) => `argument:
  G1: { kind: claim, text: The model is safe to launch., supported_by: [S1] }
  S1: { kind: strategy, text: Argue over each risk., supported_by: [G2, G3] }
  G2: { kind: claim, text: Risk A is acceptable., supported_by: [Sn1] }
  G3: { kind: claim, text: Risk B is acceptable., supported_by: [Sn2] }
  Sn1: { kind: evidence, text: Evaluation A, evidence: [E1] }
  Sn2: { kind: evidence, text: Evaluation B, evidence: [E2] }
${extraNodes}evidence:
${item('E1', e1)}${item('E2', e2)}${extraEvidence}`;

describe('caseStatus', () => {
  it('a fully evidenced tree is supported everywhere, with no reasons', () => {
    const s = status(tree());
    assert.equal(s.top, 'G1');
    assert.equal(s.asOf, AS_OF);
    for (const [id, st] of s.nodes) assert.deepEqual([id, st.status, st.reasons], [id, 'supported', []]);
    assert.deepEqual(s.counts, {
      supported: 6,
      degraded: 0,
      stale: 0,
      contested: 0,
      challenged: 0,
      unsupported: 0,
      undeveloped: 0,
      defeated: 0,
    });
    assert.deepEqual([...s.nodes.keys()], ['G1', 'S1', 'G2', 'G3', 'Sn1', 'Sn2'], 'case order');
  });

  it('an undeveloped leg leaves its parent, and all above it, unsupported; no support at all is undeveloped', () => {
    const s = status(
      tree().replace(
        'G3: { kind: claim, text: Risk B is acceptable., supported_by: [Sn2] }',
        'G3: { kind: claim, text: Risk B is acceptable., undeveloped: true }',
      ),
    );
    assert.equal(of(s, 'G3'), 'undeveloped');
    assert.deepEqual(codes(s, 'G3'), ['undeveloped:G3']);
    assert.equal(of(s, 'S1'), 'unsupported');
    assert.deepEqual(codes(s, 'S1'), ['failed-leg:G3']);
    assert.equal(of(s, 'G1'), 'unsupported');
    assert.deepEqual(codes(s, 'G1'), ['failed-leg:S1'], 'failed-leg reasons point one level down');
    assert.match(s.nodes.get('G1')!.reasons[0]!.message, /It needs S1, which is unsupported \(not established\)/);
    const all = status(`argument:
  G1: { kind: claim, text: Top., supported_by: [G2, G3] }
  G2: { kind: claim, text: A., undeveloped: true }
  G3: { kind: claim, text: B. }
`);
    assert.equal(of(all, 'G3'), 'undeveloped');
    assert.deepEqual(codes(all, 'G3'), ['no-support:G3']);
    assert.equal(of(all, 'G1'), 'unsupported', 'it has legs, and they failed: not undeveloped itself');
    assert.deepEqual(codes(all, 'G1'), ['failed-leg:G2', 'failed-leg:G3']);
  });

  it('an item from an unfinished evaluation run is undeveloped; an item marked for review is stale', () => {
    const run = (status: string) =>
      `\n    provenance: { framework: inspect_ai, task: cyber_ctf, requested_model: openai/m4, status: ${status} }`;
    const errored = status(tree('', '', { polarity: `supports${run('error')}` }));
    assert.equal(errored.items!.get('E1')!.status, 'undeveloped');
    assert.equal(of(errored, 'Sn1'), 'unsupported', 'the item it needs establishes nothing');
    assert.deepEqual(codes(errored, 'Sn1'), ['incomplete-run:E1']);
    assert.equal(of(errored, 'G1'), 'unsupported', 'the other leg holding does not make up for it');
    const stale = status(tree('', '', { polarity: `supports${run('error')}`, expires: '2026-04-01' }));
    assert.equal(of(stale, 'Sn1'), 'unsupported');
    assert.deepEqual(codes(stale, 'Sn1'), ['incomplete-run:E1', 'expired-evidence:E1'], 'the failure first');
    const done = status(tree('', '', { polarity: `supports${run('success')}` }));
    assert.equal(of(done, 'Sn1'), 'supported', 'a completed run counts');
    const marked = status(
      tree('', '', { polarity: 'supports\n    review: { reason: accuracy changed on re-import, since: 2026-04-01 }' }),
    );
    assert.equal(of(marked, 'Sn1'), 'stale');
    assert.deepEqual(codes(marked, 'Sn1'), ['under-review:E1']);
    assert.match(marked.nodes.get('Sn1')!.reasons[0]!.message, /since 2026-04-01: accuracy changed on re-import/);
  });

  it('expired, future-dated and other-build evidence is stale; a bridging justification lifts the build gap', () => {
    const expired = status(tree('', '', { expires: '2026-04-27' }));
    assert.equal(of(expired, 'Sn1'), 'stale');
    assert.deepEqual(codes(expired, 'Sn1'), ['expired-evidence:E1']);
    assert.equal(of(expired, 'G1'), 'stale');
    assert.equal(
      status(tree('', '', { expires: '2026-04-28' })).nodes.get('Sn1')!.status,
      'supported',
      'an item counts on its expiry day',
    );
    assert.equal(of(status(tree('', '', { date: '2026-01-01', valid_for_days: 30 })), 'Sn1'), 'stale');
    assert.deepEqual(codes(status(tree('', '', { date: '2026-05-01' })), 'Sn1'), ['future-evidence:E1']);

    const ctx = `context:
  model: { id: m7, build: rc4, components: [{ role: monitor, build: mon-2 }] }
  deployment_channel: Public API
  user_population: { description: Verified developers }
`;
    const other = status(ctx + tree('', '', { measured: '{ build: rc2 }' }, { measured: '{ build: RC4 }' }));
    assert.deepEqual(codes(other, 'Sn1'), ['build-mismatch:E1']);
    assert.equal(of(other, 'Sn2'), 'supported', 'builds compare case-insensitively');
    const monitor = status(ctx + tree('', '', { measured: '{ build: rc4, component: monitor }' }));
    assert.deepEqual(
      codes(monitor, 'Sn1'),
      ['build-mismatch:E1'],
      'a monitor evaluation must measure the monitor build',
    );
    const withBridge = (bridge: string, extra = '') =>
      status(
        ctx +
          tree(
            `  J1: { kind: justification, text: rc2 and rc4 matched on a bridging subset., ${bridge} }\n${extra}`,
            item('E3'),
            {
              measured: '{ build: rc2 }',
            },
          ).replace(
            'S1: { kind: strategy, text: Argue over each risk., supported_by: [G2, G3] }',
            'S1: { kind: strategy, text: Argue over each risk., supported_by: [G2, G3], in_context_of: [J1] }',
          ),
      );
    const bridges = 'bridges: [{ from: rc2, to: rc4 }]';
    assert.equal(of(withBridge(`${bridges}, evidence: [E3]`), 'Sn1'), 'supported');
    // The same test as the scope-substitution rules (model/bridges.ts): a bridge
    // that rests on no evidence, or that an open defeater challenges, does not count.
    assert.deepEqual(codes(withBridge(bridges), 'Sn1'), ['build-mismatch:E1'], 'a bridge resting on no evidence');
    const challenged = withBridge(
      `${bridges}, evidence: [E3]`,
      '  D1: { kind: defeater, form: counter-claim, text: The subset leaves out long tasks., challenges: [J1], status: open }\n',
    );
    assert.deepEqual(codes(challenged, 'Sn1'), ['build-mismatch:E1'], 'a bridge an open defeater challenges');
  });

  it('a supporting result that fails its own threshold fails its evidence node', () => {
    const task = (value: number) => `{ task: chemistry, metric: accuracy, value: ${value}, threshold: { max: 0.3 } }`;
    const s = status(tree('', '', { results: `[${task(0.2)}, ${task(0.4).replace('chemistry', 'biology')}]` }));
    assert.deepEqual(codes(s, 'Sn1'), ['result-fails-threshold:E1']);
    assert.equal(of(s, 'G1'), 'unsupported');
    assert.match(s.nodes.get('Sn1')!.reasons[0]!.message, /result "biology" \(0\.4\) fails its own threshold/);
    assert.deepEqual(
      failedLegs(s, 'G1').map((l) => l.cause.code),
      ['result-fails-threshold'],
    );
    assert.equal(of(status(tree('', '', { results: `[${task(0.2)}, ${task(0.3)}]` })), 'G1'), 'supported');
    const mixed = status(tree('', '', { results: `[${task(0.4)}]`, polarity: 'mixed' }));
    assert.deepEqual(codes(mixed, 'Sn1'), ['mixed-evidence:E1'], 'a mixed item already says it does not pass');
    const onEnd = status(
      tree('', '', {
        result: '{ metric: accuracy, value: 0.32, interval: [0.25, 0.29], threshold: { max: 0.3, on: interval-high } }',
      }),
    );
    assert.equal(of(onEnd, 'G1'), 'supported', 'a threshold on an end of the interval is judged on that end');
  });

  it('undermining evidence challenges, mixed evidence is contested, a missing item fails its evidence node', () => {
    assert.deepEqual(codes(status(tree('', '', { polarity: 'undermines' })), 'Sn1'), ['undermining-evidence:E1']);
    assert.equal(of(status(tree('', '', { polarity: 'undermines' })), 'G1'), 'challenged');
    const mixed = status(tree('', '', { polarity: 'mixed' }));
    assert.equal(of(mixed, 'Sn1'), 'contested');
    assert.deepEqual(codes(mixed, 'Sn1'), ['mixed-evidence:E1']);
    assert.equal(of(mixed, 'G1'), 'contested');
    const missing = status(tree().replace('evidence: [E1]', 'evidence: [E1, E9]'));
    assert.equal(of(missing, 'Sn1'), 'unsupported', 'one of two items missing: every item cited is needed');
    assert.deepEqual(codes(missing, 'Sn1'), ['missing-evidence:E9']);
    const none = status(tree().replace('evidence: [E1]', 'evidence: [E9]'));
    assert.equal(of(none, 'Sn1'), 'unsupported');
    assert.equal(of(none, 'G2'), 'unsupported');
    assert.equal(of(none, 'S1'), 'unsupported');
    assert.equal(none.items!.get('E9')!.status, 'undeveloped');
  });

  it('defeaters: open challenges, accepted defeats, mitigated and refuted are listed but change nothing', () => {
    const d = (status: string, target = 'G2') =>
      `  D1: { kind: defeater, text: The suite is saturated., challenges: ["${target}"], status: ${status} }\n`;
    const open = status(tree(d('open')));
    assert.equal(of(open, 'G2'), 'challenged');
    assert.deepEqual(codes(open, 'G2'), ['open-defeater:D1']);
    assert.equal(of(open, 'G1'), 'challenged');
    assert.equal(
      open.nodes.get('G2')!.reasons[0]!.message,
      'Defeater D1 against claim G2 is open.',
      'ids keep their case',
    );
    const accepted = status(tree(d('accepted')));
    assert.equal(of(accepted, 'G2'), 'defeated');
    assert.deepEqual(codes(accepted, 'G2'), ['accepted-defeater:D1']);
    assert.equal(of(accepted, 'S1'), 'unsupported', 'G3 holding does not make up for G2');
    assert.deepEqual(codes(accepted, 'S1'), ['failed-leg:G2']);
    const mitigated = status(tree(d('mitigated')));
    assert.equal(of(mitigated, 'G2'), 'supported');
    assert.deepEqual(mitigated.nodes.get('G2')!.reasons, []);
    assert.deepEqual(
      mitigated.nodes.get('G2')!.resolved!.map((r) => `${r.code}:${r.node}`),
      ['mitigated-defeater:D1'],
    );
    const marked = status(tree().replace('G3: { kind: claim,', 'G3: { kind: claim, defeated: true,'));
    assert.deepEqual(codes(marked, 'G3'), ['marked-defeated:G3']);
  });

  it("a defeater on a link affects only the parent's use of that child", () => {
    const open = status(tree('  D1: { kind: defeater, text: Proxy., challenges: ["S1 -> G2"], status: open }\n'));
    assert.equal(of(open, 'G2'), 'supported');
    assert.equal(of(open, 'S1'), 'challenged');
    assert.deepEqual(codes(open, 'S1'), ['link-challenged:D1']);
    const accepted = status(
      tree('  D1: { kind: defeater, text: Proxy., challenges: ["S1 -> G2"], status: accepted }\n'),
    );
    assert.equal(of(accepted, 'G2'), 'supported');
    assert.equal(of(accepted, 'S1'), 'unsupported', 'a defeated link is a failed leg, not a defeat of S1 itself');
    assert.deepEqual(codes(accepted, 'S1'), ['link-defeated:D1']);
    const both = status(
      tree('  D1: { kind: defeater, text: Proxy., challenges: ["S1 -> G2", "S1 -> G3"], status: accepted }\n'),
    );
    assert.equal(of(both, 'S1'), 'unsupported');
    assert.equal(of(both, 'G1'), 'unsupported');
  });

  it('assumptions: an open defeater challenges, an accepted one defeats what they qualify', () => {
    const body = (st: string) =>
      tree(`  A1: { kind: assumption, text: Users are verified. }
  D1: { kind: defeater, text: Verification can be bypassed., challenges: [A1], status: ${st} }
`).replace(
        'G2: { kind: claim, text: Risk A is acceptable.,',
        'G2: { kind: claim, text: Risk A is acceptable., in_context_of: [A1],',
      );
    const open = status(body('open'));
    assert.equal(of(open, 'G2'), 'challenged');
    assert.deepEqual(codes(open, 'G2'), ['frame-challenged:A1']);
    const accepted = status(body('accepted'));
    assert.equal(of(accepted, 'G2'), 'defeated');
    assert.deepEqual(codes(accepted, 'G2'), ['frame-defeated:A1']);
    assert.equal(of(accepted, 'Sn1'), 'supported', 'what it rests on is unaffected');
    assert.equal(of(status(body('refuted')), 'G2'), 'supported');
  });

  it('what-if defeats nodes, assumptions and evidence items', () => {
    const s = status(tree(), AS_OF, ['E1', 'G3']);
    assert.equal(of(s, 'Sn1'), 'unsupported', 'its item is defeated, not the node itself');
    assert.deepEqual(codes(s, 'Sn1'), ['whatif-defeated:E1']);
    assert.equal(of(s, 'G3'), 'defeated');
    assert.deepEqual(codes(s, 'G3'), ['whatif-defeated:G3']);
    assert.equal(of(s, 'S1'), 'unsupported');
    assert.deepEqual(codes(s, 'S1'), ['failed-leg:G2', 'failed-leg:G3']);
    assert.equal(of(s, 'G1'), 'unsupported');
  });

  it('cycles terminate: the back edge is a failed leg', () => {
    const s = status(`argument:
  G1: { kind: claim, text: Top., supported_by: [G2] }
  G2: { kind: claim, text: A., supported_by: [G3, Sn1] }
  G3: { kind: claim, text: B., supported_by: [G2] }
  Sn1: { kind: evidence, text: E., evidence: [E1] }
evidence:
${item('E1')}`);
    assert.equal(of(s, 'G3'), 'unsupported');
    assert.deepEqual(codes(s, 'G3'), ['cycle:G2']);
    assert.equal(of(s, 'G2'), 'unsupported');
    assert.equal(of(s, 'G1'), 'unsupported');
  });

  it('a module extension develops an undeveloped node', () => {
    const { c, g } = loadSmall({
      'warrant.yaml': `warrant: 1
case: { id: m, title: M, version: "1", status: draft, decision_boundary: { kind: api-launch, decision: Launch the model to the public API. } }
module: { id: main }
includes: [more.yaml]
argument:
  G1: { kind: claim, text: Top., undeveloped: true }
`,
      'more.yaml': `module:
  id: more
  extends: [{ module: main, develops: { G1: [G2] } }]
argument:
  G2: { kind: claim, text: Below., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: E., evidence: [E1] }
evidence:
${item('E1')}`,
    });
    const s = caseStatus(c, g, { asOf: AS_OF });
    assert.equal(s.top, 'G1');
    assert.equal(of(s, 'G1'), 'supported');
  });

  it('is deterministic and leaves the case untouched', () => {
    const { c, g } = loadSmall(
      tree('  D1: { kind: defeater, text: X., challenges: [G2], status: open }\n', '', { polarity: 'mixed' }),
    );
    const a = caseStatus(c, g, { asOf: AS_OF });
    const b = caseStatus(c, g, { asOf: AS_OF });
    assert.deepEqual([...a.nodes], [...b.nodes]);
    assert.deepEqual(a.counts, b.counts);
  });

  it('a failed leg is never milder than an open question: unsupported outranks challenged', () => {
    const s = status(
      tree('  D1: { kind: defeater, text: X., challenges: [G2], status: open }\n').replace(
        'G3: { kind: claim, text: Risk B is acceptable., supported_by: [Sn2] }',
        'G3: { kind: claim, text: Risk B is acceptable., undeveloped: true }',
      ),
    );
    assert.equal(of(s, 'S1'), 'unsupported');
    assert.deepEqual(
      codes(s, 'S1'),
      ['failed-leg:G3', 'inherited:G2'],
      'the failure first, the challenge still listed',
    );
    for (const est of ['supported', 'degraded', 'stale', 'contested', 'challenged'] as const)
      for (const not of ['unsupported', 'undeveloped', 'defeated'] as const) {
        assert.ok(statusRank(not) > statusRank(est), `${not} ranks worse than ${est}`);
        assert.ok(notEstablished(not) && !notEstablished(est));
      }
    assert.equal(SUPPORT_STATUSES.length, 8);
  });

  it('names the failed legs from the top down, each followed to where it fails', () => {
    const s = status(
      tree().replace(
        'G3: { kind: claim, text: Risk B is acceptable., supported_by: [Sn2] }',
        'G3: { kind: claim, text: Risk B is acceptable., undeveloped: true }',
      ),
      AS_OF,
      ['E1'],
    );
    assert.deepEqual(failedLegs(s, 'G1').map(failedLegText), [
      'G1 -> S1 -> G2 -> Sn1: Evidence item E1 is assumed defeated (what-if).',
      'G1 -> S1 -> G3: Claim G3 is marked undeveloped.',
    ]);
    assert.deepEqual(failedLegs(s, 'Sn2'), [], 'an established node has no failed legs');
  });
});

/** G1 -> S1 (at least k of G2, G3, G4) -> each G -> Sn -> E. */
const alternatives = (k: number, extraNodes = '') => `argument:
  G1: { kind: claim, text: The model is safe to launch., supported_by: [S1] }
  S1:
    kind: strategy
    text: Argue from three independent evaluations.
    supported_by: [G2, G3, G4]
    support: { at_least: ${k}, justification: "Three teams, three methods, no shared data." }
  G2: { kind: claim, text: Evaluation A passes., supported_by: [Sn2] }
  G3: { kind: claim, text: Evaluation B passes., supported_by: [Sn3] }
  G4: { kind: claim, text: Evaluation C passes., supported_by: [Sn4] }
  Sn2: { kind: evidence, text: A, evidence: [E2] }
  Sn3: { kind: evidence, text: B, evidence: [E3] }
  Sn4: { kind: evidence, text: C, evidence: [E4] }
${extraNodes}evidence:
${item('E2')}${item('E3')}${item('E4')}`;

describe('failed legs in words', () => {
  it('a very deep chain names its first steps and its last two, and counts the rest', () => {
    const path = Array.from({ length: 20 }, (_, i) => `G${i}`);
    assert.equal(
      failedLegText({ path, cause: { code: 'undeveloped', message: 'Claim G19 is marked undeveloped.' } }),
      'G0 -> G1 -> G2 -> G3 -> G4 -> G5 -> G6 -> G7 -> ... 10 more ... -> G18 -> G19: Claim G19 is marked undeveloped.',
    );
  });
});

describe('caseStatus with declared alternatives', () => {
  it('losing an alternative while enough hold leaves the node established, degraded, naming the lost leg', () => {
    const s = status(alternatives(2), AS_OF, ['E3']);
    assert.equal(of(s, 'G3'), 'unsupported');
    assert.equal(of(s, 'S1'), 'degraded');
    assert.deepEqual(codes(s, 'S1'), ['lost-alternative:G3']);
    assert.match(
      s.nodes.get('S1')!.reasons[0]!.message,
      /2 of its 3 declared alternatives hold; at least 2 are needed/,
    );
    assert.equal(of(s, 'G1'), 'degraded', 'a reduced margin propagates as degraded');
    assert.deepEqual(failedLegs(s, 'G1'), []);
  });

  it('fewer than at_least holding is unsupported', () => {
    const s = status(alternatives(2), AS_OF, ['E3', 'G4']);
    assert.equal(of(s, 'S1'), 'unsupported');
    assert.deepEqual(codes(s, 'S1'), ['too-few-alternatives:G3', 'too-few-alternatives:G4']);
    assert.equal(of(s, 'G1'), 'unsupported');
    assert.deepEqual(failedLegs(s, 'G1').map(failedLegText), [
      'G1 -> S1 -> G3 -> Sn3: Evidence item E3 is assumed defeated (what-if).',
      'G1 -> S1 -> G4: Claim G4 is assumed defeated (what-if).',
    ]);
  });

  it('a holding alternative passes its own qualification up; nothing lost is not degraded', () => {
    const s = status(alternatives(1, '  D1: { kind: defeater, text: X., challenges: [G2], status: open }\n'));
    assert.equal(of(s, 'S1'), 'challenged');
    assert.deepEqual(codes(s, 'S1'), ['inherited:G2']);
    const lost = status(
      alternatives(1, '  D1: { kind: defeater, text: X., challenges: [G2], status: open }\n'),
      AS_OF,
      ['G3'],
    );
    assert.equal(of(lost, 'S1'), 'challenged', 'the worst holding leg, and at least degraded');
    assert.deepEqual(codes(lost, 'S1'), ['inherited:G2', 'lost-alternative:G3']);
  });

  it('at_least above the number of legs can never hold', () => {
    const s = status(alternatives(4));
    assert.equal(of(s, 'S1'), 'unsupported');
    assert.deepEqual(codes(s, 'S1'), ['too-few-alternatives:S1']);
  });
});
