// The browser script of the HTML report and of the preview server's case page:
// pan and zoom, collapse and expand, search, the detail panel, keyboard
// navigation, and (in the preview) live updates over Server-Sent Events.
//
// Why it works on the pre-rendered SVG instead of re-running the layout in the
// page: the report must be byte-stable and readable without the script (print,
// no-JS readers), so the server-side SVG is the diagram; collapsing hides a
// subtree in place and keeps every other node where it was, so a reader does
// not lose their place, and the page needs no copy of the layout code (a
// smaller file, one layout implementation). The script builds every piece of
// user text with textContent, never innerHTML, so case text stays text.
//
// What it needs from the SVG (src/render/svg/svg.ts writes it): each node is a
// `g.node` whose id is the node id after the prefix the viewport names in
// `data-id-prefix` (or any element with `data-id`), and each edge an element
// with `data-from` and `data-to`.
import { Adjacency, LinkGraph } from '../model/graph.js';
import { inlineCodeParts } from '../output/inline-code.js';
import type { ReportData, ReportEvidence, ReportNode } from '../render/report/data.js';
import { allResults, resultParts } from '../render/report/result-words.js';

type View = { x: number; y: number; w: number; h: number };

const SVG_NS = 'http://www.w3.org/2000/svg';
const ZOOM_STEP = 1.25;
const MIN_SCALE = 0.05;
const MAX_SCALE = 8;

interface Bound {
  data: ReportData;
  byId: Map<string, ReportNode>;
  evidence: Map<string, ReportEvidence>;
  /** The diagram's links: a node to its children and contexts, a defeater to what it challenges. */
  graph: LinkGraph<DiagramLink>;
  /** Up from a node to its parents, and from a defeater to what it challenges: built on first use. */
  up?: Adjacency;
  viewport: HTMLElement;
  svg: SVGSVGElement | null;
  nodeEls: Map<string, SVGElement>;
  edgeEls: SVGElement[];
  base: View;
  detail: HTMLElement;
  search: HTMLInputElement | null;
  count: HTMLElement | null;
}

const state = {
  collapsed: new Set<string>(),
  selected: undefined as string | undefined,
  focusable: undefined as string | undefined,
  view: undefined as View | undefined,
  matches: [] as string[],
  matchAt: -1,
  query: '',
  baseKey: '',
};

let b: Bound;
/** False while the page shows no diagram (the preview of a case that does not load). */
let ready = false;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { text?: string; cls?: string; attrs?: Record<string, string> } = {},
  ...kids: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.text !== undefined) e.textContent = props.text;
  if (props.cls) e.className = props.cls;
  for (const [k, v] of Object.entries(props.attrs ?? {})) e.setAttribute(k, v);
  for (const k of kids) if (k) e.append(k);
  return e;
}

/** A message or hint with its backtick spans as <code> elements (as the static report shows them). */
function inline(s: string): (Node | string)[] {
  return inlineCodeParts(s).map((p) => (p.code ? el('code', { text: p.text }) : p.text));
}

function readData(): ReportData {
  const script = document.getElementById('warrant-data');
  return JSON.parse(script?.textContent ?? '{}') as ReportData;
}

function kindLabel(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

function nodeLabel(n: ReportNode): string {
  const status = n.status
    ? `, ${n.status.label}`
    : n.defeater
      ? `, ${n.defeater.status}`
      : n.undeveloped
        ? ', undeveloped'
        : '';
  const findings = n.findings.length ? `, ${n.findings.length} finding${n.findings.length === 1 ? '' : 's'}` : '';
  return `${kindLabel(n.kind)} ${n.id}${status}${findings}: ${n.text}`;
}

// ---- binding -------------------------------------------------------------------

function bind(): void {
  ready = false;
  if (!document.getElementById('warrant-data') || !document.getElementById('viewport')) return;
  const data = readData();
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const viewport = document.getElementById('viewport')!;
  const svg = viewport.querySelector('svg');
  const nodeEls = new Map<string, SVGElement>();
  const edgeEls: SVGElement[] = [];
  if (svg) {
    const prefix = viewport.getAttribute('data-id-prefix') ?? '';
    for (const e of svg.querySelectorAll<SVGElement>('[data-id], g.node[id]')) {
      let id = e.getAttribute('data-id');
      if (id === null) {
        if (!e.id.startsWith(prefix)) continue;
        id = e.id.slice(prefix.length);
        e.setAttribute('data-id', id);
      }
      if (!byId.has(id) || nodeEls.has(id)) continue;
      nodeEls.set(id, e);
    }
    for (const e of svg.querySelectorAll<SVGElement>('[data-from][data-to]')) edgeEls.push(e);
  }
  b = {
    data,
    byId,
    evidence: new Map(data.evidence.map((e) => [e.id, e])),
    graph: graphOf(data),
    viewport,
    svg,
    nodeEls,
    edgeEls,
    base: baseView(svg),
    detail: document.getElementById('detail')!,
    search: document.getElementById('search') as HTMLInputElement | null,
    count: document.getElementById('search-count'),
  };
  // The SVG is an image (role img, with its title and description) when read
  // without the script; with it, its nodes are controls, so it becomes a group.
  if (svg) {
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', viewport.getAttribute('aria-label') ?? 'Argument diagram');
    svg.removeAttribute('aria-labelledby');
  }
  for (const [id, e] of nodeEls) {
    const n = byId.get(id)!;
    e.setAttribute('tabindex', '-1');
    e.setAttribute('role', 'button');
    e.setAttribute('aria-label', nodeLabel(n));
    e.setAttribute('focusable', 'true');
  }
  // Only ids that still exist survive an update.
  for (const id of [...state.collapsed]) if (!byId.has(id)) state.collapsed.delete(id);
  if (state.selected && !byId.has(state.selected)) state.selected = undefined;
  if (state.focusable && !nodeEls.has(state.focusable)) state.focusable = undefined;
  setRoving(state.focusable ?? data.roots.find((r) => nodeEls.has(r)) ?? nodeEls.keys().next().value);
  applyCollapse();
  // A live update keeps the reader's pan and zoom while the diagram keeps its size.
  const key = `${b.base.x} ${b.base.y} ${b.base.w} ${b.base.h}`;
  applyView(state.view && state.baseKey === key ? state.view : b.base);
  state.baseKey = key;
  if (state.query && b.search) {
    b.search.value = state.query;
    runSearch(state.query, false);
  }
  if (state.selected) {
    nodeEls.get(state.selected)?.classList.add('w-selected');
    showDetail(state.selected);
  }
  ready = true;
}

type DiagramLink = 'child' | 'context' | 'challenge';

/** What a defeater's challenge points at: the node, or the target of the challenged link. */
function challengeTarget(c: string): string {
  return c.includes('->') ? c.split('->')[1]!.trim() : c.trim();
}

function graphOf(data: ReportData): LinkGraph<DiagramLink> {
  const links: { kind: DiagramLink; from: string; to: string }[] = [];
  for (const n of data.nodes) {
    for (const to of n.children) links.push({ kind: 'child', from: n.id, to });
    for (const to of n.contexts) links.push({ kind: 'context', from: n.id, to });
    for (const c of n.defeater?.challenges ?? []) links.push({ kind: 'challenge', from: n.id, to: challengeTarget(c) });
  }
  return LinkGraph.fromLinks(
    data.nodes.map((n) => n.id),
    ['child', 'context', 'challenge'],
    links,
  );
}

const BELOW: readonly DiagramLink[] = ['child', 'context'];

function baseView(svg: SVGSVGElement | null): View {
  if (!svg) return { x: 0, y: 0, w: 100, h: 100 };
  const vb = svg
    .getAttribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (vb && vb.length === 4 && vb.every(Number.isFinite) && vb[2]! > 0 && vb[3]! > 0)
    return { x: vb[0]!, y: vb[1]!, w: vb[2]!, h: vb[3]! };
  const w = Number.parseFloat(svg.getAttribute('width') ?? '') || 1000;
  const h = Number.parseFloat(svg.getAttribute('height') ?? '') || 800;
  return { x: 0, y: 0, w, h };
}

// ---- pan and zoom --------------------------------------------------------------

function applyView(v: View): void {
  state.view = v;
  b.svg?.setAttribute('viewBox', `${round(v.x)} ${round(v.y)} ${round(v.w)} ${round(v.h)}`);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Zoom by `factor` (>1 zooms in) keeping the point (cx, cy) in diagram units where it is. */
function zoom(factor: number, cx?: number, cy?: number): void {
  const v = state.view ?? b.base;
  const scale = b.base.w / (v.w / factor);
  if (scale < MIN_SCALE || scale > MAX_SCALE) return;
  const px = cx ?? v.x + v.w / 2;
  const py = cy ?? v.y + v.h / 2;
  applyView({ x: px - (px - v.x) / factor, y: py - (py - v.y) / factor, w: v.w / factor, h: v.h / factor });
}

function pan(dxFrac: number, dyFrac: number): void {
  const v = state.view ?? b.base;
  applyView({ ...v, x: v.x + v.w * dxFrac, y: v.y + v.h * dyFrac });
}

/** Client (screen) coordinates to diagram units. */
function toDiagram(clientX: number, clientY: number): { x: number; y: number } {
  const m = b.svg?.getScreenCTM();
  if (!b.svg || !m) return { x: 0, y: 0 };
  const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
  return { x: p.x, y: p.y };
}

/** Bring a node into view, zooming in if the diagram is shown too small to read it. */
function reveal(id: string): void {
  const e = b.nodeEls.get(id);
  if (!e || !b.svg) return;
  const r = e.getBoundingClientRect();
  if (!r.width && !r.height) return;
  const a = toDiagram(r.left, r.top);
  const z = toDiagram(r.right, r.bottom);
  const v = state.view ?? b.base;
  const vp = b.viewport.getBoundingClientRect();
  let w = v.w;
  let h = v.h;
  // Readable: the node at least a fifth of the viewport's width.
  if (vp.width && r.width < vp.width / 5) {
    const f = Math.min(r.width ? vp.width / 5 / r.width : 1, (b.base.w / v.w) * MAX_SCALE);
    if (f > 1) {
      w = v.w / f;
      h = v.h / f;
    }
  }
  const cx = (a.x + z.x) / 2;
  const cy = (a.y + z.y) / 2;
  const inside = a.x >= v.x && z.x <= v.x + v.w && a.y >= v.y && z.y <= v.y + v.h;
  if (inside && w === v.w) return;
  applyView({ x: cx - w / 2, y: cy - h / 2, w, h });
}

// ---- collapse ------------------------------------------------------------------

/**
 * Nodes shown: those reachable from the roots without passing below a
 * collapsed node; a defeater (and what supports it) while something it
 * challenges is shown; nodes nothing reaches (orphans), always.
 */
function visibleSet(): Set<string> {
  const { graph } = b;
  // Down children and contexts, but not below a collapsed node.
  const walk = (from: Iterable<string>) =>
    graph.below(from, BELOW, { expand: (v) => !state.collapsed.has(graph.id(v)) });
  const defeaters = b.data.nodes.filter((n) => n.kind === 'defeater' && n.defeater);
  // What the roots and the defeaters reach; anything else cannot be hidden by a parent.
  const reachable = graph.below([...b.data.roots, ...defeaters.map((d) => d.id)], BELOW);
  const seen = new Set([
    ...walk(b.data.roots),
    ...walk(b.data.nodes.filter((n) => !reachable.has(n.id)).map((n) => n.id)),
  ]);
  // A challenged link is drawn to its target: the defeater shows while that end does.
  // Defeaters can challenge what supports other defeaters: repeat until nothing changes.
  const pending = new Set(defeaters);
  for (let changed = true; changed; ) {
    changed = false;
    for (const d of pending) {
      const targets = d.defeater!.challenges.map(challengeTarget);
      if (!targets.length || targets.some((t) => seen.has(t) || !b.byId.has(t))) {
        pending.delete(d);
        for (const k of walk([d.id])) seen.add(k);
        changed = true;
      }
    }
  }
  return seen;
}

/** How many nodes below `id` (children and contexts) are hidden: not visible, and below no visible node. */
function hiddenBelow(id: string, visible: Set<string>): number {
  const { graph } = b;
  const from = graph.targets(id, BELOW).filter((k) => !visible.has(k));
  return graph.below(from, BELOW, { enter: (w) => !visible.has(graph.id(w)) }).size;
}

function applyCollapse(): void {
  if (!b.svg) return;
  const visible = visibleSet();
  // Only elements whose state changes are touched: on a large diagram each
  // class change costs style and layout work.
  for (const [id, e] of b.nodeEls) {
    setHidden(e, !visible.has(id));
    const n = b.byId.get(id)!;
    if (n.children.length + n.contexts.length > 0) {
      const expanded = String(!state.collapsed.has(id));
      if (e.getAttribute('aria-expanded') !== expanded) e.setAttribute('aria-expanded', expanded);
    }
  }
  for (const e of b.edgeEls) {
    const from = e.getAttribute('data-from')!;
    const to = e.getAttribute('data-to')!;
    const n = b.byId.get(from);
    const below = state.collapsed.has(from) && n !== undefined && (n.children.includes(to) || n.contexts.includes(to));
    setHidden(e, below || !visible.has(from) || !visible.has(to));
  }
  for (const old of b.svg.querySelectorAll('.w-badge')) old.remove();
  for (const id of state.collapsed) {
    const e = b.nodeEls.get(id);
    if (!e || !visible.has(id)) continue;
    const count = hiddenBelow(id, visible);
    if (!count) continue;
    let box: DOMRect;
    try {
      box = (e as SVGGraphicsElement).getBBox();
    } catch {
      continue;
    }
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', 'w-badge');
    g.setAttribute('aria-hidden', 'true');
    const label = `+${count}`;
    const w = 12 + label.length * 8;
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(box.x + box.width / 2 - w / 2));
    rect.setAttribute('y', String(box.y + box.height + 4));
    rect.setAttribute('width', String(w));
    rect.setAttribute('height', '18');
    rect.setAttribute('rx', '9');
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(box.x + box.width / 2));
    text.setAttribute('y', String(box.y + box.height + 17));
    text.setAttribute('text-anchor', 'middle');
    text.textContent = label;
    g.append(rect, text);
    e.append(g);
  }
}

const hiddenNow = new WeakSet<Element>();

function setHidden(e: Element, hide: boolean): void {
  if (hide === hiddenNow.has(e)) return;
  if (hide) hiddenNow.add(e);
  else hiddenNow.delete(e);
  e.classList.toggle('w-hidden', hide);
}

function toggleCollapse(id: string, collapse?: boolean): void {
  const n = b.byId.get(id);
  if (!n || n.children.length + n.contexts.length === 0) return;
  const to = collapse ?? !state.collapsed.has(id);
  if (to) state.collapsed.add(id);
  else state.collapsed.delete(id);
  applyCollapse();
  if (state.selected === id) showDetail(id);
}

/** Expand every collapsed node above `id` (up its parents, and from a defeater to what it challenges), so that it can be shown. */
function expandTo(id: string): void {
  const { graph } = b;
  b.up ??= Adjacency.merge([graph.adjacency(BELOW, true), graph.adjacency('challenge')]);
  for (const k of graph.below(id, b.up)) if (k !== id) state.collapsed.delete(k);
  applyCollapse();
}

// ---- focus and keyboard --------------------------------------------------------

function setRoving(id: string | undefined): void {
  if (state.focusable && state.focusable !== id) b.nodeEls.get(state.focusable)?.setAttribute('tabindex', '-1');
  state.focusable = id;
  if (id) b.nodeEls.get(id)?.setAttribute('tabindex', '0');
}

function focusNode(id: string): void {
  const e = b.nodeEls.get(id);
  if (!e) return;
  if (hiddenNow.has(e)) expandTo(id);
  setRoving(id);
  reveal(id);
  e.focus({ preventScroll: true });
}

function isShown(id: string): boolean {
  const e = b.nodeEls.get(id);
  return Boolean(e && !hiddenNow.has(e));
}

function neighbour(id: string, key: string): string | undefined {
  const n = b.byId.get(id);
  if (!n) return undefined;
  if (key === 'ArrowDown') return [...n.children, ...n.contexts, ...n.challengedBy].find(isShown);
  const parent = b.graph.sources(id, BELOW).find(isShown) ?? (n.defeater ? n.challengedBy[0] : undefined);
  const defeaterTarget = n.defeater?.challenges.map(challengeTarget).find(isShown);
  if (key === 'ArrowUp') return parent ?? defeaterTarget;
  const p = parent ? b.byId.get(parent) : undefined;
  if (!p) {
    const roots = b.data.roots.filter(isShown);
    const i = roots.indexOf(id);
    return i === -1 ? undefined : roots[i + (key === 'ArrowRight' ? 1 : -1)];
  }
  const sibs = [...p.contexts, ...p.children].filter(isShown);
  const i = sibs.indexOf(id);
  return sibs[i + (key === 'ArrowRight' ? 1 : -1)];
}

function onViewportKey(ev: KeyboardEvent): void {
  const target = ev.target as Element;
  const nodeId = target.getAttribute?.('data-id');
  if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
  if (ev.key === '+' || ev.key === '=') zoom(ZOOM_STEP);
  else if (ev.key === '-' || ev.key === '_') zoom(1 / ZOOM_STEP);
  else if (ev.key === '0') applyView(b.base);
  else if (nodeId && b.byId.has(nodeId)) {
    if (ev.key === 'Enter' || ev.key === ' ') select(nodeId, false);
    else if (ev.key === 'c' || ev.key === 'C') toggleCollapse(nodeId);
    else if (ev.key === 'Escape') b.viewport.focus();
    else if (ev.key.startsWith('Arrow')) {
      const next = neighbour(nodeId, ev.key);
      if (next) focusNode(next);
    } else return;
  } else if (ev.key === 'ArrowLeft') pan(-0.1, 0);
  else if (ev.key === 'ArrowRight') pan(0.1, 0);
  else if (ev.key === 'ArrowUp') pan(0, -0.1);
  else if (ev.key === 'ArrowDown') pan(0, 0.1);
  else if (ev.key === 'Enter' && state.focusable) focusNode(state.focusable);
  else return;
  ev.preventDefault();
}

// ---- selection and the detail panel ------------------------------------------------

function select(id: string, moveFocus: boolean): void {
  if (!b.byId.has(id)) return;
  if (state.selected) b.nodeEls.get(state.selected)?.classList.remove('w-selected');
  state.selected = id;
  b.nodeEls.get(id)?.classList.add('w-selected');
  if (moveFocus) focusNode(id);
  else setRoving(id);
  showDetail(id);
}

function nodeRef(id: string): HTMLElement {
  const n = b.byId.get(id);
  const a = el('a', { cls: 'ref', attrs: { href: `#outline-${id}`, 'data-node': id } }, el('code', { text: id }));
  return n ? el('span', {}, a, ` ${n.text}`) : el('code', { text: id });
}

function dlRows(rows: [string, Node | string | undefined][]): HTMLElement | null {
  const d = el('dl');
  for (const [k, v] of rows) if (v !== undefined && v !== '') d.append(el('dt', { text: k }), el('dd', {}, v));
  return d.childElementCount ? d : null;
}

function listOf(title: string, ids: string[]): HTMLElement | null {
  if (!ids.length) return null;
  return el('div', {}, el('h4', { text: title }), el('ul', {}, ...ids.map((id) => el('li', {}, nodeRef(id)))));
}

function evidenceItem(id: string): HTMLElement {
  const e = b.evidence.get(id);
  if (!e) return el('div', { cls: 'item' }, el('code', { text: id }), ' is not in the evidence registry.');
  const rs = allResults(e);
  const result = rs.length
    ? rs.map((r) => resultParts(r).join('; ') + (r.summary ? `. ${r.summary}` : '')).join(' | ')
    : 'no result recorded';
  const measured = e.measured
    ? Object.entries(e.measured)
        .map(([k, v]) => `${k.replace(/_/g, ' ')}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
        .join('; ')
    : undefined;
  const findings = e.findings
    .map((i) => b.data.findings[i]!)
    .map((f) =>
      el('li', {}, el('span', { cls: `sev sev-${f.severity}`, text: f.severity }), ` ${f.code}: ${f.message}`),
    );
  return el(
    'div',
    { cls: 'item' },
    el('strong', { text: e.title }),
    ' ',
    el('code', { text: e.id }),
    e.status ? ' ' : null,
    e.status ? el('span', { cls: `status status-${e.status.status}`, text: e.status.label }) : null,
    e.status?.reasons.length ? reasonList(e.status.reasons) : null,
    dlRows([
      ['Kind', `${e.kind} (${e.sourceType})`],
      ['Build measured', e.build ? `${e.model ? `${e.model} ` : ''}${e.build}` : 'not stated'],
      ['Configuration', measured],
      [
        'Date',
        e.date + (e.expires ? `, expires ${e.expires}` : e.validForDays ? `, valid ${e.validForDays} days` : ''),
      ],
      ['Produced by', e.producedBy + (e.external ? ' (external)' : '') + (e.replicated ? ' (replicated)' : '')],
      ['Environment', e.environment],
      ['Artefact', e.artefact?.uri],
      ['sha256', e.artefact?.sha256 ?? (e.artefact ? 'not recorded' : undefined)],
      ['Result', result],
      ['Polarity', e.polarity],
      ['Tier', e.tier],
      ['Notes', e.notes],
    ]),
    findings.length ? el('ul', {}, ...findings) : null,
  );
}

function reasonList(reasons: { message: string; node?: string; evidence?: string }[]): HTMLElement {
  return el(
    'ul',
    {},
    ...reasons.map((r) =>
      el(
        'li',
        {},
        r.message,
        r.node ? ' (' : '',
        r.node
          ? el(
              'a',
              { cls: 'ref', attrs: { href: `#outline-${r.node}`, 'data-node': r.node } },
              el('code', { text: r.node }),
            )
          : null,
        r.node ? ')' : '',
        r.evidence ? ` (${r.evidence})` : '',
      ),
    ),
  );
}

function showDetail(id: string): void {
  const n = b.byId.get(id);
  if (!n) return;
  const d = b.detail;
  d.replaceChildren();
  d.append(...statusPart(n));
  const facts = dlRows([
    ['Status', n.status ? undefined : n.defeater ? undefined : 'not computed for this kind'],
    ['Undeveloped', n.undeveloped ? 'yes' : undefined],
    [
      'Alternatives',
      n.alternatives
        ? `any ${n.alternatives.atLeast} of its ${n.alternatives.of} supporting nodes: ${n.alternatives.justification}`
        : undefined,
    ],
    ['Marked defeated', n.defeated ? 'yes' : undefined],
    ['Owner', n.owner],
    ['Tier', n.tier],
    ['Module', n.module],
    ['Source', `${n.file}:${n.line}`],
    ['Addresses', n.addresses?.join(', ')],
    ['Criteria', n.criteria?.join(', ')],
  ]);
  if (facts) d.append(facts);
  if (n.defeater) d.append(...defeaterPart(n.defeater));
  if (n.children.length + n.contexts.length > 0) d.append(collapseButton(id));
  for (const part of [listOf('Supported by', n.children), listOf('In context of', n.contexts)])
    if (part) d.append(part);
  if (n.evidence.length)
    d.append(
      el('h4', { text: n.kind === 'defeater' ? 'Counter-evidence' : 'Evidence' }),
      ...n.evidence.map(evidenceItem),
    );
  if (n.challengedBy.length)
    d.append(el('h4', { text: 'Defeaters challenging it' }), ...n.challengedBy.map(challenger));
  d.append(...findingsPart(n));
}

/** The title with the status, the text, and why the node has its status. */
function statusPart(n: ReportNode): HTMLElement[] {
  const title = el('h3', {}, `${kindLabel(n.kind)} `, el('code', { text: n.id }), ' ');
  if (n.status) title.append(el('span', { cls: `status status-${n.status.status}`, text: n.status.label }));
  const out: HTMLElement[] = [title, el('p', { cls: 'node-text', text: n.text })];
  if (n.status?.reasons.length) out.push(el('h4', { text: 'Why this status' }), reasonList(n.status.reasons));
  if (n.status?.resolved?.length)
    out.push(el('h4', { text: 'Resolved defeaters (no effect on the status)' }), reasonList(n.status.resolved));
  return out;
}

function defeaterPart(f: NonNullable<ReportNode['defeater']>): (HTMLElement | string)[] {
  const res = f.resolution;
  return [
    el('h4', { text: `Defeater (${f.form}, ${f.status})` }),
    dlRows([
      ['Challenges', f.challenges.join('; ')],
      ['Due', f.due],
      ['Resolution', res?.summary],
      ['Resolved by', res?.refs.join(', ')],
      ['Owner', res?.owner],
      ['Date', res?.date],
      ['Signed off by', res?.signedOffBy],
    ]) ?? '',
  ];
}

function collapseButton(id: string): HTMLElement {
  const collapsed = state.collapsed.has(id);
  const btn = el('button', {
    text: collapsed ? 'Expand branch' : 'Collapse branch',
    attrs: { type: 'button', 'data-toggle': id, 'aria-pressed': String(collapsed) },
  });
  return el('p', {}, btn);
}

/** A defeater challenging the node shown, with its state and resolution. */
function challenger(k: string): HTMLElement {
  const x = b.byId.get(k);
  const f = x?.defeater;
  return el(
    'div',
    { cls: 'item' },
    el('a', { cls: 'ref', attrs: { href: `#outline-${k}`, 'data-node': k } }, el('code', { text: k })),
    f ? ` ${f.status} ${f.form}` : '',
    el('div', { text: x?.text ?? '' }),
    f?.resolution ? el('div', { cls: 'hint', text: `Resolution: ${f.resolution.summary}` }) : null,
    f?.due ? el('div', { cls: 'hint', text: `Due ${f.due}` }) : null,
  );
}

function findingsPart(n: ReportNode): HTMLElement[] {
  if (!n.findings.length) return [el('p', { cls: 'none', text: 'No findings on this node.' })];
  const items = n.findings.map((i) => {
    const f = b.data.findings[i]!;
    return el(
      'li',
      {},
      el('span', { cls: `sev sev-${f.severity}`, text: f.severity }),
      ' ',
      el('code', { text: f.code }),
      ' ',
      ...inline(f.message),
      ' ',
      el('code', { cls: 'loc', text: `${f.file}:${f.line}:${f.col}` }),
      f.hint ? el('div', { cls: 'hint' }, ...inline(f.hint)) : null,
    );
  });
  return [el('h4', { text: 'Findings' }), el('ul', {}, ...items)];
}

// ---- search --------------------------------------------------------------------

function runSearch(q: string, jump: boolean): void {
  state.query = q;
  const needle = q.trim().toLowerCase();
  state.matches = needle
    ? b.data.nodes
        .filter((n) => n.id.toLowerCase().includes(needle) || n.text.toLowerCase().includes(needle))
        .map((n) => n.id)
    : [];
  state.matchAt = -1;
  const set = new Set(state.matches);
  for (const [id, e] of b.nodeEls) {
    e.classList.toggle('w-match', set.has(id));
    e.classList.toggle('w-dim', Boolean(needle) && !set.has(id));
  }
  if (b.count)
    b.count.textContent = !needle
      ? ''
      : state.matches.length
        ? `${state.matches.length} match${state.matches.length === 1 ? '' : 'es'}`
        : 'No match';
  if (jump && state.matches.length) nextMatch(1);
}

function nextMatch(dir: number): void {
  if (!state.matches.length) return;
  state.matchAt = (state.matchAt + dir + state.matches.length) % state.matches.length;
  const id = state.matches[state.matchAt]!;
  expandTo(id);
  select(id, false);
  reveal(id);
  if (b.count) b.count.textContent = `${state.matchAt + 1} of ${state.matches.length}`;
}

// ---- events (bound once; they look up the current binding) ---------------------------

function install(): void {
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKeydown);
  document.addEventListener('input', (ev) => {
    if (!ready) return;
    if (ev.target === b.search) runSearch(b.search!.value, false);
  });
  document.addEventListener(
    'wheel',
    (ev) => {
      if (!ready || !b.viewport.contains(ev.target as Node)) return;
      ev.preventDefault();
      const p = toDiagram(ev.clientX, ev.clientY);
      zoom(ev.deltaY < 0 ? 1.1 : 1 / 1.1, p.x, p.y);
    },
    { passive: false },
  );
  installDrag();
  // A printout shows the whole diagram, expanded; the reader's view comes back after.
  let saved: View | undefined;
  window.addEventListener('beforeprint', () => {
    if (!ready) return;
    saved = state.view;
    applyView(b.base);
  });
  window.addEventListener('afterprint', () => {
    if (ready && saved) applyView(saved);
  });
}

/** Clicks: a collapse toggle, a link to a node, or a toolbar action. */
function onClick(ev: MouseEvent): void {
  if (!ready) return;
  const t = ev.target as Element;
  const toggle = t.closest?.('[data-toggle]');
  if (toggle) {
    toggleCollapse(toggle.getAttribute('data-toggle')!);
    return;
  }
  const link = t.closest?.('a[data-node]');
  if (link) {
    ev.preventDefault();
    const id = link.getAttribute('data-node')!;
    expandTo(id);
    select(id, true);
    b.viewport.scrollIntoView({ block: 'nearest' });
    return;
  }
  const action = t.closest?.('[data-action]')?.getAttribute('data-action');
  if (action === 'zoom-in') zoom(ZOOM_STEP);
  else if (action === 'zoom-out') zoom(1 / ZOOM_STEP);
  else if (action === 'fit') applyView(b.base);
  else if (action === 'expand-all') {
    state.collapsed.clear();
    applyCollapse();
  } else if (action === 'collapse-all') {
    state.collapsed = new Set(b.data.roots.filter((r) => (b.byId.get(r)?.children.length ?? 0) > 0));
    applyCollapse();
  }
}

/** Keys: "/" to search, the search box's own keys, and the diagram's. */
function onKeydown(ev: KeyboardEvent): void {
  if (!ready) return;
  const t = ev.target as Element;
  if (ev.key === '/' && !(t instanceof HTMLInputElement) && !(t instanceof HTMLTextAreaElement)) {
    ev.preventDefault();
    b.search?.focus();
    return;
  }
  if (t === b.search) onSearchKey(ev);
  else if (b.viewport.contains(t)) onViewportKey(ev);
}

function onSearchKey(ev: KeyboardEvent): void {
  if (ev.key === 'Enter') {
    ev.preventDefault();
    if (state.matchAt === -1 && state.matches.length) nextMatch(1);
    else nextMatch(ev.shiftKey ? -1 : 1);
    if (state.selected && ev.altKey) focusNode(state.selected);
  } else if (ev.key === 'Escape') {
    b.search!.value = '';
    runSearch('', false);
  } else if (ev.key === 'ArrowDown' && state.selected) {
    ev.preventDefault();
    focusNode(state.selected);
  }
}

/** Panning by dragging the diagram; a press that does not move is a click on a node. */
function installDrag(): void {
  let drag: { x: number; y: number; view: View; moved: boolean; id: number } | undefined;
  document.addEventListener('pointerdown', (ev) => {
    if (!ready || !b.viewport.contains(ev.target as Node) || ev.button !== 0) return;
    drag = { x: ev.clientX, y: ev.clientY, view: { ...(state.view ?? b.base) }, moved: false, id: ev.pointerId };
  });
  document.addEventListener('pointermove', (ev) => {
    if (!ready || !drag || ev.pointerId !== drag.id) return;
    const dx = ev.clientX - drag.x;
    const dy = ev.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      b.viewport.classList.add('dragging');
      b.viewport.setPointerCapture?.(ev.pointerId);
    }
    const r = b.viewport.getBoundingClientRect();
    const v = drag.view;
    // One screen pixel in diagram units, as "meet" scaling shows it.
    const unit = Math.max(v.w / r.width, v.h / r.height);
    applyView({ ...v, x: v.x - dx * unit, y: v.y - dy * unit });
  });
  const end = (ev: PointerEvent) => {
    if (!ready || !drag || ev.pointerId !== drag.id) return;
    const moved = drag.moved;
    drag = undefined;
    b.viewport.classList.remove('dragging');
    if (moved || ev.type === 'pointercancel') return;
    const node = (ev.target as Element).closest?.('[data-id]');
    const id = node?.getAttribute('data-id');
    if (id && b.byId.has(id)) {
      // A clicked node is already in view: select and focus it without moving the diagram.
      select(id, false);
      (node as SVGElement).focus({ preventScroll: true });
    }
  };
  document.addEventListener('pointerup', end);
  document.addEventListener('pointercancel', end);
}

// ---- live updates (preview server) -----------------------------------------------------

interface LiveUpdate {
  /** New inner HTML of #live: the whole report body, rendered by the server. */
  body: string;
  /** Short status for the toolbar. */
  message: string;
}

function connectLive(url: string): void {
  const source = new EventSource(url);
  let updates = 0;
  source.addEventListener('update', (ev) => {
    const u = JSON.parse((ev as MessageEvent<string>).data) as LiveUpdate;
    const live = document.getElementById('live');
    if (!live) return;
    const active = document.activeElement;
    const searchFocused = active?.id === 'search';
    const focusedNode = active?.getAttribute?.('data-id');
    live.innerHTML = u.body;
    updates++;
    bind();
    document.body.setAttribute('data-updates', String(updates));
    const status = document.getElementById('live-status');
    if (status) status.textContent = `${u.message} (update ${updates})`;
    if (!ready) {
      if (status) status.textContent = u.message;
      return;
    }
    if (searchFocused) b.search?.focus();
    else if (focusedNode && b.nodeEls.has(focusedNode)) b.nodeEls.get(focusedNode)!.focus({ preventScroll: true });
  });
  source.addEventListener('error', () => {
    const status = document.getElementById('live-status');
    if (status) status.textContent = 'Connection to the preview server lost; retrying.';
  });
  source.addEventListener('open', () => {
    const status = document.getElementById('live-status');
    if (status && updates === 0) status.textContent = 'Watching for changes';
  });
}

function start(): void {
  bind();
  install();
  const events = document.body.getAttribute('data-events');
  if (events) connectLive(events);
  document.body.setAttribute('data-ready', 'true');
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
