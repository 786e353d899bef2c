// Layout: where every node of a DiagramGraph goes, and the route of every link.
//
// Why a tidy tree, and why d3-hierarchy. A safety case's support graph is a
// tree with a few shared nodes (a DAG), and readers expect the GSN picture: the
// top claim on top, each claim above what supports it. Measured on this
// machine on a 10,000-node tree-like case: Graphviz dot 30 s, elkjs (layered)
// 44 s, dagre did not finish, d3-hierarchy's tidy tree 18 ms (bench/render.ts
// measures dot against this layout in every run; docs/benchmarks.md). A
// layered (Sugiyama) engine spends that time on crossing minimisation a tree
// does not need, and its result changes globally when one node is added. A
// tidy tree (Reingold-Tilford, in Buchheim's linear-time form) is decided by
// structure: a node's position depends on its own subtree and its neighbours'
// subtrees only, which is what keeps small edits local (layout.test.ts
// measures it). d3-hierarchy is D3's, maintained, ISC-licensed, pure ESM with
// no dependencies, so it bundles for the browser as is. Its `tree()` takes a
// separation function, which gives variable node widths exactly (nodeSize
// [1, 1] makes separation a distance in pixels).
//
// d3-flextree (a non-layered tidy tree for variable heights) was tried first
// and dropped: unmaintained since 2019, WTFPL, and its ES5 build was several
// times slower here. Instead each depth is a row as high as its highest node,
// within one laid-out forest: wrapping (below) splits a big case into many
// small forests, so one tall node pushes down only the rows of its own forest.
//
// On top of the tidy tree:
// - Spanning tree: a depth-first walk from the roots in case order; each node
//   hangs under the first node that reaches it (children in written order).
//   Its other parents get a curved link drawn to it.
// - Context, assumption and justification nodes sit in a column to the right
//   of the first node that refers to them, so they add width beside it and not
//   a level below; further references to them are curved links.
// - A defeater hangs under what it challenges (for a link A -> B, under A,
//   right after B) with a dashed link to the node or to the link's midpoint.
// - Wide fan-outs: when a node has 4 or more leaf children (children with no
//   children of their own in the drawing), those leaves are stacked in
//   ceil(sqrt(n)) columns, filled top to bottom in case order, each column
//   hanging from a vertical spine. A case with 30 evidence items under one
//   claim is 6 columns wide, not 30.
// - Forests: several roots sit side by side, in case order, the first (the
//   top claim) on the left.
import { type HierarchyPointNode, hierarchy, tree as tidyTree } from 'd3-hierarchy';
import type { DiagramEdge, DiagramGraph, DiagramNode, EdgeKind } from '../diagram.js';
import { type NodeBox, sidePoint } from './shapes.js';
import { type Item, spanningTree } from './spanning-tree.js';

/** Horizontal space between neighbouring blocks. */
const HGAP = 28;
/** Horizontal space between neighbours with different parents. */
const COUSIN_GAP = 44;
/** Vertical space between a node's block and its children. */
const VGAP = 48;
const SIDE_GAP = 30;
const HEIGHT_STEP = 30;
const SIDE_VGAP = 10;
/** Fewest leaf children that are stacked in columns instead of a row. */
export const STACK_MIN = 4;
const SPINE = 18;
const STACK_COL_GAP = 18;
const STACK_VGAP = 14;
const MARGIN = 20;

export interface LaidOutNode {
  id: string;
  node: DiagramNode;
  /** The shape's bounding box (away band included, decorations below excluded). */
  x: number;
  y: number;
  w: number;
  h: number;
  box: NodeBox;
  /** The node it hangs under in the drawing (tree parent or the node it sits beside), if any. */
  parent?: string;
  /** Beside its parent (context, assumption, justification) rather than below it. */
  beside?: boolean;
}

export interface LaidOutEdge {
  kind: EdgeKind;
  from: string;
  to: string;
  link?: { from: string; to: string };
  /** Drawn along the tree (orthogonal route) or as an extra curved link. */
  tree: boolean;
  /** Orthogonal: the polyline's points. Curve: the four points of a cubic Bézier. */
  curve: boolean;
  points: [number, number][];
}

export interface DiagramLayout {
  graph: DiagramGraph;
  width: number;
  height: number;
  /** In case order. */
  nodes: LaidOutNode[];
  /** Support and context links first (source in case order), then challenges. */
  edges: LaidOutEdge[];
}

/** A unit the tidy tree places: a node's block, a stack of leaves, or a block of wrapped rows. */
interface Cell {
  item?: Item;
  stack?: Item[][];
  wrap?: Wrapped;
  /** Drawn size (the gaps are added for the tidy tree). */
  w: number;
  h: number;
  children: Cell[];
  /** Set by the tidy tree, relative to its forest: left and top of the drawn size. */
  x: number;
  y: number;
  /** Estimated width and height of the cell with everything below it (an upper bound: the tidy tree packs tighter). */
  ew: number;
  eh: number;
  /** The y of the bus its links to its children run along (relative, like y). */
  busY: number;
}

interface Wrapped {
  rows: { subs: Forest[]; top: number }[];
}

/** A separately laid-out forest: cells at positions relative to its own box. */
interface Forest {
  cells: Cell[];
  w: number;
  h: number;
  /** The roots' cells: the ones the parent's links reach. */
  tops: Cell[];
  /** Offset applied when placed. */
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** Fewest leaf children stacked in columns (default 4); Infinity turns stacking off. */
  stackMin?: number;
  /**
   * Children side by side no wider than this (pixels) are never wrapped into
   * rows (default 3000); Infinity turns wrapping off.
   */
  wrapWidth?: number;
  /** Width to height ratio that wrapping aims for, under each node (default 1). */
  aspect?: number;
}

/** Children whose row would be no wider than this stay in one row. */
export const WRAP_WIDTH = 3000;
/** The width:height a wrapped block of children aims for. */
export const ASPECT = 1;
const WRAP_PAD = 26;

/** Size each item's block: its node with its side columns (right, then left, alternating in case order). */
function sizeBlock(it: Item): void {
  it.side.forEach((s, i) => {
    (i % 2 === 0 ? it.right : it.left).push(s);
  });
  const colW = (col: Item[]) => col.reduce((m, s) => Math.max(m, s.box.w), 0);
  const colH = (col: Item[]) => col.reduce((h, s, i) => h + s.box.h + s.box.decor + (i ? SIDE_VGAP : 0), 0);
  const ext = Math.max(it.right.length ? SIDE_GAP + colW(it.right) : 0, it.left.length ? SIDE_GAP + colW(it.left) : 0);
  it.half = it.box.w / 2 + ext;
  it.blockW = 2 * it.half;
  it.blockH = Math.max(it.box.h + it.box.decor, colH(it.right), colH(it.left));
  // Heights round up to two lines, so a rewording that adds a line seldom changes a row's height.
  it.blockH = Math.ceil(it.blockH / HEIGHT_STEP) * HEIGHT_STEP;
}

/** The cell of an item and, below it, its children's: leaves stacked, rows wrapped, as the options say. */
function cellOf(it: Item, o: Required<LayoutOptions>): Cell {
  const leaves = it.kids.filter((k) => k.kids.length === 0);
  const entries: Cell[] = [];
  let stacked = false;
  for (const k of it.kids) {
    if (leaves.length >= o.stackMin && k.kids.length === 0) {
      if (!stacked) entries.push(stackCell(leaves));
      stacked = true;
      continue;
    }
    entries.push(cellOf(k, o));
  }
  const cell: Cell = { item: it, w: it.blockW, h: it.blockH, children: entries, x: 0, y: 0, ew: 0, eh: 0, busY: 0 };
  const rows = wrapRows(entries, o.wrapWidth, o.aspect);
  if (rows.length > 1) cell.children = [wrapCell(rows)];
  estimate(cell);
  return cell;
}

/** The laid-out nodes in case order, positions rounded, with the drawing's right and bottom edges. */
function laidOutNodes(d: DiagramGraph, items: Map<string, Item>): { nodes: LaidOutNode[]; maxX: number; maxY: number } {
  let maxX = 0;
  let maxY = 0;
  const nodes: LaidOutNode[] = [];
  for (const n of d.nodes) {
    const it = items.get(n.id) as Item;
    it.x = round(it.x);
    it.y = round(it.y);
    const ln: LaidOutNode = { id: n.id, node: n, x: it.x, y: it.y, w: it.box.w, h: it.box.h, box: it.box };
    if (it.parent) ln.parent = it.parent.n.id;
    if (it.parent?.side.includes(it)) ln.beside = true;
    nodes.push(ln);
    maxX = Math.max(maxX, it.x + it.box.w);
    maxY = Math.max(maxY, it.y + it.box.h + it.box.decor);
  }
  return { nodes, maxX, maxY };
}

/** Place every node of `d` and route every edge. Deterministic: the same graph gives the same numbers. */
export function layoutDiagram(d: DiagramGraph, options: LayoutOptions = {}): DiagramLayout {
  const o: Required<LayoutOptions> = {
    stackMin: options.stackMin ?? STACK_MIN,
    wrapWidth: options.wrapWidth ?? WRAP_WIDTH,
    aspect: options.aspect ?? ASPECT,
  };
  const { items, roots } = spanningTree(d);
  for (const it of items.values()) sizeBlock(it);
  const top = forest(roots.map((r) => cellOf(r, o)));
  top.x = MARGIN;
  top.y = MARGIN;
  placeForest(top, 0, 0);
  let { nodes, maxX, maxY } = laidOutNodes(d, items);
  const byId = new Map<string, DiagramNode>();
  for (const n of d.nodes) byId.set(n.id, n);
  const edges = routeEdges(d.edges, items, byId);
  for (const e of edges)
    for (const [x, y] of e.points) {
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  return { graph: d, width: round(maxX + MARGIN), height: round(maxY + MARGIN), nodes, edges };
}

function stackCell(leaves: Item[]): Cell {
  const n = leaves.length;
  const ncols = Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / ncols);
  const cols: Item[][] = [];
  for (let i = 0; i < n; i += rows) cols.push(leaves.slice(i, i + rows));
  const colW = cols.map((c) => SPINE + c.reduce((m, it) => Math.max(m, it.blockW), 0));
  const w = colW.reduce((a, b) => a + b, 0) + (cols.length - 1) * STACK_COL_GAP;
  const h = cols.reduce(
    (m, c) =>
      Math.max(
        m,
        c.reduce((s, it, i) => s + it.blockH + (i ? STACK_VGAP : 0), 0),
      ),
    0,
  );
  return { stack: cols, w, h, children: [], x: 0, y: 0, ew: w, eh: h, busY: 0 };
}

/** Lay out cells as a forest with the tidy tree; positions relative to the forest's box. */
function forest(roots: Cell[]): Forest {
  const virtual: Cell = { w: 0, h: 0, children: roots, x: 0, y: 0, ew: 0, eh: 0, busY: 0 };
  const root = hierarchy<Cell>(virtual, (c) => (c.children.length ? c.children : null));
  // nodeSize [1, 1] makes separation() a distance in pixels between the centres of neighbours.
  tidyTree<Cell>()
    .nodeSize([1, 1])
    .separation((a, b) => (a.data.w + b.data.w) / 2 + (a.parent === b.parent ? HGAP : COUSIN_GAP))(root);
  // Rows: each depth as high as its highest cell, in this forest only.
  const rowH: number[] = [];
  root.each((n) => {
    if (n.depth) rowH[n.depth] = Math.max(rowH[n.depth] ?? 0, n.data.h);
  });
  const rowTop: number[] = [0, 0];
  for (let d = 1; d < rowH.length; d++) rowTop[d + 1] = (rowTop[d] as number) + (rowH[d] ?? 0) + VGAP;
  const cells: Cell[] = [];
  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  root.each((n) => {
    const pn = n as HierarchyPointNode<Cell>;
    const c = n.data;
    if (c === virtual) return;
    c.x = pn.x - c.w / 2;
    c.y = rowTop[n.depth] as number;
    c.busY = (rowTop[n.depth + 1] ?? c.y + c.h + VGAP) - VGAP / 2;
    cells.push(c);
    minX = Math.min(minX, c.x);
    maxX = Math.max(maxX, c.x + c.w);
    maxY = Math.max(maxY, c.y + c.h);
  });
  if (!cells.length) return { cells, w: 0, h: 0, tops: roots, x: 0, y: 0 };
  for (const c of cells) c.x -= minX;
  return { cells, w: maxX - minX, h: maxY, tops: roots, x: 0, y: 0 };
}

function estimate(c: Cell): void {
  let w = 0;
  let h = 0;
  for (const k of c.children) {
    w += k.ew + HGAP;
    h = Math.max(h, k.eh);
  }
  c.ew = Math.max(c.w, w - HGAP);
  c.eh = c.h + (c.children.length ? VGAP + h : 0);
}

/**
 * The wrapping rule. Children side by side (subtrees, or a stack of leaves)
 * stay in one row when that row is at most `wrapWidth` wide. Otherwise they
 * are cut, in order, into r rows of equal count, r = round(sqrt(W / (aspect * H))),
 * W the row's width and H its height: the block of rows is then about
 * `aspect` times as wide as it is high. The default, 1, makes each block
 * about square; blocks side by side under their parent then give the whole
 * drawing about 1 to 2 times as wide as high (a 2:1 target per block gave
 * 4.6:1 and a third more area at 10,000 nodes).
 * Decided from the children's own subtrees only, so an edit elsewhere never
 * re-wraps them.
 */
function wrapRows(entries: Cell[], wrapWidth: number, aspect: number): Cell[][] {
  if (entries.length < 2) return [entries];
  let total = -HGAP;
  let height = 0;
  for (const e of entries) {
    total += e.ew + HGAP;
    height = Math.max(height, e.eh);
  }
  if (total <= wrapWidth) return [entries];
  const r = Math.min(entries.length, Math.max(1, Math.round(Math.sqrt(total / (aspect * Math.max(height, 1))))));
  if (r < 2) return [entries];
  // Cut by count, not by width: which row a child lands in then depends only on
  // how many siblings it has and r, so resizing one child does not reshuffle the rows.
  const per = Math.ceil(entries.length / r);
  const rows: Cell[][] = [];
  for (let i = 0; i < entries.length; i += per) rows.push(entries.slice(i, i + per));
  return rows;
}

/** Children wrapped into rows, each child a separately laid-out forest, hung from a spine on the left. */
function wrapCell(cells: Cell[][]): Cell {
  const rows: Wrapped['rows'] = [];
  let y = 0;
  let w = 0;
  for (const r of cells) {
    const subs = r.map((e) => forest([e]));
    let x = WRAP_PAD;
    let h = 0;
    for (const s of subs) {
      s.x = x;
      s.y = y;
      x += s.w + HGAP;
      h = Math.max(h, s.h);
    }
    rows.push({ subs, top: y });
    w = Math.max(w, x - HGAP);
    y += h + VGAP;
  }
  return { wrap: { rows }, w, h: y - VGAP, children: [], x: 0, y: 0, ew: w, eh: y - VGAP, busY: 0 };
}

/** Give absolute positions to everything in a forest placed at (f.x + dx, f.y + dy). */
function placeForest(f: Forest, dx: number, dy: number): void {
  const ox = f.x + dx;
  const oy = f.y + dy;
  for (const c of f.cells) {
    const x = c.x + ox;
    const y = c.y + oy;
    if (c.item) {
      place(c.item, x, y);
      c.item.bus = c.busY + oy;
    } else if (c.stack) placeStack(c.stack, x, y);
    else if (c.wrap) for (const r of c.wrap.rows) for (const s of r.subs) placeForest(s, x, y);
  }
  // Lanes: how each parent's link reaches each child cell.
  for (const c of f.cells) {
    const p = c.item;
    if (!p) continue;
    const busY = p.bus;
    for (const k of c.children) {
      if (k.wrap) {
        const spineX = k.x + ox + WRAP_PAD / 2;
        k.wrap.rows.forEach((r, i) => {
          const rowBus = k.y + oy + r.top - VGAP / 2;
          for (const s of r.subs) for (const t of s.tops) lane(t, i === 0 ? { busY } : { busY: rowBus, spineX });
        });
      } else lane(k, { busY });
    }
  }
}

function lane(c: Cell, l: { busY: number; spineX?: number }): void {
  if (c.item) c.item.lane = { ...l };
  else if (c.stack) for (const col of c.stack) for (const it of col) it.lane = { ...l, stackX: it.lane?.stackX ?? 0 };
}

function place(it: Item, x: number, y: number): void {
  it.x = x + it.half - it.box.w / 2;
  it.y = y;
  let ry = y;
  for (const s of it.right) {
    s.x = it.x + it.box.w + SIDE_GAP;
    s.y = ry;
    ry += s.box.h + s.box.decor + SIDE_VGAP;
  }
  let ly = y;
  for (const s of it.left) {
    s.x = it.x - SIDE_GAP - s.box.w;
    s.y = ly;
    ly += s.box.h + s.box.decor + SIDE_VGAP;
  }
}

function placeStack(cols: Item[][], x: number, y: number): void {
  let cx = x;
  for (const col of cols) {
    let cy = y;
    const w = col.reduce((m, it) => Math.max(m, it.blockW), 0);
    for (const it of col) {
      place(it, cx + SPINE, cy);
      it.lane = { busY: 0, stackX: cx + SPINE / 2 };
      cy += it.blockH + STACK_VGAP;
    }
    cx += SPINE + w + STACK_COL_GAP;
  }
}

const round = (v: number): number => Math.round(v * 10) / 10;

// ---- routes ---------------------------------------------------------------------

const bottom = (it: Item): [number, number] => [round(it.x + it.box.w / 2), round(it.y + it.box.h)];
const top = (it: Item): [number, number] => [round(it.x + it.box.w / 2), it.y];

/**
 * The tree route from a parent down to a child: its row's bus (via the wrap
 * spine), then the child's top or its stack spine.
 */
function treeRoute(p: Item, k: Item): [number, number][] {
  const [px, py] = bottom(p);
  const l = k.lane ?? { busY: p.bus };
  const busY = round(l.busY);
  const bus1 = round(p.bus);
  const pts: [number, number][] = [
    [px, py],
    [px, bus1],
  ];
  if (l.spineX !== undefined) pts.push([round(l.spineX), bus1], [round(l.spineX), busY]);
  if (l.stackX !== undefined) {
    const [lx, cy] = sidePoint(k.n.kind, { x: k.x, y: k.y, w: k.box.w, h: k.box.h }, 'left', k.n.away);
    pts.push([round(l.stackX), busY], [round(l.stackX), round(cy)], [round(lx), round(cy)]);
  } else {
    const [kx, ky] = top(k);
    pts.push([kx, busY], [kx, ky]);
  }
  return dedupe(pts);
}

function sideRoute(p: Item, s: Item): [number, number][] {
  const right = p.right.includes(s);
  const [ax, ay] = sidePoint(p.n.kind, { x: p.x, y: p.y, w: p.box.w, h: p.box.h }, right ? 'right' : 'left', p.n.away);
  const [bx, by] = sidePoint(s.n.kind, { x: s.x, y: s.y, w: s.box.w, h: s.box.h }, right ? 'left' : 'right', s.n.away);
  const mx = round(right ? p.x + p.box.w + SIDE_GAP / 2 : p.x - SIDE_GAP / 2);
  return dedupe([
    [round(ax), round(ay)],
    [mx, round(ay)],
    [mx, round(by)],
    [round(bx), round(by)],
  ]);
}

function curve(a: [number, number], b: [number, number], vertical: boolean): [number, number][] {
  if (vertical) {
    const k = Math.max(40, Math.abs(b[1] - a[1]) / 3);
    const down = b[1] >= a[1] ? 1 : -1;
    return [a, [a[0], round(a[1] + k * down)], [b[0], round(b[1] - k * down)], b];
  }
  const k = Math.max(30, Math.abs(b[0] - a[0]) / 3);
  const right = b[0] >= a[0] ? 1 : -1;
  return [a, [round(a[0] + k * right), a[1]], [round(b[0] - k * right), b[1]], b];
}

function dedupe(pts: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of pts) {
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    out.push(p);
  }
  return out;
}

/** The point halfway along a route. */
export function midpoint(e: Pick<LaidOutEdge, 'curve' | 'points'>): [number, number] {
  const p = e.points;
  if (e.curve && p.length === 4) {
    const t = 0.5;
    const m = (i: 0 | 1) =>
      (1 - t) ** 3 * (p[0] as number[])[i]! +
      3 * (1 - t) ** 2 * t * (p[1] as number[])[i]! +
      3 * (1 - t) * t ** 2 * (p[2] as number[])[i]! +
      t ** 3 * (p[3] as number[])[i]!;
    return [round(m(0)), round(m(1))];
  }
  let total = 0;
  for (let i = 1; i < p.length; i++)
    total += Math.hypot(
      (p[i] as number[])[0]! - (p[i - 1] as number[])[0]!,
      (p[i] as number[])[1]! - (p[i - 1] as number[])[1]!,
    );
  let half = total / 2;
  for (let i = 1; i < p.length; i++) {
    const a = p[i - 1] as [number, number];
    const b = p[i] as [number, number];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len >= half && len > 0)
      return [round(a[0] + ((b[0] - a[0]) * half) / len), round(a[1] + ((b[1] - a[1]) * half) / len)];
    half -= len;
  }
  return (p[0] as [number, number]) ?? [0, 0];
}

function routeEdges(list: DiagramEdge[], items: Map<string, Item>, byId: Map<string, DiagramNode>): LaidOutEdge[] {
  const edges: LaidOutEdge[] = [];
  const supportRoute = new Map<string, LaidOutEdge>();
  const seen = new Set<string>();
  const rect = (it: Item) => ({ x: it.x, y: it.y, w: it.box.w, h: it.box.h });
  for (const e of list) {
    if (e.kind === 'challenge' || e.from === e.to || !byId.has(e.from) || !byId.has(e.to)) continue;
    const key = `${e.kind}\u0000${e.from}\u0000${e.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const a = items.get(e.from) as Item;
    const b = items.get(e.to) as Item;
    let out: LaidOutEdge;
    const base = { kind: e.kind, from: e.from, to: e.to };
    if (e.kind === 'context' && a.side.includes(b))
      out = { ...base, tree: true, curve: false, points: sideRoute(a, b) };
    else if (b.parent === a && !a.side.includes(b))
      out = { ...base, tree: true, curve: false, points: treeRoute(a, b) };
    else if (e.kind === 'context') {
      const right = b.x >= a.x + a.box.w;
      const pa = sidePoint(a.n.kind, rect(a), right ? 'right' : 'left', a.n.away);
      const pb = sidePoint(b.n.kind, rect(b), right ? 'left' : 'right', b.n.away);
      out = {
        ...base,
        tree: false,
        curve: true,
        points: curve([round(pa[0]), round(pa[1])], [round(pb[0]), round(pb[1])], false),
      };
    } else out = { ...base, tree: false, curve: true, points: curve(bottom(a), top(b), true) };
    edges.push(out);
    if (e.kind === 'support') supportRoute.set(`${e.from}\u0000${e.to}`, out);
  }
  for (const e of list) {
    if (e.kind !== 'challenge' || !byId.has(e.from) || !byId.has(e.to)) continue;
    const key = `c\u0000${e.from}\u0000${e.link ? `${e.link.from}>${e.link.to}` : e.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const dft = items.get(e.from) as Item;
    const t = items.get(e.to) as Item;
    const base = { kind: e.kind, from: e.from, to: e.to, ...(e.link ? { link: { ...e.link } } : {}) };
    if (e.link) {
      const route = supportRoute.get(`${e.link.from}\u0000${e.link.to}`);
      const target = route ? midpoint(route) : bottom(t);
      edges.push({ ...base, tree: false, curve: true, points: curve(top(dft), target, true) });
    } else {
      // To the target's bottom edge, a quarter of its width towards the defeater, clear of the support links below it.
      const [bx, by] = bottom(t);
      const toward = dft.x + dft.box.w / 2 >= bx ? 1 : -1;
      const target: [number, number] = [round(bx + (toward * t.box.w) / 4), by];
      edges.push({ ...base, tree: dft.parent === t, curve: true, points: curve(top(dft), target, true) });
    }
  }
  return edges;
}

/** Pairs of node boxes (with their decorations) that overlap: empty for a good layout. */
export function overlaps(l: DiagramLayout): [string, string][] {
  const boxes = l.nodes.map((n) => ({ id: n.id, x0: n.x, y0: n.y, x1: n.x + n.w, y1: n.y + n.h + n.box.decor }));
  boxes.sort((a, b) => a.x0 - b.x0 || (a.id < b.id ? -1 : 1));
  const out: [string, string][] = [];
  const eps = 0.01;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i] as (typeof boxes)[number];
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j] as (typeof boxes)[number];
      if (b.x0 >= a.x1 - eps) break;
      if (a.y0 < b.y1 - eps && b.y0 < a.y1 - eps) out.push([a.id, b.id]);
    }
  }
  return out;
}
