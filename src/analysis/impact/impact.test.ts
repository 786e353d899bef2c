import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { validCase } from '../../../test/arbitrary-case.js';
import { loadSmall } from '../../../test/support/analysis.js';
import { loadCase } from '../../format/load-case.js';
import { memoryReader } from '../../format/memory-reader.js';
import type { Case } from '../../model/case.js';
import { buildGraph } from '../../model/graph.js';
import { caseStatus } from '../status.js';
import { applyChanges, ChangeError, CONTEXT_FIELDS, parseChange } from './changes.js';
import { analyseImpact, type ImpactReport, toolCovered, withContext } from './impact.js';

const AS_OF = '2026-04-28';

const CASE = `context:
  model:
    id: m7
    build: m7-rc2
    components:
      - { id: agent, role: agent, build: m7-rc2 }
      - { id: mon, role: monitor, build: mon-3 }
  deployment_channel: Public API
  user_population: { description: Verified developers, size: 1000, access_tier: verified }
  tools: ["bash: sandboxed shell", "python"]
  monitoring: [trusted monitor on every trajectory]
  max_steps: 50
  system_prompt_version: p-4
argument:
  G1: { kind: claim, text: The model is safe to launch., supported_by: [S1] }
  S1: { kind: strategy, text: Argue over each risk., supported_by: [G2, G3, G4] }
  G2: { kind: claim, text: The agent cannot complete the intrusion scenarios., supported_by: [Sn1] }
  G3: { kind: claim, text: The monitor catches sabotage., supported_by: [Sn2] }
  G4: { kind: claim, text: Users are who they say they are., supported_by: [Sn3] }
  Sn1: { kind: evidence, text: Cyber range runs, evidence: [E1] }
  Sn2: { kind: evidence, text: Monitor recall, evidence: [E2] }
  Sn3: { kind: evidence, text: Verification audit, evidence: [E3] }
evidence:
  E1:
    title: Cyber range
    kind: capability-evaluation
    source_type: internal-test
    date: 2026-03-01
    produced_by: Evals team
    polarity: supports
    measured: { build: m7-rc2, component: agent, tools: [bash, python], max_steps: 50 }
  E2:
    title: Monitor recall
    kind: control-evaluation
    source_type: internal-test
    date: 2026-03-01
    produced_by: Control team
    polarity: supports
    measured: { build: mon-3, component: monitor }
  E3:
    title: Verification audit
    kind: external-audit
    source_type: third-party-evaluation
    date: 2026-03-01
    produced_by: Auditor
    polarity: supports
    measured: { build: m7-rc2, population: Verified developers }
change_control:
  review_triggers:
    - { id: T-build, kind: new-build, description: A new agent build, watch: context.model.build }
    - { id: T-tools, kind: tool-added, description: A tool is added, watch: context.tools }
    - { id: T-pop, kind: population-widened, description: Wider access }
    - { id: T-prompt, kind: system-prompt-changed, description: A new system prompt }
    - { id: T-date, kind: date, description: Annual review, date: 2026-01-01 }
`;

function impact(changes: string[], body = CASE): { r: ImpactReport; c: Case } {
  const { c, g } = loadSmall(body);
  const after = withContext(c, applyChanges(c.context!.value, changes.map(parseChange)));
  return { r: analyseImpact(c, after, { asOf: AS_OF, graph: g, status: caseStatus }), c };
}

describe('parseChange and applyChanges', () => {
  it('reads set, add and remove, with or without the context. prefix', () => {
    assert.deepEqual(parseChange('context.model.build=m7-rc3'), {
      raw: 'context.model.build=m7-rc3',
      path: 'model.build',
      op: 'set',
      value: 'm7-rc3',
    });
    assert.deepEqual(parseChange('tools+=browser: GET only'), {
      raw: 'tools+=browser: GET only',
      path: 'tools',
      op: 'add',
      value: 'browser: GET only',
    });
    assert.equal(parseChange('tools-=python').op, 'remove');
    assert.equal(parseChange('notes=a=b').value, 'a=b');
  });

  it('knows every context field from the schema', () => {
    for (const p of [
      'model.build',
      'user_population.size',
      'tools',
      'max_steps',
      'system_prompt_version',
      'model.components',
    ])
      assert.ok(CONTEXT_FIELDS.has(p), p);
    assert.equal(CONTEXT_FIELDS.get('max_steps'), 'number');
    assert.equal(CONTEXT_FIELDS.get('user_population.size'), 'number-or-text');
    assert.equal(CONTEXT_FIELDS.get('tools'), 'list');
  });

  it('applies changes to a copy, coercing numbers, and leaves the original alone', () => {
    const { c } = loadSmall(CASE);
    const before = JSON.stringify(c.context!.value);
    const next = applyChanges(
      c.context!.value,
      [
        'max_steps=200',
        'user_population.size=5000',
        'tools+=browser',
        'tools-=bash',
        'model.components.monitor.build=mon-4',
      ].map(parseChange),
    );
    assert.equal(next.max_steps, 200);
    assert.equal(next.user_population.size, 5000);
    assert.deepEqual(next.tools, ['python', 'browser']);
    assert.equal(next.model.components![1]!.build, 'mon-4');
    assert.equal(JSON.stringify(c.context!.value), before);
  });

  it('moves components serving the model build with it', () => {
    const { c } = loadSmall(CASE);
    const next = applyChanges(c.context!.value, [parseChange('model.build=m7-rc3')]);
    assert.deepEqual(
      next.model.components!.map((k) => k.build),
      ['m7-rc3', 'mon-3'],
    );
  });

  it('refuses unknown paths with a suggestion, bad numbers, list operators on scalars and missing entries', () => {
    const { c } = loadSmall(CASE);
    const err = (spec: string) => {
      try {
        applyChanges(c.context!.value, [parseChange(spec)]);
      } catch (e) {
        assert.ok(e instanceof ChangeError, String(e));
        return `${e.message} ${e.hint ?? ''}`;
      }
      assert.fail(`${spec} was accepted`);
    };
    assert.match(
      err('context.modle.build=x'),
      /Unknown context path "context\.modle\.build".*Did you mean `context\.model\.build`/,
    );
    assert.match(err('max_steps=many'), /takes a number/);
    assert.match(err('max_steps=0'), /not valid: context\.max_steps/);
    assert.match(err('model.build+=x'), /not a list/);
    assert.match(err('tools-=browser'), /no entry "browser"/);
    assert.match(err('model.components.classifier.build=x'), /no component "classifier"/);
    assert.throws(() => parseChange('just words'), ChangeError);
  });
});

describe('analyseImpact', () => {
  it('no change: nothing fires and no re-review is required', () => {
    const { r } = impact([]);
    assert.deepEqual([r.changes, r.triggers, r.evidence, r.statusLosses], [[], [], [], []]);
    assert.equal(r.verdict.reReview, false);
    assert.deepEqual(
      r.due.map((d) => d.id),
      ['T-date'],
      'a past date trigger is listed but not part of the verdict',
    );
  });

  it('a new build fires the watching trigger, unmatches the evidence and makes claims stale', () => {
    const { r } = impact(['context.model.build=m7-rc3']);
    assert.deepEqual(
      r.triggers.map((t) => [t.id, t.because]),
      [['T-build', ['context.model.build']]],
    );
    assert.deepEqual(
      r.evidence.map((e) => [e.id, e.dimension, e.citedBy]),
      [
        ['E1', 'build', ['Sn1']],
        ['E3', 'build', ['Sn3']],
      ],
    );
    assert.deepEqual(r.claimsOnMismatchedEvidence, ['G1', 'G2', 'G4']);
    assert.ok(
      r.statusLosses!.some((s) => s.id === 'G2' && s.after === 'stale' && s.onTopSupport),
      JSON.stringify(r.statusLosses),
    );
    assert.equal(r.verdict.reReview, true);
    assert.equal(r.verdict.reasons.length, 3);
  });

  it('a tool added fires tool-added triggers and unmatches evidence measured without it', () => {
    const { r } = impact(['tools+=browser: fetch public pages']);
    assert.deepEqual(
      r.changes.map((c) => [c.path, c.change, c.direction, c.kinds, c.firedBy]),
      [['context.tools', 'added', 'widens', ['tool-added'], ['T-tools']]],
    );
    assert.deepEqual(
      r.evidence.map((e) => [e.id, e.dimension, e.context]),
      [['E1', 'tools', ['browser: fetch public pages']]],
    );
    assert.equal(r.verdict.reReview, true);
  });

  it('removing a tool narrows the deployment: a tool-added trigger does not fire', () => {
    const { r } = impact(['tools-=python']);
    assert.deepEqual(
      r.changes.map((c) => [c.path, c.direction, c.firedBy]),
      [['context.tools', 'narrows', []]],
    );
    assert.deepEqual(r.triggers, []);
    assert.equal(r.verdict.reReview, false);
  });

  it('kinds fire triggers that watch no path: population and prompt', () => {
    const { r } = impact(['user_population.size=50000', 'system_prompt_version=p-5']);
    assert.deepEqual(
      r.triggers.map((t) => t.id),
      ['T-pop', 'T-prompt'],
    );
    assert.deepEqual(
      r.evidence.map((e) => [e.id, e.dimension]),
      [['E3', 'population']],
    );
  });

  it('a smaller population does not fire population-widened', () => {
    const { r } = impact(['user_population.size=10']);
    assert.deepEqual(r.triggers, []);
    assert.equal(r.verdict.reReview, false);
  });

  it('a larger step budget no trigger watches is listed as unwatched and unmatches evidence measured with fewer steps', () => {
    const { r } = impact(['max_steps=200']);
    assert.deepEqual(r.unwatched, ['context.max_steps']);
    assert.deepEqual(
      r.evidence.map((e) => [e.id, e.dimension]),
      [['E1', 'max_steps']],
    );
    assert.equal(r.verdict.reReview, true, "evidence on the top claim's support no longer matches");
  });

  it('a monitor build change unmatches the monitor evaluation only', () => {
    const { r } = impact(['model.components.mon.build=mon-4']);
    assert.deepEqual(
      r.evidence.map((e) => [e.id, e.dimension]),
      [['E2', 'build']],
    );
    assert.deepEqual(r.triggers, [], 'T-build watches context.model.build, not the components');
    assert.deepEqual(r.unwatched, ['context.model.components.mon.build']);
  });

  it('removing monitoring widens the deployment', () => {
    const { r } = impact(['monitoring-=trusted monitor on every trajectory']);
    assert.deepEqual(
      r.changes.map((c) => c.direction),
      ['widens'],
    );
  });

  it('matches tools by name', () => {
    assert.ok(toolCovered('bash', 'bash: sandboxed shell'));
    assert.ok(toolCovered('web browser', 'browser'));
    assert.ok(!toolCovered('python', 'browser'));
  });

  it('is pure: the input case is unchanged', () => {
    const { c } = loadSmall(CASE);
    const snapshot = JSON.stringify([c.context!.value, [...c.nodes.keys()], [...c.evidence.keys()]]);
    analyseImpact(c, withContext(c, applyChanges(c.context!.value, [parseChange('model.build=x')])), {
      asOf: AS_OF,
      graph: buildGraph(c),
      status: caseStatus,
    });
    assert.equal(JSON.stringify([c.context!.value, [...c.nodes.keys()], [...c.evidence.keys()]]), snapshot);
  });

  it('property: with no change, no re-review is required, whatever the case', () => {
    fc.assert(
      fc.property(validCase, (doc) => {
        const ctx = {
          model: { id: 'm', build: 'b1' },
          deployment_channel: 'API',
          user_population: { description: 'Developers' },
          tools: ['bash'],
        };
        const text = yaml.dump(
          {
            ...doc,
            context: ctx,
            change_control: {
              review_triggers: [{ id: 'T1', kind: 'new-build', description: 'x', watch: 'context.model.build' }],
            },
          },
          { lineWidth: -1 },
        );
        const c = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': text })).case!;
        const g = buildGraph(c);
        const r = analyseImpact(c, withContext(c, applyChanges(c.context!.value, [])), {
          asOf: AS_OF,
          graph: g,
          status: caseStatus,
        });
        assert.equal(r.verdict.reReview, false);
        const r2 = analyseImpact(c, withContext(c, applyChanges(c.context!.value, [parseChange('model.build=b2')])), {
          asOf: AS_OF,
          graph: g,
          status: caseStatus,
        });
        assert.equal(r2.verdict.reReview, true, 'the watched build change fires T1');
        assert.equal(
          JSON.stringify(r2),
          JSON.stringify(
            analyseImpact(c, withContext(c, applyChanges(c.context!.value, [parseChange('model.build=b2')])), {
              asOf: AS_OF,
              graph: g,
              status: caseStatus,
            }),
          ),
          'deterministic',
        );
      }),
      { numRuns: 40 },
    );
  });
});
