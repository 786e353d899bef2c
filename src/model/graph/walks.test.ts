// The walks against naive reference walks on random graphs (cycles, repeated
// links and self-links included), and on small graphs worked by hand.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { Adjacency } from './adjacency.js';
import { LinkGraph } from './link-graph.js';
import {
  backLinks,
  bitsBelow,
  cycles,
  DepthFirst,
  firstMarked,
  guidedSearch,
  levels,
  maxAbove,
  postOrder,
  reachOrder,
  shortestPath,
  topologicalOrder,
  WalkScratch,
} from './walks.js';

const RUNS = 300;

/** A random graph: a vertex count and links between its vertices. */
const arbGraph = fc.integer({ min: 1, max: 24 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    links: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
  }),
);

/** A random acyclic graph: links only from lower to higher vertices. */
const arbDag = arbGraph.map(({ n, links }) => ({
  n,
  links: links.filter(([a, b]) => a !== b).map(([a, b]) => (a < b ? [a, b] : [b, a]) as [number, number]),
}));

function adjacencyOf(n: number, links: readonly (readonly [number, number])[]): Adjacency {
  return Adjacency.fromLinks(
    n,
    links.map((l) => l[0]),
    links.map((l) => l[1]),
  );
}

/** Naive reachability: a fixpoint over the link list. */
function naiveReach(n: number, links: readonly (readonly [number, number])[], from: number[]): Set<number> {
  const seen = new Set(from.filter((v) => v >= 0 && v < n));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [a, b] of links)
      if (seen.has(a) && !seen.has(b)) {
        seen.add(b);
        changed = true;
      }
  }
  return seen;
}

describe('Adjacency', () => {
  test('keeps written order per vertex, and reverses in order of source', () => {
    const adj = adjacencyOf(4, [
      [2, 1],
      [0, 3],
      [0, 1],
      [2, 0],
      [0, 3],
    ]);
    assert.deepEqual(adj.targets(0), [3, 1, 3]);
    assert.deepEqual(adj.targets(2), [1, 0]);
    assert.deepEqual(adj.targets(1), []);
    const up = adj.reverse();
    assert.deepEqual(up.targets(1), [0, 2]);
    assert.deepEqual(up.targets(3), [0, 0]);
    assert.equal(adj.linked(0, 1), true);
    assert.equal(adj.linked(1, 0), false);
  });

  test('merge keeps the first part whole and adds only new links of the others', () => {
    const a = adjacencyOf(3, [
      [0, 1],
      [0, 1],
    ]);
    const b = adjacencyOf(3, [
      [0, 1],
      [0, 2],
      [0, 2],
      [1, 2],
    ]);
    const m = Adjacency.merge([a, b]);
    assert.deepEqual(m.targets(0), [1, 1, 2]);
    assert.deepEqual(m.targets(1), [2]);
  });

  test('positions from fromLinksWithPositions and reverseWithPositions name the same links', () => {
    fc.assert(
      fc.property(arbGraph, ({ n, links }) => {
        const { adjacency, position } = Adjacency.fromLinksWithPositions(
          n,
          links.map((l) => l[0]),
          links.map((l) => l[1]),
        );
        links.forEach(([, b], k) => {
          assert.equal(adjacency.target(position[k]!), b);
        });
        const { adjacency: up, original } = adjacency.reverseWithPositions();
        for (let w = 0; w < n; w++)
          for (let e = up.first(w); e < up.end(w); e++) assert.equal(adjacency.target(original[e]!), w);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('walks', () => {
  test('reachOrder reaches what a naive walk reaches, each vertex once, starts first', () => {
    fc.assert(
      fc.property(arbGraph, fc.array(fc.integer({ min: -1, max: 30 }), { maxLength: 4 }), ({ n, links }, from) => {
        const adj = adjacencyOf(n, links);
        const starts = from.filter((v) => v < n);
        const order = reachOrder(adj, starts, new WalkScratch(n));
        assert.deepEqual(new Set(order), naiveReach(n, links, starts));
        assert.equal(new Set(order).size, order.length);
        const firstStarts = [...new Set(starts.filter((v) => v >= 0))];
        assert.deepEqual(order.slice(0, firstStarts.length), firstStarts);
      }),
      { numRuns: RUNS },
    );
  });

  test('reachOrder over several adjacencies walks as over their merge, in the same order', () => {
    fc.assert(
      fc.property(
        arbGraph,
        fc.array(fc.nat(2), { maxLength: 72 }),
        fc.array(fc.nat(23), { maxLength: 4 }),
        ({ n, links }, partOf, from) => {
          const parts = [0, 1, 2].map((p) =>
            adjacencyOf(
              n,
              links.filter((_, k) => (partOf[k] ?? 0) === p),
            ),
          );
          const starts = from.filter((v) => v < n);
          const scratch = new WalkScratch(n);
          assert.deepEqual(reachOrder(parts, starts, scratch), reachOrder(Adjacency.merge(parts), starts, scratch));
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('reaching up a reversed adjacency finds exactly the vertices with a path down to the starts', () => {
    fc.assert(
      fc.property(arbGraph, fc.nat(23), ({ n, links }, t) => {
        const target = t % n;
        const up = new Set(reachOrder(adjacencyOf(n, links).reverse(), [target], new WalkScratch(n)));
        for (let v = 0; v < n; v++) assert.equal(up.has(v), naiveReach(n, links, [v]).has(target));
      }),
      { numRuns: RUNS },
    );
  });

  test('a shared scratch gives each walk a clean start', () => {
    const adj = adjacencyOf(3, [
      [0, 1],
      [1, 2],
    ]);
    const scratch = new WalkScratch(3);
    assert.deepEqual(reachOrder(adj, [0], scratch), [0, 1, 2]);
    assert.deepEqual(reachOrder(adj, [1], scratch), [1, 2]);
    assert.deepEqual(reachOrder(adj, [0], scratch, { expand: (v) => v !== 1 }), [0, 1]);
    assert.deepEqual(reachOrder(adj, [0], scratch, { enter: (w) => w !== 1 }), [0]);
  });

  test('post-order puts every vertex after the vertices below it on acyclic graphs', () => {
    fc.assert(
      fc.property(arbDag, ({ n, links }) => {
        const adj = adjacencyOf(n, links);
        const order = postOrder(
          adj,
          Array.from({ length: n }, (_, v) => v),
        );
        assert.equal(order.length, n);
        const at = new Map(order.map((v, i) => [v, i]));
        for (const [a, b] of links) assert.ok(at.get(b)! < at.get(a)!, `${b} before ${a}`);
      }),
      { numRuns: RUNS },
    );
  });

  test('post-order and back links handle cycles: every vertex once, and without the back links the rest is acyclic', () => {
    fc.assert(
      fc.property(arbGraph, ({ n, links }) => {
        const adj = adjacencyOf(n, links);
        const all = Array.from({ length: n }, (_, v) => v);
        const order = postOrder(adj, all);
        assert.deepEqual(
          [...order].sort((x, y) => x - y),
          all,
        );
        const back = backLinks(adj, all);
        const at = new Map(order.map((v, i) => [v, i]));
        for (let v = 0; v < n; v++)
          for (let e = adj.first(v); e < adj.end(v); e++)
            if (!back[e]) assert.ok(at.get(adj.target(e))! < at.get(v)!, 'a forward link points down the order');
        // A graph with no cycle has no back link.
        if (topologicalOrder(adj).length === n) assert.ok(back.every((b) => b === 0));
      }),
      { numRuns: RUNS },
    );
  });

  test('DepthFirst: onPath names the current path while a vertex finishes', () => {
    const adj = adjacencyOf(3, [
      [0, 1],
      [1, 2],
      [2, 0],
    ]);
    const dfs = new DepthFirst(adj);
    const seen: string[] = [];
    dfs.run(0, (v) => {
      seen.push(`${v}:${[0, 1, 2].filter((w) => dfs.onPath(w)).join('')}`);
    });
    assert.deepEqual(seen, ['2:012', '1:01', '0:0']);
    assert.ok(dfs.finished(1));
  });

  test('topological order covers exactly the acyclic part, parents first', () => {
    fc.assert(
      fc.property(arbGraph, ({ n, links }) => {
        const adj = adjacencyOf(n, links);
        const order = topologicalOrder(adj);
        const at = new Map(order.map((v, i) => [v, i]));
        for (const [a, b] of links) if (at.has(b)) assert.ok(at.has(a) && at.get(a)! < at.get(b)!);
        // Left out: exactly the vertices a cycle reaches.
        const onCycle = new Set<number>();
        for (let v = 0; v < n; v++) {
          const below = naiveReach(
            n,
            links,
            links.filter(([a]) => a === v).map(([, b]) => b),
          );
          if (below.has(v)) onCycle.add(v);
        }
        const dropped = naiveReach(n, links, [...onCycle]);
        for (let v = 0; v < n; v++) assert.equal(at.has(v), !dropped.has(v));
      }),
      { numRuns: RUNS },
    );
  });

  test('topological order is computed once per adjacency', () => {
    const adj = adjacencyOf(3, [
      [0, 1],
      [1, 2],
    ]);
    assert.equal(topologicalOrder(adj), topologicalOrder(adj));
    assert.deepEqual(topologicalOrder(adj), [0, 1, 2]);
  });

  test('bitsBelow ors in every vertex below on acyclic graphs; with cycles, at least its own bits and only bits below', () => {
    fc.assert(
      fc.property(arbGraph, fc.boolean(), ({ n, links }, dag) => {
        const ls = dag ? links.filter(([a, b]) => a < b) : links;
        const own = Int32Array.from({ length: n }, (_, v) => 1 << (v % 31));
        const bits = bitsBelow(adjacencyOf(n, ls), own);
        for (let v = 0; v < n; v++) {
          let all = 0;
          for (const w of naiveReach(n, ls, [v])) all |= own[w]!;
          if (dag) assert.equal(bits[v], all);
          else assert.ok((bits[v]! & own[v]!) === own[v] && (bits[v]! & ~all) === 0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('maxAbove: the largest value at or above each vertex of an acyclic graph', () => {
    fc.assert(
      fc.property(
        arbDag,
        fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 24, maxLength: 24 }),
        ({ n, links }, values) => {
          const own = Int8Array.from({ length: n }, (_, v) => values[v]!);
          const top = maxAbove(adjacencyOf(n, links), own);
          for (let v = 0; v < n; v++) {
            let max = -1;
            for (let u = 0; u < n; u++) if (naiveReach(n, links, [u]).has(v)) max = Math.max(max, own[u]!);
            assert.equal(top[v], max);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('cycles: one real cycle per strongly connected group, none on acyclic graphs', () => {
    fc.assert(
      fc.property(arbGraph, ({ n, links }) => {
        const adj = adjacencyOf(
          n,
          links.filter(([a, b]) => a !== b),
        );
        for (const c of cycles(adj)) {
          assert.equal(c[0], c[c.length - 1]);
          for (let i = 0; i + 1 < c.length; i++) assert.ok(adj.linked(c[i]!, c[i + 1]!));
        }
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(arbDag, ({ n, links }) => {
        assert.deepEqual(cycles(adjacencyOf(n, links)), []);
      }),
      { numRuns: RUNS },
    );
  });

  test('shortestPath and levels agree with breadth-first distance', () => {
    fc.assert(
      fc.property(arbGraph, fc.nat(23), fc.nat(23), ({ n, links }, a, b) => {
        const adj = adjacencyOf(n, links);
        const from = a % n;
        const to = b % n;
        const layers = levels(adj, [from]);
        const depth = layers.findIndex((l) => l.includes(to));
        const path = shortestPath(adj, [from], to);
        if (depth < 0) assert.equal(path, undefined);
        else {
          assert.equal(path!.length, depth + 1);
          assert.equal(path![0], from);
          assert.equal(path![path!.length - 1], to);
          for (let i = 0; i + 1 < path!.length; i++) assert.ok(adj.linked(path![i]!, path![i + 1]!));
        }
        assert.deepEqual(new Set(layers.flat()), naiveReach(n, links, [from]));
      }),
      { numRuns: RUNS },
    );
  });

  test('firstMarked meets the marked vertices as a guided search skipping exactly them does', () => {
    fc.assert(
      fc.property(
        arbGraph,
        fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
        fc.array(fc.nat(23), { maxLength: 4 }),
        ({ n, links }, marked, from) => {
          const adj = adjacencyOf(n, links);
          const stop = Uint8Array.from({ length: n }, (_, v) => (marked[v] ? 1 : 0));
          const starts = from.filter((v) => v < n);
          const scratch = new WalkScratch(n);
          const met: number[] = [];
          guidedSearch(
            adj,
            starts,
            (v: number) => {
              if (!stop[v]) return 'expand';
              met.push(v);
              return 'skip';
            },
            scratch,
          );
          assert.deepEqual(firstMarked(adj, starts, stop, scratch), met);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('guidedSearch: expands, skips and stops as told', () => {
    // 0 -> 1 -> 3, 0 -> 2 -> 4
    const adj = adjacencyOf(5, [
      [0, 1],
      [0, 2],
      [1, 3],
      [2, 4],
    ]);
    const scratch = new WalkScratch(5);
    const visited: number[] = [];
    assert.equal(
      guidedSearch(
        adj,
        [0],
        (v) => {
          visited.push(v);
          return v === 2 ? 'skip' : 'expand';
        },
        scratch,
      ),
      true,
    );
    assert.deepEqual(visited, [0, 2, 1, 3]);
    assert.equal(
      guidedSearch(adj, [0], (v) => (v === 3 ? 'stop' : 'expand'), scratch),
      false,
    );
  });
});

describe('LinkGraph', () => {
  const g = LinkGraph.fromLinks(
    ['A', 'B', 'C', 'D', 'E'],
    ['down', 'side'],
    [
      { kind: 'down', from: 'A', to: 'B' },
      { kind: 'down', from: 'B', to: 'C' },
      { kind: 'side', from: 'B', to: 'D' },
      { kind: 'down', from: 'A', to: 'X' },
      { kind: 'down', from: 'E', to: 'E' },
    ],
  );

  test('leaves out links to unknown nodes and self-links', () => {
    assert.deepEqual(g.targets('A', 'down'), ['B']);
    assert.deepEqual(g.targets('E', 'down'), []);
  });

  test('walks by kind, down and up, by id or number', () => {
    assert.deepEqual(g.below('A', 'down').ids(), ['A', 'B', 'C']);
    assert.deepEqual(g.below('A', ['down', 'side']).ids().sort(), ['A', 'B', 'C', 'D']);
    assert.deepEqual(g.above('D', ['down', 'side']).ids().sort(), ['A', 'B', 'D']);
    assert.deepEqual(g.above(2, 'down').ids().sort(), ['A', 'B', 'C']);
    assert.ok(g.below(['A', 'nope'], 'down').has('C'));
    assert.ok(!g.below('A', 'down').has('D'));
    assert.deepEqual(g.under(['A', 'B'], 'down').ids().sort(), ['B', 'C']);
    assert.deepEqual(g.sources('C', 'down'), ['B']);
    assert.deepEqual(g.levels('A', ['down', 'side']), [['A'], ['B'], ['C', 'D']]);
    assert.deepEqual(g.shortestPath('C', 'A', 'down', true), ['C', 'B', 'A']);
  });

  test('NodeSet: union keeps order, answers by id and by number', () => {
    const s = g.below('C', 'down').union(g.below('B', ['down', 'side']));
    assert.deepEqual([...s], ['C', 'B', 'D']);
    assert.equal(s.size, 3);
    assert.ok(s.has(1) && s.has('D') && !s.has('A') && !s.has('nope'));
  });
});
