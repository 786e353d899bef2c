import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { type CaseDoc, validCase } from '../../../test/arbitrary-case.js';
import { loadSmall } from '../../../test/support/analysis.js';
import { loadCase } from '../../format/load-case.js';
import { memoryReader } from '../../format/memory-reader.js';
import type { Case } from '../../model/case.js';
import { buildGraph } from '../../model/graph.js';
import { caseStatus } from '../status.js';
import { type CaseDiff, diffCases, diffCounts, isEmptyDiff } from './diff.js';
import { diffFields } from './fields.js';
import { diffWords } from './words.js';

const BASE = `context:
  model: { id: m7, build: m7-rc2 }
  deployment_channel: Public API
  user_population: { description: Verified developers, size: 1000 }
  tools: [bash, python]
argument:
  G1: { kind: claim, text: The model is safe to launch., supported_by: [S1] }
  S1: { kind: strategy, text: Argue over each risk., supported_by: [G2, G3] }
  G2: { kind: claim, text: Risk A is acceptable., supported_by: [Sn1] }
  G3: { kind: claim, text: Risk B is acceptable., supported_by: [Sn2] }
  Sn1: { kind: evidence, text: Evaluation A, evidence: [E1] }
  Sn2: { kind: evidence, text: Evaluation B, evidence: [E2] }
  D1: { kind: defeater, text: The suite may be contaminated., challenges: [G2], status: open }
  D2: { kind: defeater, text: Elicitation was weak., challenges: [G3], status: refuted, resolution: { summary: Re-run with fine-tuning. } }
evidence:
  E1:
    title: Suite A
    kind: capability-evaluation
    source_type: internal-test
    date: 2026-03-01
    produced_by: Evals team
    polarity: supports
    measured: { build: m7-rc2 }
    result: { metric: solve rate, value: 0.1, interval: [0.05, 0.15], sample_size: 100, threshold: { max: 0.2 } }
    artefact: { uri: runs/a.json, sha256: ${'a'.repeat(64)} }
  E2:
    title: Suite B
    kind: capability-evaluation
    source_type: internal-test
    date: 2026-03-01
    produced_by: Evals team
    polarity: supports
    measured: { build: m7-rc2 }
change_control:
  review_triggers:
    - { id: T1, kind: new-build, description: A new build, watch: context.model.build }
`;

const load = (body: string): Case => loadSmall(body).c;
const diff = (a: string, b: string, asOf?: string): CaseDiff => {
  const ca = load(a);
  const cb = load(b);
  return diffCases(
    ca,
    cb,
    asOf
      ? { status: { a: caseStatus(ca, buildGraph(ca), { asOf }), b: caseStatus(cb, buildGraph(cb), { asOf }) } }
      : {},
  );
};

describe('diffCases', () => {
  it('a case against itself is empty', () => {
    const d = diff(BASE, BASE, '2026-04-28');
    assert.ok(isEmptyDiff(d), JSON.stringify(diffCounts(d)));
  });

  it('reports added, removed and reworded nodes, with a word diff', () => {
    const b = BASE.replace('Risk B is acceptable.', 'Risk B is clearly acceptable.')
      .replace('  D2:', '  A9: { kind: assumption, text: Users are verified. }\n  D2:')
      .replace('supported_by: [G2, G3] }', 'supported_by: [G2, G3], in_context_of: [A9] }');
    const d = diff(BASE, b);
    assert.deepEqual(d.nodes.added, [{ id: 'A9', kind: 'assumption', text: 'Users are verified.' }]);
    assert.deepEqual(d.nodes.removed, []);
    assert.deepEqual(
      d.nodes.reworded.map((r) => [r.id, r.words]),
      [
        [
          'G3',
          [
            { op: '=', text: 'Risk B is' },
            { op: '+', text: 'clearly' },
            { op: '=', text: 'acceptable.' },
          ],
        ],
      ],
    );
    assert.deepEqual(d.links, [{ from: 'S1', field: 'in_context_of', to: 'A9', change: 'added' }]);
  });

  it('whitespace alone is not rewording', () => {
    const d = diff(BASE, BASE.replace('Risk A is acceptable.', '"Risk A  is\\n acceptable."'));
    assert.deepEqual(d.nodes.reworded, []);
  });

  it('a node with the same text under a new id is a rename, and its parents show no link change', () => {
    const b = BASE.replace('  G2: {', '  G2-injection: {')
      .replace('[G2, G3]', '[G2-injection, G3]')
      .replace('challenges: [G2]', 'challenges: [G2-injection]');
    const d = diff(BASE, b);
    assert.deepEqual(d.nodes.renamed, [
      { from: 'G2', to: 'G2-injection', kind: 'claim', text: 'Risk A is acceptable.' },
    ]);
    assert.deepEqual([d.nodes.added, d.nodes.removed, d.links], [[], [], []]);
    assert.deepEqual(d.defeaters, []);
  });

  it('pairs several renames of identical text deterministically, by sorted id', () => {
    const a = `argument:
  G1: { kind: claim, text: Top., supported_by: [X1, X2] }
  X1: { kind: claim, text: Same., undeveloped: true }
  X2: { kind: claim, text: Same., undeveloped: true }
`;
    const b = a.replace(/X1/g, 'Y2').replace(/X2/g, 'Y1');
    const d = diff(a, b);
    assert.deepEqual(
      d.nodes.renamed.map((r) => `${r.from}->${r.to}`),
      ['X1->Y1', 'X2->Y2'],
    );
  });

  it('reports a node moved to another module', () => {
    const root = `warrant: 1
case: { id: c, title: C, version: "1", status: draft, decision_boundary: { kind: api-launch, decision: Launch. } }
includes: [m.yaml]
argument:
  G1: { kind: claim, text: Top., supported_by: [G2] }
`;
    const a = loadSmall({
      'warrant.yaml': `${root}  G2: { kind: claim, text: Part., undeveloped: true }\n`,
      'm.yaml': 'module: { id: m }\n',
    }).c;
    const b = loadSmall({
      'warrant.yaml': root,
      'm.yaml': 'module: { id: m }\nargument:\n  G2: { kind: claim, text: Part., undeveloped: true }\n',
    }).c;
    assert.deepEqual(diffCases(a, b).nodes.changed, [
      {
        id: 'G2',
        kind: 'claim',
        changes: [{ path: 'module', change: 'changed', before: a.nodes.get('G2')!.module, after: 'm' }],
      },
    ]);
  });

  it('reports link changes per node', () => {
    const d = diff(
      BASE,
      BASE.replace('supported_by: [G2, G3] }', 'supported_by: [G2] }').replace(
        'Risk A is acceptable., supported_by: [Sn1]',
        'Risk A is acceptable., supported_by: [Sn1, G3]',
      ),
    );
    assert.deepEqual(d.links, [
      { from: 'G2', field: 'supported_by', to: 'G3', change: 'added' },
      { from: 'S1', field: 'supported_by', to: 'G3', change: 'removed' },
    ]);
  });

  it('reports evidence results, builds and artefact hashes as field changes', () => {
    const b = BASE.replace('value: 0.1, interval: [0.05, 0.15]', 'value: 0.12, interval: [0.06, 0.18]')
      .replace(`sha256: ${'a'.repeat(64)}`, `sha256: ${'b'.repeat(64)}`)
      .replace('measured: { build: m7-rc2 }\n    result', 'measured: { build: m7-rc3 }\n    result');
    const d = diff(BASE, b);
    assert.deepEqual(d.evidence.changed, [
      {
        id: 'E1',
        title: 'Suite A',
        changes: [
          { path: 'artefact.sha256', change: 'changed', before: 'a'.repeat(64), after: 'b'.repeat(64) },
          { path: 'measured.build', change: 'changed', before: 'm7-rc2', after: 'm7-rc3' },
          { path: 'result.interval', change: 'changed', before: [0.05, 0.15], after: [0.06, 0.18] },
          { path: 'result.value', change: 'changed', before: 0.1, after: 0.12 },
        ],
      },
    ]);
  });

  it('reports per-task results by task, and a new one-sided bound', () => {
    const withResults = (bio: string) =>
      BASE.replace(
        'result: { metric: solve rate',
        `results:\n      - { task: chemistry, metric: accuracy, value: 0.2 }\n      - { task: biology, metric: accuracy, ${bio} }\n    result: { metric: solve rate`,
      );
    const a = withResults('value: 0.3');
    const b = withResults('value: 0.25, bound: { side: upper, value: 0.29, confidence: 0.95 }');
    assert.notEqual(a, BASE, 'the base case has the result this test extends');
    assert.deepEqual(diff(a, b).evidence.changed[0]!.changes, [
      { path: 'results.biology.bound', change: 'added', after: { side: 'upper', value: 0.29, confidence: 0.95 } },
      { path: 'results.biology.value', change: 'changed', before: 0.3, after: 0.25 },
    ]);
  });

  it('names defeater transitions: resolved, reopened, opened, withdrawn', () => {
    const b = BASE.replace(
      'challenges: [G2], status: open }',
      'challenges: [G2], status: mitigated, resolution: { summary: Decontaminated. } }',
    )
      .replace('status: refuted', 'status: open')
      .replace(
        'evidence:\n  E1',
        '  D3: { kind: defeater, text: New counter-evidence., challenges: [G1], status: open }\nevidence:\n  E1',
      );
    const d = diff(BASE, b);
    assert.deepEqual(
      d.defeaters.map((x) => [x.id, x.transition, x.before ?? null, x.after ?? null]),
      [
        ['D1', 'resolved', 'open', 'mitigated'],
        ['D2', 'reopened', 'refuted', 'open'],
        ['D3', 'opened', null, 'open'],
      ],
    );
    const back = diff(b, BASE);
    assert.deepEqual(
      back.defeaters.map((x) => [x.id, x.transition]),
      [
        ['D1', 'reopened'],
        ['D2', 'resolved'],
        ['D3', 'withdrawn'],
      ],
    );
  });

  it('reports claim status changes at one as-of date', () => {
    const d = diff(
      BASE,
      BASE.replace(
        'challenges: [G2], status: open }',
        'challenges: [G2], status: refuted, resolution: { summary: Checked for contamination. } }',
      ),
      '2026-04-28',
    );
    assert.ok(
      d.status.some(
        (s) => s.id === 'G2' && s.before === 'challenged' && s.after === 'supported' && s.direction === 'better',
      ),
      JSON.stringify(d.status),
    );
    assert.equal(d.asOf, '2026-04-28');
  });

  it('diffs the context, thresholds, decision and change control field by field with dotted paths', () => {
    const b = BASE.replace('build: m7-rc2 }\n  deployment', 'build: m7-rc3 }\n  deployment')
      .replace('tools: [bash, python]', 'tools: [bash, python, browser]')
      .replace('watch: context.model.build }', 'watch: context.model }');
    const d = diff(BASE, b);
    assert.deepEqual(d.sections.context, [
      { path: 'context.model.build', change: 'changed', before: 'm7-rc2', after: 'm7-rc3' },
      { path: 'context.tools', change: 'added', after: 'browser' },
    ]);
    assert.deepEqual(d.sections.change_control, [
      {
        path: 'change_control.review_triggers.T1.watch',
        change: 'changed',
        before: 'context.model.build',
        after: 'context.model',
      },
    ]);
  });
});

describe('diffFields', () => {
  it('treats a reordered list of scalars as unchanged and matches objects by id', () => {
    assert.deepEqual(diffFields({ t: ['a', 'b'] }, { t: ['b', 'a'] }), []);
    assert.deepEqual(
      diffFields(
        {
          l: [
            { id: 'x', v: 1 },
            { id: 'y', v: 2 },
          ],
        },
        {
          l: [
            { id: 'y', v: 3 },
            { id: 'x', v: 1 },
          ],
        },
      ),
      [{ path: 'l.y.v', change: 'changed', before: 2, after: 3 }],
    );
  });
});

describe('diffWords', () => {
  it('reconstructs both texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 }),
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 }),
        (x, y) => {
          const runs = diffWords(x.join(' '), y.join(' '));
          const side = (keep: string) =>
            runs
              .filter((r) => r.op === '=' || r.op === keep)
              .map((r) => r.text)
              .filter(Boolean)
              .join(' ');
          assert.equal(side('-'), x.join(' '));
          assert.equal(side('+'), y.join(' '));
        },
      ),
    );
  });
});

// ---- properties over generated cases -------------------------------------------

const dump = (doc: unknown) => yaml.dump(doc, { lineWidth: -1 });
function loadDoc(doc: CaseDoc): Case {
  const r = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': dump(doc) }));
  assert.ok(r.case, JSON.stringify(r.diagnostics.slice(0, 3)));
  return r.case;
}

/** A deterministic edit of a generated case: reword, relink, change a defeater, add a node. */
function mutate(doc: CaseDoc, seed: number): CaseDoc {
  const next = structuredClone(doc);
  const ids = Object.keys(next.argument);
  const pick = (k: number) => ids[(seed + k) % ids.length]!;
  const n = next.argument[pick(1)]!;
  n.text = `${String(n.text)} (revised)`;
  const d = Object.values(next.argument).find((x) => x.kind === 'defeater');
  if (d) d.status = d.status === 'open' ? 'refuted' : 'open';
  next.argument[`NEW${seed}`] = { kind: 'assumption', text: 'An added assumption.' };
  const host = next.argument[pick(2)]!;
  if (host.kind === 'claim' || host.kind === 'strategy')
    host.in_context_of = [...((host.in_context_of as string[] | undefined) ?? []), `NEW${seed}`];
  return next;
}

/** Swap the two sides of a diff by hand: what diff(b, a) must be. */
function inverse(d: CaseDiff): unknown {
  const inv: Record<string, string> = {
    opened: 'withdrawn',
    withdrawn: 'opened',
    resolved: 'reopened',
    reopened: 'resolved',
    added: 'removed',
    removed: 'added',
    changed: 'changed',
  };
  return {
    added: d.nodes.removed,
    removed: d.nodes.added,
    renamed: d.nodes.renamed.map((r) => ({ from: r.to, to: r.from })),
    reworded: d.nodes.reworded.map((r) => ({ id: r.id, before: r.after, after: r.before })),
    links: d.links.map((l) => `${l.from} ${l.field} ${l.to} ${l.change === 'added' ? 'removed' : 'added'}`).sort(),
    defeaters: d.defeaters.map((x) => [x.id, inv[x.transition], x.after ?? null, x.before ?? null]),
    evidence: [d.evidence.removed, d.evidence.added],
    sections: Object.fromEntries(
      Object.entries(d.sections).map(([k, v]) => [
        k,
        v.map((f) => ({
          path: f.path,
          change: f.change === 'added' ? 'removed' : f.change === 'removed' ? 'added' : 'changed',
          before: f.after,
          after: f.before,
        })),
      ]),
    ),
  };
}

function shape(d: CaseDiff): unknown {
  return {
    added: d.nodes.added,
    removed: d.nodes.removed,
    renamed: d.nodes.renamed.map((r) => ({ from: r.from, to: r.to })),
    reworded: d.nodes.reworded.map((r) => ({ id: r.id, before: r.before, after: r.after })),
    links: d.links.map((l) => `${l.from} ${l.field} ${l.to} ${l.change}`).sort(),
    defeaters: d.defeaters.map((x) => [x.id, x.transition, x.before ?? null, x.after ?? null]),
    evidence: [d.evidence.added, d.evidence.removed],
    sections: Object.fromEntries(
      Object.entries(d.sections).map(([k, v]) => [
        k,
        v.map((f) => ({ path: f.path, change: f.change, before: f.before, after: f.after })),
      ]),
    ),
  };
}

const strip = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('diff properties', () => {
  it('diff(a, a) is empty', () => {
    fc.assert(
      fc.property(validCase, (doc) => {
        const c = loadDoc(doc);
        assert.ok(isEmptyDiff(diffCases(c, loadDoc(doc))));
      }),
      { numRuns: 60 },
    );
  });

  it('diff(b, a) is the inverse of diff(a, b)', () => {
    fc.assert(
      fc.property(validCase, fc.nat(1000), (doc, seed) => {
        const a = loadDoc(doc);
        const b = loadDoc(mutate(doc, seed));
        const ab = diffCases(a, b);
        const ba = diffCases(b, a);
        assert.ok(!isEmptyDiff(ab));
        assert.deepEqual(strip(shape(ba)), strip(inverse(ab)));
      }),
      { numRuns: 60 },
    );
  });

  it('renaming a node id is reported as a rename, not an add and a remove', () => {
    fc.assert(
      fc.property(validCase, fc.nat(), (doc, k) => {
        const ids = Object.keys(doc.argument);
        const old = ids[k % ids.length]!;
        const texts = Object.values(doc.argument).filter(
          (n) =>
            String(n.text).replace(/\s+/g, ' ').trim() ===
              String(doc.argument[old]!.text).replace(/\s+/g, ' ').trim() && n.kind === doc.argument[old]!.kind,
        );
        fc.pre(texts.length === 1); // a unique text, so the pairing is unambiguous
        const renamed = yaml.load(dump(doc).replace(new RegExp(`\\b${old}\\b`, 'g'), `${old}renamed`)) as CaseDoc;
        const d = diffCases(loadDoc(doc), loadDoc(renamed));
        assert.deepEqual(
          d.nodes.renamed.map((r) => [r.from, r.to]),
          [[old, `${old}renamed`]],
        );
        assert.deepEqual([d.nodes.added, d.nodes.removed, d.links], [[], [], []]);
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(validCase, fc.nat(1000), (doc, seed) => {
        const m = mutate(doc, seed);
        assert.equal(
          JSON.stringify(diffCases(loadDoc(doc), loadDoc(m))),
          JSON.stringify(diffCases(loadDoc(doc), loadDoc(m))),
        );
      }),
      { numRuns: 30 },
    );
  });
});
