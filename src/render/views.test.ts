// Views: subtree, risk, open defeaters, module (away nodes), collapse and depth.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caseOf } from '../../test/support/render.js';
import { diagramFromCase } from './diagram.js';
import { applyView, collapse, parseView, ViewError, viewName } from './views.js';

const C = caseOf(
  `  G1:
    kind: claim
    text: Top
    supported_by: [S1]
    in_context_of: [C1]
  C1: {kind: context, text: Context}
  S1:
    kind: strategy
    text: Over risks
    supported_by: [G2, G3]
  G2:
    kind: claim
    text: Risk one handled
    addresses: [R1]
    supported_by: [E1, E2]
    in_context_of: [A1]
  A1: {kind: assumption, text: Assumed}
  G3:
    kind: claim
    text: Risk two handled
    addresses: [R2]
    supported_by: [E3]
  E1: {kind: evidence, text: One}
  E2: {kind: evidence, text: Two}
  E3: {kind: evidence, text: Three}
  D1: {kind: defeater, text: Open doubt, challenges: [E1], status: open}
  D2: {kind: defeater, text: Settled doubt, challenges: [E3], status: refuted, resolution: {summary: Rerun}}
  D3: {kind: defeater, text: Link doubt, challenges: ["G2 -> E2"], status: open}
`,
  `risks:
  R1: {title: One, pathway: cyber, severity: high}
  R2: {title: Two, pathway: cbrn, severity: high}
`,
);
const D = diagramFromCase(C);
const ids = (d: { nodes: { id: string }[] }) => d.nodes.map((n) => n.id).sort();

test('parseView and viewName', () => {
  assert.deepEqual(parseView('subtree:G3'), { kind: 'subtree', root: 'G3' });
  assert.deepEqual(parseView('defeaters'), { kind: 'defeaters' });
  assert.equal(viewName(parseView('risk:R2')), 'risk-R2');
  assert.equal(viewName(parseView('module:m')), 'module-m');
  assert.throws(() => parseView('subtree:'), ViewError);
  assert.throws(() => parseView('sideways'), ViewError);
});

test('subtree: the node, everything below, their context and challengers; nothing above', () => {
  const v = applyView(D, { kind: 'subtree', root: 'G2' });
  assert.deepEqual(ids(v), ['A1', 'D1', 'D3', 'E1', 'E2', 'G2']);
  assert.ok(v.edges.every((e) => ids(v).includes(e.from) && ids(v).includes(e.to)));
  assert.match(v.view ?? '', /subtree under G2/);
  assert.throws(() => applyView(D, { kind: 'subtree', root: 'Nope' }), ViewError);
});

test('risk: the claims addressing it, their support, and the path from the top, with hidden counts', () => {
  const v = applyView(D, { kind: 'risk', risk: 'R2' });
  assert.deepEqual(ids(v), ['C1', 'D2', 'E3', 'G1', 'G3', 'S1']);
  assert.equal(v.nodes.find((n) => n.id === 'S1')?.hidden, 4, 'G2, E1, E2 and A1 are hidden under S1');
  assert.throws(() => applyView(D, { kind: 'risk', risk: 'R9' }), ViewError);
});

test('defeaters: open ones only, what they challenge (links included) and the path down to it', () => {
  const v = applyView(D, { kind: 'defeaters' });
  assert.ok(ids(v).includes('D1') && ids(v).includes('D3'));
  assert.ok(!ids(v).includes('D2'), 'a refuted defeater is not shown');
  for (const id of ['E1', 'E2', 'G2', 'S1', 'G1']) assert.ok(ids(v).includes(id), id);
  assert.ok(v.edges.some((e) => e.kind === 'challenge' && e.from === 'D3' && e.link?.from === 'G2'));
});

test('collapse and depth: branches fold into a count, the rest stays', () => {
  const c = collapse(D, { collapse: ['G2'] });
  assert.ok(!ids(c).includes('E1') && !ids(c).includes('D1'), 'E1 and its defeater are hidden');
  assert.equal(c.nodes.find((n) => n.id === 'G2')?.hidden, 2);
  assert.ok(ids(c).includes('A1'), 'G2 keeps its context');
  const d2 = collapse(D, { depth: 2 });
  assert.deepEqual(ids(d2), ['C1', 'G1', 'S1']);
  assert.equal(d2.nodes.find((n) => n.id === 'S1')?.hidden, 6);
  assert.throws(() => collapse(D, { depth: 0 }), ViewError);
  assert.throws(() => collapse(D, { collapse: ['Nope'] }), ViewError);
});

test('module: its own nodes, and the nodes of other modules it links to as away nodes', () => {
  const g = {
    caseId: 'c',
    title: 'C',
    modules: ['main', 'sub'],
    nodes: [
      { id: 'G1', kind: 'claim' as const, text: 'Top', module: 'main' },
      { id: 'G2', kind: 'claim' as const, text: 'Sub top', module: 'sub' },
      { id: 'E1', kind: 'evidence' as const, text: 'Sub evidence', module: 'sub' },
      { id: 'G3', kind: 'claim' as const, text: 'Other', module: 'main' },
    ],
    edges: [
      { kind: 'support' as const, from: 'G1', to: 'G2' },
      { kind: 'support' as const, from: 'G2', to: 'E1' },
      { kind: 'support' as const, from: 'G1', to: 'G3' },
    ],
  };
  const v = applyView(g, { kind: 'module', module: 'sub' });
  assert.deepEqual(ids(v), ['E1', 'G1', 'G2']);
  assert.equal(v.nodes.find((n) => n.id === 'G1')?.away, true);
  assert.equal(v.nodes.find((n) => n.id === 'G2')?.away, undefined);
  const main = applyView(g, { kind: 'module', module: 'main' });
  assert.equal(main.nodes.find((n) => n.id === 'G2')?.away, true);
  assert.ok(!ids(main).includes('E1'), 'an away node is not developed');
  assert.throws(() => applyView(g, { kind: 'module', module: 'nope' }), ViewError);
});
