// The SVG: GSN shapes, markers, ids, status labels, escaping, themes, determinism.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertWellFormed, caseOf } from '../../../test/support/render.js';
import type { CaseStatus } from '../../analysis/status-types.js';
import { layoutCase, renderSvg } from '../index.js';

const ALL_KINDS = caseOf(`  G1:
    kind: claim
    text: The system is **acceptably** safe
    supported_by: [S1]
    in_context_of: [C1, A1, J1]
  S1:
    kind: strategy
    text: Argue over each *risk*
    supported_by: [G2, E1]
  G2:
    kind: claim
    text: Risk two is handled
    undeveloped: true
  E1:
    kind: evidence
    text: Red-team report
  C1:
    kind: context
    text: The deployment
  A1:
    kind: assumption
    text: Users are verified
  J1:
    kind: justification
    text: Because the policy says so
  D1:
    kind: defeater
    text: The red team was too small
    challenges: [E1]
    status: open
  D2:
    kind: defeater
    text: The strategy misses a risk
    challenges: ["S1 -> G2"]
    status: mitigated
    resolution: { summary: Added the risk }
`);

function element(svg: string, id: string): string {
  const start = svg.indexOf(`<g id="${id}"`);
  assert.notEqual(start, -1, `no element with id ${id}`);
  return svg.slice(start, svg.indexOf('</g>', start) + 4);
}

test('every node is a <g> with its id as the element id, its kind as a class and a <title>', () => {
  const svg = renderSvg(layoutCase(ALL_KINDS));
  assertWellFormed(svg);
  for (const id of ['G1', 'S1', 'G2', 'E1', 'C1', 'A1', 'J1', 'D1', 'D2']) {
    const el = element(svg, id);
    assert.match(el, /<title>/);
    assert.equal(svg.split(`id="${id}"`).length, 2, `${id} appears once`);
  }
  assert.match(element(svg, 'G1'), /class="node claim/);
  assert.match(svg, /role="img"/);
  assert.match(svg, /aria-labelledby=/);
});

test(
  'GSN shapes: claim rectangle, strategy parallelogram, evidence circle, context rounded, A and J ellipses, ' +
    'defeater cut corners, undeveloped diamond',
  () => {
    const svg = renderSvg(layoutCase(ALL_KINDS));
    assert.match(element(svg, 'G1'), /<rect class="shape"/);
    assert.match(element(svg, 'S1'), /<polygon class="shape" points="[^"]+"/);
    assert.equal((element(svg, 'S1').match(/points="([^"]+)"/)?.[1] ?? '').split(' ').length, 4);
    assert.match(element(svg, 'E1'), /<circle class="shape"/);
    assert.match(element(svg, 'C1'), /<rect class="shape"[^>]* rx="/);
    assert.match(element(svg, 'A1'), /<ellipse class="shape"/);
    assert.match(element(svg, 'A1'), /<text class="letter"[^>]*>A<\/text>/);
    assert.match(element(svg, 'J1'), /<text class="letter"[^>]*>J<\/text>/);
    assert.equal((element(svg, 'D1').match(/<polygon class="shape" points="([^"]+)"/)?.[1] ?? '').split(' ').length, 8);
    assert.match(element(svg, 'G2'), /undeveloped-mark/);
    assert.doesNotMatch(element(svg, 'G1'), /undeveloped-mark/);
  },
);

test('links: supported-by solid arrowheads, in-context-of hollow ones, challenges dashed (to a link: its midpoint)', () => {
  const svg = renderSvg(layoutCase(ALL_KINDS));
  assert.match(svg, /<marker id="_w-arrow-solid"[^>]*><path class="arrow-solid"/);
  assert.match(svg, /<marker id="_w-arrow-hollow"[^>]*><path class="arrow-hollow"/);
  assert.match(svg, /\.edge\.challenge\{[^}]*stroke-dasharray/);
  assert.match(svg, /<path class="edge support"[^>]*data-from="G1" data-to="S1" marker-end="url\(#_w-arrow-solid\)"/);
  assert.match(svg, /<path class="edge context"[^>]*data-from="G1" data-to="C1" marker-end="url\(#_w-arrow-hollow\)"/);
  assert.match(svg, /<path class="edge challenge[^"]*"[^>]*data-from="D1" data-to="E1"/);
  assert.match(svg, /<path class="edge challenge[^"]*"[^>]*data-from="D2" data-to="G2" data-link="S1 -&gt; G2"/);
});

test('Markdown renders: bold and italics as styled runs, lists with bullets, safe links as <a>', () => {
  const c = caseOf(`  G1:
    kind: claim
    text: |
      A **bold** and *italic* claim with \`code\` and a [link](https://example.org/x?a=1&b=2).
      - first item
      - second item
      Unsafe [click](javascript:alert(1)) stays text.
`);
  const svg = renderSvg(layoutCase(c));
  assertWellFormed(svg);
  const g = element(svg, 'G1');
  assert.match(g, /<tspan class="b">bold<\/tspan>/);
  assert.match(g, /<tspan class="i">italic<\/tspan>/);
  assert.match(g, /<tspan class="code"[^>]*>code<\/tspan>/);
  assert.match(g, /<a href="https:\/\/example.org\/x\?a=1&amp;b=2"/);
  assert.match(g, /• first/);
  assert.doesNotMatch(svg, /javascript:/);
  assert.match(g, /Unsafe click stays/);
});

test('hostile text stays text: <script>, quotes, entities and control characters are escaped', () => {
  const c = caseOf(`  G1:
    kind: claim
    text: "<script>alert('x')</script> & \\"quoted\\" ]]> <![CDATA[ \\u0001 \\uFFFE"
`);
  const svg = renderSvg(layoutCase(c));
  assertWellFormed(svg);
  assert.doesNotMatch(svg, /<script/);
  assert.match(svg, /&lt;script&gt;alert\('x'\)&lt;\/script&gt;/);
  assert.doesNotMatch(svg, /\u0001/);
});

test('status: colour class and a text label on each node, never colour alone; legend lists the statuses shown', () => {
  const status: CaseStatus = {
    asOf: '2026-05-01',
    top: 'G1',
    nodes: new Map([
      ['G1', { status: 'challenged', reasons: [{ code: 'open-defeater', message: 'D1 is open', node: 'D1' }] }],
      ['E1', { status: 'supported', reasons: [] }],
    ]),
    counts: {
      supported: 1,
      degraded: 0,
      stale: 0,
      contested: 0,
      challenged: 1,
      unsupported: 0,
      undeveloped: 0,
      defeated: 0,
    },
  };
  const svg = renderSvg(layoutCase(ALL_KINDS, { status }));
  assertWellFormed(svg);
  const g1 = element(svg, 'G1');
  assert.match(g1, /class="node claim status-challenged"/);
  assert.match(g1, /status: challenged/);
  assert.match(g1, /D1 is open/);
  assert.match(element(svg, 'E1'), /status: supported/);
  assert.match(svg, /class="key-challenged"[^>]*>challenged</);
  assert.match(svg, /Status \(2026-05-01\)/);
  assert.match(element(svg, 'D1'), /defeater: open/);
  assert.match(element(svg, 'D2'), /defeater: mitigated/);
});

test('light, dark and auto themes are classes over one drawing; the CSS holds both palettes', () => {
  const l = layoutCase(ALL_KINDS);
  const light = renderSvg(l);
  const dark = renderSvg(l, { theme: 'dark' });
  assert.match(light, /class="warrant-diagram theme-light"/);
  assert.match(dark, /class="warrant-diagram theme-dark"/);
  assert.match(renderSvg(l, { theme: 'auto' }), /prefers-color-scheme:dark/);
  assert.equal(light.replace('theme-light', 'theme-dark'), dark);
  assert.doesNotMatch(
    renderSvg(l, { style: false, legend: false, xmlDeclaration: false }),
    /<style>|<\?xml|class="legend"/,
  );
});

test('byte-stable: the same case renders to the same bytes; idPrefix prefixes every id', () => {
  assert.equal(renderSvg(layoutCase(ALL_KINDS)), renderSvg(layoutCase(ALL_KINDS)));
  const svg = renderSvg(layoutCase(ALL_KINDS), { idPrefix: 'd1-' });
  assert.match(svg, /<g id="d1-G1"/);
  assert.match(svg, /url\(#d1-_w-arrow-solid\)/);
  for (const m of svg.matchAll(/\bid="([^"]+)"/g)) assert.ok((m[1] as string).startsWith('d1-'), m[1]);
});

test('alternatives: a "k of n" pill and its words in the title on the node that declares them, on no other', () => {
  const c = caseOf(`  G1:
    kind: claim
    text: Injection is controlled
    supported_by: [G2, E1, E2]
    support: { at_least: 2, justification: Three teams and three methods. }
  G2:
    kind: claim
    text: The filter holds
    supported_by: [E3]
  E1:
    kind: evidence
    text: Red-team report
  E2:
    kind: evidence
    text: Benchmark
  E3:
    kind: evidence
    text: Filter tests
`);
  const svg = renderSvg(layoutCase(c));
  assertWellFormed(svg);
  assert.match(element(svg, 'G1'), /<g class="alternatives"><rect class="decor"[^>]*\/><text [^>]*>2 of 3<\/text>/);
  assert.match(element(svg, 'G1'), /<title>[^<]*alternatives: any 2 of its 3 supporting nodes suffice/);
  for (const id of ['G2', 'E1', 'E3']) assert.doesNotMatch(element(svg, id), /alternatives| of \d/);
  assert.equal(svg.split('class="alternatives"').length, 2, 'one pill in the diagram');
  assert.match(svg, /k of n: any k of its n supporting nodes suffice/, 'the legend explains it');
  const plain = renderSvg(layoutCase(ALL_KINDS));
  assert.doesNotMatch(plain, /class="alternatives"|k of n/, 'no pill and no legend entry without alternatives');
});
