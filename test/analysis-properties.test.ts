// Property tests of the analyses (status, critical nodes, what-if) on random
// valid cases, enriched with shared support (a node under two parents),
// assumptions and evidence nodes citing several items, so that support is a
// DAG with redundancy and frames, not only a tree.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { criticalNodes } from '../src/analysis/critical.js';
import { caseStatus } from '../src/analysis/status.js';
import { notEstablished } from '../src/analysis/status-types.js';
import { whatIf } from '../src/analysis/whatif.js';
import { loadCase } from '../src/format/load-case.js';
import { memoryReader } from '../src/format/memory-reader.js';
import { buildGraph } from '../src/model/graph.js';
import { type CaseDoc, validCase } from './arbitrary-case.js';

const AS_OF = '2026-11-01';

/**
 * validCase plus extra links to later nodes (acyclic), assumptions, second
 * items on evidence nodes, most undeveloped leaves developed (so that the top
 * claim is often established: every leg is needed), and declared alternatives
 * on some claims and strategies with two or more legs.
 */
const richCase = fc
  .record({
    doc: validCase,
    links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
    assumptions: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    seconds: fc.array(fc.nat(), { maxLength: 4 }),
    develop: fc.array(fc.nat(9), { minLength: 41, maxLength: 41 }),
    alternatives: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
  })
  .map(({ doc, links, assumptions, seconds, develop, alternatives }) => {
    developLeaves(doc, develop);
    addLinks(doc, links);
    addAssumptions(doc, assumptions);
    addSecondItems(doc, seconds);
    declareAlternatives(doc, alternatives);
    return doc;
  });

/** The same without declared alternatives: a purely conjunctive argument. */
const conjunctiveCase = richCase.map((doc) => {
  for (const n of Object.values(doc.argument)) delete n.support;
  return doc;
});

const num = (id: string) => Number(id.slice(1));
const core = (doc: CaseDoc) => Object.keys(doc.argument).filter((k) => /^N\d+$/.test(k));

function item(title: string) {
  return {
    title,
    kind: 'red-team',
    source_type: 'internal-test',
    date: '2026-09-01',
    produced_by: 'Red team',
    polarity: 'supports',
  };
}

/** Most undeveloped leaves get an evidence node instead (9 in 10 of them, as `develop` says). */
function developLeaves(doc: CaseDoc, develop: number[]): void {
  for (const k of core(doc)) {
    const n = doc.argument[k]!;
    if (n.kind !== 'claim' || n.undeveloped !== true || develop[num(k) % develop.length]! === 0) continue;
    delete n.undeveloped;
    const e = `F${num(k)}`;
    doc.evidence[e] = item(`Developed ${k}`);
    doc.argument[`Sn${num(k)}`] = { kind: 'evidence', text: `Evidence for ${k}`, evidence: [e] };
    n.supported_by = [`Sn${num(k)}`];
  }
}

function addLinks(doc: CaseDoc, links: [number, number][]): void {
  const nodes = core(doc);
  const parents = nodes.filter(
    (k) => ['claim', 'strategy'].includes(doc.argument[k]!.kind as string) && doc.argument[k]!.supported_by,
  );
  for (const [a, b] of links) {
    if (!parents.length) break;
    const from = parents[a % parents.length]!;
    const later = nodes.filter((k) => num(k) > num(from));
    if (!later.length) continue;
    const to = later[b % later.length]!;
    const list = doc.argument[from]!.supported_by as string[];
    if (!list.includes(to)) list.push(to);
  }
}

function addAssumptions(doc: CaseDoc, assumptions: [number, number][]): void {
  const hosts = core(doc).filter((k) => doc.argument[k]!.kind !== 'context');
  assumptions.forEach(([h1, h2], j) => {
    const id = `A${j}`;
    doc.argument[id] = { kind: 'assumption', text: `Assumption ${j}` };
    for (const h of new Set([hosts[h1 % hosts.length]!, hosts[h2 % hosts.length]!])) {
      const host = doc.argument[h]!;
      host.in_context_of = [...((host.in_context_of as string[] | undefined) ?? []), id];
    }
  });
}

function addSecondItems(doc: CaseDoc, seconds: number[]): void {
  const evNodes = core(doc).filter((k) => doc.argument[k]!.kind === 'evidence');
  seconds.forEach((s, j) => {
    if (!evNodes.length) return;
    const n = doc.argument[evNodes[s % evNodes.length]!]!;
    const id = `X${j}`;
    doc.evidence[id] = item(`Extra ${j}`);
    n.evidence = [...(n.evidence as string[]), id];
  });
}

/** at_least from 1 up to the number of legs, on claims and strategies with two or more. */
function declareAlternatives(doc: CaseDoc, picks: [number, number][]): void {
  const hosts = core(doc).filter(
    (k) =>
      ['claim', 'strategy'].includes(doc.argument[k]!.kind as string) &&
      ((doc.argument[k]!.supported_by as string[] | undefined)?.length ?? 0) >= 2,
  );
  for (const [h, k] of picks) {
    if (!hosts.length) return;
    const n = doc.argument[hosts[h % hosts.length]!]!;
    const legs = (n.supported_by as string[]).length;
    n.support = { at_least: 1 + (k % legs), justification: 'Independent lines.' };
  }
}

function load(doc: CaseDoc) {
  const r = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': yaml.dump(doc, { lineWidth: -1 }) }));
  assert.ok(r.case, 'the generated case loads');
  return { c: r.case, g: buildGraph(r.case) };
}

/** Every failure point the analyses consider: support nodes, frames and registered items. */
function failurePoints(doc: CaseDoc): string[] {
  return [
    ...Object.keys(doc.argument).filter((k) => doc.argument[k]!.kind !== 'defeater'),
    ...Object.keys(doc.evidence),
  ];
}

describe('properties of the analyses', () => {
  it('status is deterministic, and a what-if defeating nothing equals it', () => {
    fc.assert(
      fc.property(richCase, (doc) => {
        const { c, g } = load(doc);
        const a = caseStatus(c, g, { asOf: AS_OF });
        const b = caseStatus(c, g, { asOf: AS_OF });
        assert.deepEqual([...a.nodes], [...b.nodes]);
        const w = whatIf(c, g, { asOf: AS_OF, defeat: [] });
        assert.deepEqual([...w.after.nodes], [...a.nodes]);
        assert.deepEqual(w.changes, []);
      }),
      { numRuns: 100 },
    );
  });

  it('a point is a single point of failure exactly when defeating it alone makes the top not established', () => {
    let tried = 0;
    let withAlternatives = 0;
    fc.assert(
      fc.property(richCase, (doc) => {
        const { c, g } = load(doc);
        const r = criticalNodes(c, g, { asOf: AS_OF });
        if (!r.top || notEstablished(r.topStatus!)) return;
        tried++;
        if (r.alternatives.length) withAlternatives++;
        assert.equal(r.basis, 'current');
        const single = new Map(r.singlePoints.map((s) => [s.id, s.fails]));
        for (const x of failurePoints(doc)) {
          if (x === r.top) continue;
          const w = whatIf(c, g, { asOf: AS_OF, defeat: [x] });
          assert.equal(
            notEstablished(w.topAfter!),
            single.has(x),
            `${x}: critical=${single.has(x)}, top after defeat=${w.topAfter}`,
          );
          if (!single.has(x)) continue;
          // What falls with it is what the what-if fails: the claims and strategies established before and not after.
          const fallen = w.changes.filter((ch) => ch.fails && ch.kind !== 'evidence').length;
          assert.equal(single.get(x), fallen, `${x}: claims lost`);
        }
      }),
      { numRuns: 120 },
    );
    // The bounds catch a generator that stopped making useful cases, not a bad seed.
    assert.ok(tried >= 30, `the top held in ${tried} of 120 cases: too few to test anything`);
    assert.ok(withAlternatives >= 20, `only ${withAlternatives} cases had declared alternatives below the top`);
  });

  it('with no declared alternatives, defeating any node on a path to the top makes the top not established', () => {
    fc.assert(
      fc.property(conjunctiveCase, fc.nat(), (doc, k) => {
        const { c, g } = load(doc);
        const below = belowTop(doc, 'N0');
        const x = below[k % below.length]!;
        const w = whatIf(c, g, { asOf: AS_OF, defeat: [x] });
        assert.ok(notEstablished(w.topAfter!), `defeating ${x} left the top ${w.topAfter}`);
        const r = criticalNodes(c, g, { asOf: AS_OF });
        if (r.basis === 'current') assert.ok(r.singlePoints.some((s) => s.id === x) || x === 'N0');
      }),
      { numRuns: 150 },
    );
  });

  it('the status agrees with a brute-force evaluation of the k-of-n formula', () => {
    fc.assert(
      fc.property(richCase, fc.array(fc.nat(), { maxLength: 3 }), (doc, picks) => {
        const { c, g } = load(doc);
        const points = failurePoints(doc);
        const defeat = [...new Set(picks.map((p) => points[p % points.length]!))];
        const s = caseStatus(c, g, { asOf: AS_OF, defeat });
        const holds = bruteForce(doc, new Set(defeat));
        for (const [id, st] of s.nodes) assert.equal(!notEstablished(st.status), holds(id), `${id} is ${st.status}`);
      }),
      { numRuns: 200 },
    );
  });

  it('the minimal failure sets are exactly the minimal sets of legs whose loss makes the top not established', () => {
    let compared = 0;
    let withSets = 0;
    fc.assert(
      fc.property(richCase, (doc) => {
        const { c, g } = load(doc);
        const r = criticalNodes(c, g, { asOf: AS_OF });
        if (!r.top || notEstablished(r.topStatus!)) return;
        assert.equal(r.cutSetSearch.exhaustive, true);
        const legs = [...new Set(r.alternatives.flatMap((a) => a.legs.filter((l) => !a.lost.includes(l))))].sort();
        if (legs.length > 10) return;
        compared++;
        const fails = (set: string[]) => notEstablished(whatIf(c, g, { asOf: AS_OF, defeat: set }).topAfter!);
        const failing: string[][] = [];
        for (const set of subsets(legs, r.cutSetSearch.maxSize))
          if (!failing.some((f) => f.every((x) => set.includes(x))) && fails(set)) failing.push(set);
        const want = failing.filter((f) => f.length >= 2).map((f) => f.join('+'));
        const found = r.cutSets.map((set) => [...set.ids].sort().join('+'));
        assert.deepEqual(found.sort(), want.sort());
        if (found.length) withSets++;
      }),
      { numRuns: 80 },
    );
    assert.ok(compared >= 20, `only ${compared} cases compared`);
    assert.ok(withSets >= 5, `only ${withSets} cases had minimal failure sets`);
  });

  it('when the top is not established, critical analyses the case as if its failures were repaired', () => {
    let repaired = 0;
    fc.assert(
      fc.property(richCase, (doc) => {
        const { c, g } = load(doc);
        const r = criticalNodes(c, g, { asOf: AS_OF });
        if (!r.top || !notEstablished(r.topStatus!)) return;
        repaired++;
        assert.equal(r.basis, 'repaired');
        assert.ok(r.topFailedLegs.length > 0);
        // Repair by hand: accepted defeaters mitigated, undeveloped claims given evidence.
        const fixed = structuredClone(doc);
        for (const n of Object.values(fixed.argument)) if (n.status === 'accepted') n.status = 'mitigated';
        developLeaves(fixed, [1]);
        const { c: c2, g: g2 } = load(fixed);
        const by = criticalNodes(c2, g2, { asOf: AS_OF });
        assert.equal(by.basis, 'current');
        const added = new Set([...Object.keys(fixed.argument), ...Object.keys(fixed.evidence)]);
        for (const id of [...Object.keys(doc.argument), ...Object.keys(doc.evidence)]) added.delete(id);
        const show = (xs: { id: string; fails: number }[]) =>
          xs.filter((x) => !added.has(x.id)).map((x) => `${x.id}:${x.fails}`);
        assert.deepEqual(show(r.singlePoints), show(by.singlePoints));
        assert.deepEqual(
          r.cutSets.map((x) => x.ids.join('+')),
          by.cutSets.map((x) => x.ids.join('+')),
        );
      }),
      { numRuns: 80 },
    );
    assert.ok(repaired >= 10, `only ${repaired} cases had a top claim that is not established`);
  });

  it('terminates on cycles and gives every claim, strategy and evidence node a status', () => {
    fc.assert(
      fc.property(richCase, fc.nat(), fc.nat(), (doc, a, b) => {
        const parents = Object.keys(doc.argument).filter((k) => doc.argument[k]!.supported_by);
        if (!parents.length) return;
        const from = parents[a % parents.length]!;
        const up = parents[b % parents.length]!;
        (doc.argument[from]!.supported_by as string[]).push(up); // may close a cycle
        const { c, g } = load(doc);
        const s = caseStatus(c, g, { asOf: AS_OF });
        const expected = [...c.nodes.values()].filter((n) => ['claim', 'strategy', 'evidence'].includes(n.kind)).length;
        assert.equal(s.nodes.size, expected);
        criticalNodes(c, g, { asOf: AS_OF });
      }),
      { numRuns: 80 },
    );
  });
});

/** What lies below the top: claims, strategies, evidence nodes, frames, items (supported_by, in_context_of, evidence). */
function belowTop(doc: CaseDoc, top: string): string[] {
  const seen = new Set<string>();
  const stack = [top];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const n = doc.argument[id];
    if (!n) continue;
    for (const key of ['supported_by', 'in_context_of', 'evidence'])
      for (const k of (n[key] as string[] | undefined) ?? []) stack.push(k);
  }
  return [...seen].filter((id) => id in doc.argument || id in doc.evidence);
}

/**
 * Whether each node is established, by the formula written out independently
 * of status.ts: a node holds unless it or a frame of it is defeated (what-if,
 * an accepted defeater), it has no support, or its legs do not hold: every
 * leg, or, where it declares at_least k, some k of them (found by trying every
 * choice of k legs). An evidence node needs every item it cites registered and
 * not defeated. The generated cases have no cycles, link defeaters or modules.
 */
function bruteForce(doc: CaseDoc, defeat: ReadonlySet<string>): (id: string) => boolean {
  const accepted = new Set(
    Object.values(doc.argument)
      .filter((n) => n.kind === 'defeater' && n.status === 'accepted')
      .flatMap((n) => n.challenges as string[]),
  );
  const down = (id: string) => defeat.has(id) || accepted.has(id);
  const memo = new Map<string, boolean>();
  const holds = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const n = doc.argument[id]!;
    const frames = (n.in_context_of as string[] | undefined) ?? [];
    let ok = !down(id) && frames.every((f) => !down(f));
    if (ok && n.kind === 'evidence') {
      const items = n.evidence as string[];
      ok = items.length > 0 && items.every((e) => e in doc.evidence && !defeat.has(e));
    } else if (ok) {
      const legs = (n.supported_by as string[] | undefined) ?? [];
      const k = (n.support as { at_least: number } | undefined)?.at_least ?? legs.length;
      ok = legs.length > 0 && [...subsets(legs, k)].some((set) => set.length === k && set.every(holds));
    }
    memo.set(id, ok);
    return ok;
  };
  return holds;
}

/** Every subset of `xs` with 1 to `max` members, smaller ones first. */
function* subsets(xs: readonly string[], max: number): Generator<string[]> {
  for (let size = 1; size <= Math.min(max, xs.length); size++) {
    const idx = Array.from({ length: size }, (_, i) => i);
    for (;;) {
      yield idx.map((i) => xs[i]!);
      let i = size - 1;
      while (i >= 0 && idx[i] === xs.length - size + i) i--;
      if (i < 0) break;
      idx[i]!++;
      for (let j = i + 1; j < size; j++) idx[j] = idx[j - 1]! + 1;
    }
  }
}
