// The case's graph index: what buildGraph reads from a case (links by kind,
// challenges, citations, modules, roots), and its walks against the links as
// written, on a hand-made case and on random ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { exampleFiles } from '../../check/examples.js';
import { loadCase } from '../../format/load-case.js';
import { memoryReader } from '../../format/memory-reader.js';
import type { Case } from '../case.js';
import { buildGraph } from './case-graph.js';

function load(files: string | Record<string, string>): Case {
  const r = loadCase('warrant.yaml', memoryReader(exampleFiles(files)));
  assert.deepEqual(
    r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`),
    [],
  );
  return r.case!;
}

const item = (id: string, extra = '') =>
  `  ${id}: { title: ${id}, kind: red-team, source_type: internal-test, date: 2026-01-01, produced_by: Team, polarity: supports${extra} }\n`;

const CASE = {
  'warrant.yaml': `includes: [template.yaml, instance.yaml]
argument:
  G1: { kind: claim, text: Safe., supported_by: [S1, G9], in_context_of: [A1] }
  S1: { kind: strategy, text: Over each risk., supported_by: [G2, G3, G3] }
  A1: { kind: assumption, text: Users are verified. }
  G3: { kind: claim, text: Risk B is low., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Tests, evidence: [E2, E1, E2, E9] }
  D1: { kind: defeater, text: Tests are stale., challenges: [G3, "S1 -> G3", "G1 -> A1"], status: open }
  D2: { kind: defeater, text: Users share keys., challenges: [A1], status: refuted, resolution: { summary: Keys are bound to devices., refs: [Sn1, X9] } }
evidence:
${item('E1')}${item('E2')}`,
  'template.yaml':
    'module: { id: template }\nargument:\n  G2: { kind: claim, text: Risk A is low., undeveloped: true }\n',
  'instance.yaml': `module:
  id: instance
  extends:
    - { module: template, develops: { G2: [G4, G4, G5] } }
argument:
  G4: { kind: claim, text: Risk A is controlled., undeveloped: true }
  G5: { kind: claim, text: Risk A is monitored., undeveloped: true }
`,
};

describe('buildGraph', () => {
  const c = load(CASE);
  const g = buildGraph(c);

  it('numbers the nodes in case order and finds the top claim', () => {
    assert.deepEqual(g.ids, [...c.nodes.keys()]);
    assert.equal(g.num('G3'), g.ids.indexOf('G3'));
    assert.equal(g.num('nope'), -1);
    assert.deepEqual(g.roots, ['G1']);
    assert.equal(g.top, 'G1');
  });

  it('keeps supported_by and in_context_of to existing nodes, in written order, repeats kept', () => {
    assert.deepEqual(g.childrenOf('G1'), ['S1']);
    assert.deepEqual(g.childrenOf('S1'), ['G2', 'G3', 'G3']);
    assert.deepEqual(g.parentsOf('G3'), ['S1', 'S1']);
    assert.deepEqual(g.contextsOf('G1'), ['A1']);
    assert.deepEqual(g.sources('A1', 'context'), ['G1']);
  });

  it('hangs module developments below the developed node, each once', () => {
    assert.deepEqual(g.targets('G2', 'develops'), ['G4', 'G5']);
    assert.deepEqual(g.below('G1', ['support', 'develops']).ids().sort(), ['G1', 'G2', 'G3', 'G4', 'G5', 'S1', 'Sn1']);
    assert.ok(!g.below('G1', 'support').has('G4'));
    assert.deepEqual(g.nodesInModule('instance'), ['G4', 'G5']);
    assert.equal(g.moduleOf('G2'), 'template');
  });

  it('indexes what defeaters challenge: nodes and links', () => {
    assert.deepEqual(g.challengersOf('G3'), ['D1']);
    assert.ok(g.isChallenged('A1') && !g.isChallenged('G1'));
    assert.deepEqual(g.linkChallengersOf('S1', 'G3'), ['D1']);
    assert.deepEqual(g.linkChallengersOf('G1', 'A1'), ['D1']);
    assert.deepEqual(g.linkChallengersOf('G1', 'S1'), []);
    assert.ok(g.hasLinkChallenges('S1') && !g.hasLinkChallenges('G3'));
    assert.deepEqual(
      g.challengesBy('D1').map((ch) => ch.raw),
      ['G3', 'S1 -> G3', 'G1 -> A1'],
    );
    assert.deepEqual(g.targets('D2', 'resolution'), ['Sn1']);
  });

  it('cites registered evidence items in written order, repeats kept, unregistered left out', () => {
    assert.deepEqual(
      g.citedItems('Sn1').map((e) => e.id),
      ['E2', 'E1', 'E2'],
    );
    assert.deepEqual([...g.citers()], ['Sn1']);
    assert.equal(g.itemNum('E2'), 1);
  });

  it('keeps apart the references to no node (a resolution ref included), challenges left out', () => {
    assert.deepEqual(
      g.unresolvedRefs.map((r) => `${r.from}.${r.field}[${r.index}] ${r.to}`),
      ['G1.supported_by[1] G9', 'D2.refs[1] X9'],
    );
    assert.deepEqual(g.selfRefs, []);
  });

  it('lists every reference as written, including those to nothing', () => {
    assert.ok(g.refs.some((r) => r.from === 'G1' && r.field === 'supported_by' && r.to === 'G9'));
    assert.ok(g.refs.some((r) => r.from === 'D2' && r.field === 'refs' && r.to === 'X9'));
    assert.ok(!g.refs.some((r) => r.field === 'challenges' && r.to.includes('->')));
  });

  it('walks the decision path, and up from a node', () => {
    assert.deepEqual(g.decisionPath().ids().sort(), ['G1', 'G2', 'G3', 'S1', 'Sn1']);
    assert.deepEqual(g.above('Sn1', 'support').ids().sort(), ['G1', 'G3', 'S1', 'Sn1']);
    assert.deepEqual(g.shortestPath('Sn1', 'G1', 'support', true), ['Sn1', 'G3', 'S1', 'G1']);
  });
});

/** A random argument: claims G0..Gn-1, each supported by some of the others (cycles and dangling ids included). */
const arbArgument = fc
  .integer({ min: 1, max: 14 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.array(fc.integer({ min: 0, max: n }), { maxLength: 4 }), { minLength: n, maxLength: n }),
    ),
  );

describe('buildGraph on random arguments', () => {
  it('children are supported_by as written, less unknown ids and self-links; parents are their inverse; below agrees with a naive walk', () => {
    fc.assert(
      fc.property(arbArgument, ([n, kids]) => {
        // Index n names no node: a dangling reference.
        const lines = kids.map((ks, i) => {
          const list = ks.map((k) => `G${k}`).join(', ');
          return `  G${i}: { kind: claim, text: Claim ${i}., ${ks.length ? `supported_by: [${list}]` : 'undeveloped: true'} }`;
        });
        const c = load(`argument:\n${lines.join('\n')}\n`);
        const g = buildGraph(c);
        for (let i = 0; i < n; i++) {
          const written = kids[i]!.filter((k) => k < n && k !== i).map((k) => `G${k}`);
          assert.deepEqual(g.childrenOf(`G${i}`), written);
          for (const p of g.parentsOf(`G${i}`)) assert.ok(g.childrenOf(p).includes(`G${i}`));
          const seen = new Set([`G${i}`]);
          const todo = [`G${i}`];
          while (todo.length) for (const k of g.childrenOf(todo.pop()!)) if (!seen.has(k) && seen.add(k)) todo.push(k);
          assert.deepEqual(new Set(g.below(`G${i}`, 'support')), seen);
        }
        // The references that make no link are kept apart, as the full list has them.
        const written = g.refs.filter((r) => r.field !== 'challenges');
        assert.deepEqual(
          g.unresolvedRefs,
          written.filter((r) => !c.nodes.has(r.to)),
        );
        assert.deepEqual(
          g.selfRefs,
          written.filter((r) => r.from === r.to),
        );
      }),
      { numRuns: 150 },
    );
  });
});
