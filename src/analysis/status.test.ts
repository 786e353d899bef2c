import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { item, loadSmall } from '../../test/support/analysis.js';
import { caseStatus } from './status.js';
import type { CaseStatus } from './status-types.js';

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
    assert.deepEqual(s.counts, { supported: 6, partial: 0, stale: 0, challenged: 0, undeveloped: 0, defeated: 0 });
    assert.deepEqual([...s.nodes.keys()], ['G1', 'S1', 'G2', 'G3', 'Sn1', 'Sn2'], 'case order');
  });

  it('an undeveloped leg leaves its parent partially supported; nothing developed leaves it undeveloped', () => {
    const s = status(
      tree().replace(
        'G3: { kind: claim, text: Risk B is acceptable., supported_by: [Sn2] }',
        'G3: { kind: claim, text: Risk B is acceptable., undeveloped: true }',
      ),
    );
    assert.equal(of(s, 'G3'), 'undeveloped');
    assert.deepEqual(codes(s, 'G3'), ['undeveloped:G3']);
    assert.equal(of(s, 'S1'), 'partial');
    assert.deepEqual(codes(s, 'S1'), ['partial-support:G3']);
    assert.equal(of(s, 'G1'), 'partial');
    assert.deepEqual(codes(s, 'G1'), ['inherited:S1'], 'inherited reasons point one level down');
    const all = status(`argument:
  G1: { kind: claim, text: Top., supported_by: [G2, G3] }
  G2: { kind: claim, text: A., undeveloped: true }
  G3: { kind: claim, text: B. }
`);
    assert.equal(of(all, 'G3'), 'undeveloped');
    assert.deepEqual(codes(all, 'G3'), ['no-support:G3']);
    assert.equal(of(all, 'G1'), 'undeveloped');
    assert.deepEqual(codes(all, 'G1'), ['inherited:G2', 'inherited:G3']);
  });

  it('an item from an unfinished evaluation run is undeveloped; an item marked for review is stale', () => {
    const run = (status: string) =>
      `\n    provenance: { framework: inspect_ai, task: cyber_ctf, requested_model: openai/m4, status: ${status} }`;
    const errored = status(tree('', '', { polarity: `supports${run('error')}` }));
    assert.equal(of(errored, 'Sn1'), 'undeveloped');
    assert.deepEqual(codes(errored, 'Sn1'), ['incomplete-run:E1']);
    assert.equal(of(errored, 'G1'), 'partial', 'the other leg still holds');
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
    const bridged = status(
      ctx +
        tree(
          `  J1: { kind: justification, text: rc2 and rc4 matched on a bridging subset., bridges: [{ from: rc2, to: rc4 }] }
`,
          '',
          { measured: '{ build: rc2 }' },
        ).replace(
          'S1: { kind: strategy, text: Argue over each risk., supported_by: [G2, G3] }',
          'S1: { kind: strategy, text: Argue over each risk., supported_by: [G2, G3], in_context_of: [J1] }',
        ),
    );
    assert.equal(of(bridged, 'Sn1'), 'supported');
  });

  it('undermining evidence challenges, mixed evidence is partial, a missing item is undeveloped', () => {
    assert.deepEqual(codes(status(tree('', '', { polarity: 'undermines' })), 'Sn1'), ['undermining-evidence:E1']);
    assert.equal(of(status(tree('', '', { polarity: 'undermines' })), 'G1'), 'challenged');
    assert.equal(of(status(tree('', '', { polarity: 'mixed' })), 'Sn1'), 'partial');
    const missing = status(tree().replace('evidence: [E1]', 'evidence: [E1, E9]'));
    assert.equal(of(missing, 'Sn1'), 'partial', 'one of two items missing: partial');
    assert.deepEqual(codes(missing, 'Sn1'), ['missing-evidence:E9']);
    const none = status(tree().replace('evidence: [E1]', 'evidence: [E9]'));
    assert.equal(of(none, 'Sn1'), 'undeveloped');
    assert.equal(of(none, 'G2'), 'undeveloped');
    assert.equal(of(none, 'S1'), 'partial');
    assert.equal(none.items!.get('E9')!.status, 'undeveloped');
  });

  it('defeaters: open challenges, accepted defeats, mitigated and refuted are listed but change nothing', () => {
    const d = (status: string, target = 'G2') =>
      `  D1: { kind: defeater, text: The suite is saturated., challenges: ["${target}"], status: ${status} }\n`;
    const open = status(tree(d('open')));
    assert.equal(of(open, 'G2'), 'challenged');
    assert.deepEqual(codes(open, 'G2'), ['open-defeater:D1']);
    assert.equal(of(open, 'G1'), 'challenged');
    const accepted = status(tree(d('accepted')));
    assert.equal(of(accepted, 'G2'), 'defeated');
    assert.deepEqual(codes(accepted, 'G2'), ['accepted-defeater:D1']);
    assert.equal(of(accepted, 'S1'), 'partial', 'G3 still holds');
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
    assert.equal(of(accepted, 'S1'), 'partial');
    assert.deepEqual(codes(accepted, 'S1'), ['link-defeated:D1']);
    const both = status(
      tree('  D1: { kind: defeater, text: Proxy., challenges: ["S1 -> G2", "S1 -> G3"], status: accepted }\n'),
    );
    assert.equal(of(both, 'S1'), 'defeated');
    assert.equal(of(both, 'G1'), 'defeated');
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
    assert.equal(of(s, 'Sn1'), 'defeated');
    assert.deepEqual(codes(s, 'Sn1'), ['whatif-defeated:E1']);
    assert.deepEqual(codes(s, 'G3'), ['whatif-defeated:G3']);
    assert.equal(of(s, 'S1'), 'defeated');
    assert.equal(of(s, 'G1'), 'defeated');
  });

  it('cycles terminate: the back edge counts as undeveloped', () => {
    const s = status(`argument:
  G1: { kind: claim, text: Top., supported_by: [G2] }
  G2: { kind: claim, text: A., supported_by: [G3, Sn1] }
  G3: { kind: claim, text: B., supported_by: [G2] }
  Sn1: { kind: evidence, text: E., evidence: [E1] }
evidence:
${item('E1')}`);
    assert.equal(of(s, 'G3'), 'undeveloped');
    assert.deepEqual(codes(s, 'G3'), ['cycle:G2']);
    assert.equal(of(s, 'G2'), 'partial');
    assert.equal(of(s, 'G1'), 'partial');
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
});
