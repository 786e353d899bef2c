// A laid-out diagram as SVG in GSN notation. Deterministic: the same layout
// gives the same bytes (fixed number format, nodes in case order, edges in
// layout order). Every node is a <g> whose id is the node id, with a <title>
// (its id, kind, status and text: the text alternative) and classes naming
// its kind and status, so pages can style, find and link to nodes.
import { STATUS_LABELS, SUPPORT_STATUSES, type SupportStatus } from '../../analysis/status-types.js';
import type { DiagramKind } from '../diagram.js';
import {
  AWAY_BAND,
  CENTRED,
  CHAMFER,
  FONT_SIZE,
  FOOTER_HEIGHT,
  FOOTER_SIZE,
  HEADER_HEIGHT,
  HEADER_SIZE,
  LINE_HEIGHT,
  PARAGRAPH_GAP,
  SKEW,
} from '../layout/shapes.js';
import type { DiagramLayout, LaidOutEdge, LaidOutNode } from '../layout/tree.js';
import type { Span } from '../text/markdown.js';
import { textWidth } from '../text/measure.js';
import { type Theme, themeCss } from './theme.js';
import { escapeAttr, escapeText, num } from './xml.js';

export interface SvgOptions {
  /** light (default), dark, or auto (follows the reader's colour scheme). */
  theme?: Theme;
  /** Draw the legend under the diagram (default true). */
  legend?: boolean;
  /** Prefix for every id in the SVG (node ids, markers), for several diagrams in one page. Default none. */
  idPrefix?: string;
  /** Include the <style> block (default true); a page that includes themeCss() once may leave it out. */
  style?: boolean;
  /** Start with an XML declaration (default true). */
  xmlDeclaration?: boolean;
}

const KIND_NAMES: Record<DiagramKind, string> = {
  claim: 'claim',
  strategy: 'strategy',
  evidence: 'evidence',
  context: 'context',
  assumption: 'assumption',
  justification: 'justification',
  defeater: 'defeater',
};

const LEGEND_ROW = 26;

export function renderSvg(layout: DiagramLayout, options: SvgOptions = {}): string {
  const theme = options.theme ?? 'light';
  const pre = options.idPrefix ?? '';
  const ids = {
    title: `${pre}_w-title`,
    desc: `${pre}_w-desc`,
    solid: `${pre}_w-arrow-solid`,
    hollow: `${pre}_w-arrow-hollow`,
    challenge: `${pre}_w-arrow-challenge`,
  };
  const legend = options.legend === false ? undefined : legendOf(layout, ids);
  const width = Math.max(layout.width, legend?.width ?? 0);
  const height = layout.height + (legend?.height ?? 0);
  const g = layout.graph;
  const out: string[] = [];
  if (options.xmlDeclaration !== false) out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
      `class="warrant-diagram theme-${theme}" width="${num(width)}" height="${num(height)}" ` +
      `viewBox="0 0 ${num(width)} ${num(height)}" role="img" ` +
      `aria-labelledby="${escapeAttr(ids.title)} ${escapeAttr(ids.desc)}" data-case="${escapeAttr(g.caseId)}">`,
  );
  const title = `${g.title} (${g.caseId})${g.view ? `: ${g.view}` : ''}: argument diagram`;
  out.push(`<title id="${escapeAttr(ids.title)}">${escapeText(title)}</title>`);
  out.push(`<desc id="${escapeAttr(ids.desc)}">${escapeText(describe(layout))}</desc>`);
  if (options.style !== false) out.push(`<style>\n${themeCss()}\n</style>`);
  out.push('<defs>');
  out.push(arrowMarker(ids.solid, '0 0 10 10', 9, 'arrow-solid'));
  out.push(arrowMarker(ids.hollow, '-1 -1 12 12', 11, 'arrow-hollow'));
  out.push(arrowMarker(ids.challenge, '0 0 10 10', 10, 'arrow-challenge'));
  out.push('</defs>');
  out.push(`<rect class="bg" x="0" y="0" width="${num(width)}" height="${num(height)}"/>`);
  out.push('<g class="edges">');
  for (const e of layout.edges) out.push(edgeSvg(e, ids));
  out.push('</g>');
  out.push('<g class="nodes">');
  for (const n of layout.nodes) out.push(nodeSvg(n, pre));
  out.push('</g>');
  if (legend) out.push(`<g class="legend" transform="translate(0 ${num(layout.height)})">${legend.svg}</g>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** An arrowhead for link ends, `size` pixels square. */
function arrowMarker(id: string, viewBox: string, size: number, cls: string): string {
  return (
    `<marker id="${escapeAttr(id)}" viewBox="${viewBox}" refX="10" refY="5" ` +
    `markerWidth="${size}" markerHeight="${size}" markerUnits="userSpaceOnUse" orient="auto">` +
    `<path class="${cls}" d="M0 0L10 5L0 10z"/></marker>`
  );
}

function describe(l: DiagramLayout): string {
  const kinds = new Map<string, number>();
  const statuses = new Map<string, number>();
  for (const n of l.nodes) {
    kinds.set(n.node.kind, (kinds.get(n.node.kind) ?? 0) + 1);
    if (n.node.status) statuses.set(n.node.status, (statuses.get(n.node.status) ?? 0) + 1);
  }
  const k = [...kinds].map(([kind, c]) => `${c} ${kind}`).join(', ');
  const s = SUPPORT_STATUSES.filter((x) => statuses.has(x))
    .map((x) => `${statuses.get(x)} ${STATUS_LABELS[x]}`)
    .join(', ');
  const asOf = l.graph.asOf ? ` as of ${l.graph.asOf}` : '';
  return `${l.nodes.length} nodes (${k}) and ${l.edges.length} links.${s ? ` Status${asOf}: ${s}.` : ''}`;
}

function pathD(e: LaidOutEdge): string {
  const p = e.points;
  if (!p.length) return '';
  const [x0, y0] = p[0] as [number, number];
  if (e.curve && p.length === 4) {
    const c = (i: number) => `${num((p[i] as [number, number])[0])} ${num((p[i] as [number, number])[1])}`;
    return `M${num(x0)} ${num(y0)}C${c(1)} ${c(2)} ${c(3)}`;
  }
  let d = `M${num(x0)} ${num(y0)}`;
  for (let i = 1; i < p.length; i++) {
    const [x, y] = p[i] as [number, number];
    const [px, py] = p[i - 1] as [number, number];
    if (x === px) d += `V${num(y)}`;
    else if (y === py) d += `H${num(x)}`;
    else d += `L${num(x)} ${num(y)}`;
  }
  return d;
}

function edgeSvg(e: LaidOutEdge, ids: { solid: string; hollow: string; challenge: string }): string {
  const marker = e.kind === 'support' ? ids.solid : e.kind === 'context' ? ids.hollow : ids.challenge;
  const cls = `edge ${e.kind}${e.tree ? '' : ' extra'}`;
  const link = e.link ? ` data-link="${escapeAttr(`${e.link.from} -> ${e.link.to}`)}"` : '';
  return (
    `<path class="${cls}" d="${pathD(e)}" data-from="${escapeAttr(e.from)}" data-to="${escapeAttr(e.to)}"${link} ` +
    `marker-end="url(#${escapeAttr(marker)})"/>`
  );
}

function nodeTitle(n: LaidOutNode): string {
  const d = n.node;
  const parts = [`${d.id} (${KIND_NAMES[d.kind]}${d.away ? `, away node from module ${d.module}` : ''})`];
  if (d.status) parts.push(`status: ${STATUS_LABELS[d.status]}${d.statusReason ? ` (${d.statusReason})` : ''}`);
  if (n.box.footer && d.kind === 'defeater') parts.push(n.box.footer);
  if (d.undeveloped) parts.push('undeveloped');
  if (d.hidden) parts.push(`${d.hidden} nodes hidden below`);
  if (d.alternatives) parts.push(`alternatives: ${alternativesPhrase(d.alternatives)}`);
  // The wrapped lines are the text without its Markdown: no second parse.
  const text = n.box.lines.map((l) => l.spans.map((x) => x.text).join('')).join(' ');
  return `${parts.join('; ')}: ${text}`;
}

function shapeSvg(n: LaidOutNode): string {
  const { x, y, w } = n;
  const h = n.node.away ? n.h - AWAY_BAND : n.h;
  const k = n.node.kind;
  if (n.node.away) {
    const r =
      k === 'evidence'
        ? Math.min(w / 2, h)
        : k === 'claim' || k === 'strategy' || k === 'defeater'
          ? 0
          : Math.min(12, h / 2);
    const arc = (ex: number, ey: number) => `A${num(r)} ${num(r)} 0 0 1 ${num(ex)} ${num(ey)}`;
    const body = r
      ? `<path class="shape" d="M${num(x)} ${num(y + h)}V${num(y + r)}${arc(x + r, y)}` +
        `H${num(x + w - r)}${arc(x + w, y + r)}V${num(y + h)}z"/>`
      : `<rect class="shape" x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}"/>`;
    const band = `<rect class="band" x="${num(x)}" y="${num(y + h)}" width="${num(w)}" height="${AWAY_BAND}"/>`;
    const icon = `<path class="band" d="M${num(x + 6)} ${num(y + h + 7)}h4v-2h5v2h3v8h-12z"/>`;
    const label =
      `<text class="module" x="${num(x + 24)}" y="${num(y + h + 14)}" font-size="${FOOTER_SIZE}">` +
      `${escapeText(n.node.module)}</text>`;
    return body + band + icon + label;
  }
  switch (k) {
    case 'strategy':
      return (
        `<polygon class="shape" points="${num(x + SKEW)},${num(y)} ${num(x + w)},${num(y)} ` +
        `${num(x + w - SKEW)},${num(y + h)} ${num(x)},${num(y + h)}"/>`
      );
    case 'evidence':
      return `<circle class="shape" cx="${num(x + w / 2)}" cy="${num(y + h / 2)}" r="${num(w / 2)}"/>`;
    case 'context':
      return (
        `<rect class="shape" x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" ` +
        `rx="${num(Math.min(16, h / 2))}"/>`
      );
    case 'assumption':
    case 'justification':
      return (
        `<ellipse class="shape" cx="${num(x + w / 2)}" cy="${num(y + h / 2)}" rx="${num(w / 2)}" ry="${num(h / 2)}"/>` +
        `<text class="letter" x="${num(x + w / 2 + (w / 2) * 0.8)}" y="${num(y + h / 2 + (h / 2) * 0.92)}" ` +
        `font-size="13">${k === 'assumption' ? 'A' : 'J'}</text>`
      );
    case 'defeater': {
      const c = CHAMFER;
      const pts = [
        [x + c, y],
        [x + w - c, y],
        [x + w, y + c],
        [x + w, y + h - c],
        [x + w - c, y + h],
        [x + c, y + h],
        [x, y + h - c],
        [x, y + c],
      ];
      const points = pts.map(([a, b]) => `${num(a as number)},${num(b as number)}`).join(' ');
      return `<polygon class="shape" points="${points}"/>`;
    }
    default:
      return `<rect class="shape" x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}"/>`;
  }
}

function spanSvg(s: Span): string {
  const cls = [s.bold ? 'b' : '', s.italic ? 'i' : '', s.code ? 'code' : '', s.href ? 'a' : '']
    .filter(Boolean)
    .join(' ');
  const size = s.code ? ` font-size="${num(FONT_SIZE * 0.92)}"` : '';
  const t =
    cls || size ? `<tspan${cls ? ` class="${cls}"` : ''}${size}>${escapeText(s.text)}</tspan>` : escapeText(s.text);
  if (!s.href) return t;
  const inner = t.startsWith('<tspan') ? t : `<tspan class="a">${t}</tspan>`;
  return `<a href="${escapeAttr(s.href)}" xlink:href="${escapeAttr(s.href)}" target="_blank" rel="noopener">${inner}</a>`;
}

function textSvg(n: LaidOutNode): string {
  const b = n.box;
  const centred = CENTRED.has(n.node.kind);
  const left = n.x + b.textX;
  const lineX = (w: number, indent: number) =>
    centred ? n.x + b.textX + (b.textWidth - w) / 2 + indent : left + indent;
  let y = n.y + b.textY + HEADER_HEIGHT - 4;
  const parts: string[] = [];
  const idW = textWidth(n.node.id, { size: HEADER_SIZE, bold: true });
  parts.push(
    `<tspan class="nid" x="${num(lineX(idW, 0))}" y="${num(y)}" font-size="${HEADER_SIZE}">` +
      `${escapeText(n.node.id)}</tspan>`,
  );
  for (const l of b.lines) {
    y += LINE_HEIGHT + (l.blockStart ? PARAGRAPH_GAP : 0);
    const x = centred ? lineX(l.width - l.indent, 0) + (l.indent ? 0 : 0) : lineX(0, l.indent);
    parts.push(`<tspan x="${num(centred ? x : x)}" y="${num(y)}">${l.spans.map(spanSvg).join('')}</tspan>`);
  }
  if (b.footer) {
    y += FOOTER_HEIGHT;
    const fw = textWidth(b.footer, { size: FOOTER_SIZE });
    parts.push(
      `<tspan class="footer" x="${num(lineX(fw, 0))}" y="${num(y)}" font-size="${FOOTER_SIZE}">` +
        `${escapeText(b.footer)}</tspan>`,
    );
  }
  return `<text font-size="${FONT_SIZE}">${parts.join('')}</text>`;
}

/** What a declaration of alternatives means, in words. */
function alternativesPhrase(a: { atLeast: number; of: number }): string {
  return `any ${a.atLeast} of its ${a.of} supporting nodes suffice`;
}

/**
 * The "k of n" pill of a node whose support is declared alternatives: the
 * mirror of the "+N hidden" pill, left of the link that leaves the bottom
 * centre. It takes that pill's text style (.hidden-count): a class of its
 * own would change the theme's CSS, and with it every diagram drawn.
 */
function alternativesSvg(n: LaidOutNode, cx: number, by: number): string {
  const a = n.node.alternatives;
  if (!a) return '';
  const label = `${a.atLeast} of ${a.of}`;
  const w = textWidth(label, { size: FOOTER_SIZE, bold: true }) + 12;
  const x = cx - (n.node.undeveloped ? 14 : 6) - w;
  return (
    `<g class="alternatives"><rect class="decor" x="${num(x)}" y="${num(by + 2)}" width="${num(w)}" height="16" rx="8"/>` +
    `<text class="hidden-count" x="${num(x + 6)}" y="${num(by + 14)}" font-size="${FOOTER_SIZE}">` +
    `${escapeText(label)}</text></g>`
  );
}

function decorSvg(n: LaidOutNode): string {
  let s = '';
  const cx = n.x + n.w / 2;
  const by = n.y + n.h;
  if (n.node.undeveloped)
    s +=
      `<polygon class="decor undeveloped-mark" points="${num(cx)},${num(by)} ${num(cx + 9)},${num(by + 8)} ` +
      `${num(cx)},${num(by + 16)} ${num(cx - 9)},${num(by + 8)}"/>`;
  if (n.node.hidden) {
    const label = `+${n.node.hidden} hidden`;
    const w = textWidth(label, { size: FOOTER_SIZE, bold: true }) + 12;
    // Beside the link that leaves the node's bottom centre, never across it.
    const x = cx + (n.node.undeveloped ? 14 : 6);
    s +=
      `<g class="collapsed"><rect class="decor" x="${num(x)}" y="${num(by + 2)}" width="${num(w)}" height="16" rx="8"/>` +
      `<text class="hidden-count" x="${num(x + 6)}" y="${num(by + 14)}" font-size="${FOOTER_SIZE}">` +
      `${escapeText(label)}</text></g>`;
  }
  return s + alternativesSvg(n, cx, by);
}

function nodeSvg(n: LaidOutNode, pre: string): string {
  const d = n.node;
  const cls = ['node', d.kind];
  if (d.status) cls.push(`status-${d.status}`);
  if (d.kind === 'defeater')
    cls.push(`defeater-${d.defeater ?? 'open'}`, d.defeater && d.defeater !== 'open' ? 'resolved' : 'unresolved');
  if (d.away) cls.push('away');
  if (d.undeveloped) cls.push('undeveloped');
  if (d.hidden) cls.push('collapsed');
  const attrs = [`id="${escapeAttr(pre + d.id)}"`, `class="${cls.join(' ')}"`, `data-module="${escapeAttr(d.module)}"`];
  if (d.status) attrs.push(`data-status="${d.status}"`);
  if (d.hidden) attrs.push(`data-hidden="${d.hidden}"`);
  return `<g ${attrs.join(' ')}><title>${escapeText(nodeTitle(n))}</title>${shapeSvg(n)}${textSvg(n)}${decorSvg(n)}</g>`;
}

// ---- legend ---------------------------------------------------------------------

function legendOf(
  l: DiagramLayout,
  ids: { solid: string; hollow: string; challenge: string },
): { svg: string; width: number; height: number } {
  const kinds = new Set(l.nodes.map((n) => n.node.kind));
  const statuses = new Set(l.nodes.map((n) => n.node.status).filter((s): s is SupportStatus => !!s));
  const parts: string[] = [];
  let y = 14;
  let maxX = 0;
  const statusHeading = `Status${l.graph.asOf ? ` (${l.graph.asOf})` : ''}`;
  const headingW =
    Math.max(...['Nodes', 'Links', statusHeading].map((h) => textWidth(h, { size: 11, bold: true }))) + 20;
  const row = (heading: string, items: { draw: (x: number, y: number) => string; label: string; cls?: string }[]) => {
    let x = 20;
    parts.push(`<text class="heading" x="${x}" y="${num(y + 4)}" font-size="11">${escapeText(heading)}</text>`);
    x += Math.ceil(headingW);
    for (const it of items) {
      parts.push(it.draw(x, y));
      const lw = textWidth(it.label, { size: 11 });
      const cls = it.cls ? ` class="${it.cls}"` : '';
      parts.push(`<text${cls} x="${num(x + 26)}" y="${num(y + 4)}" font-size="11">${escapeText(it.label)}</text>`);
      x += 26 + lw + 18;
    }
    maxX = Math.max(maxX, x);
    y += LEGEND_ROW;
  };
  const shapes: Record<DiagramKind, (x: number, y: number) => string> = {
    claim: (x, y) => `<rect class="shape" x="${x}" y="${y - 6}" width="20" height="12"/>`,
    strategy: (x, y) =>
      `<polygon class="shape" points="${x + 4},${y - 6} ${x + 20},${y - 6} ${x + 16},${y + 6} ${x},${y + 6}"/>`,
    evidence: (x, y) => `<circle class="shape" cx="${x + 10}" cy="${y}" r="7"/>`,
    context: (x, y) => `<rect class="shape" x="${x}" y="${y - 6}" width="20" height="12" rx="6"/>`,
    assumption: (x, y) => `<ellipse class="shape" cx="${x + 10}" cy="${y}" rx="10" ry="6"/>`,
    justification: (x, y) => `<ellipse class="shape" cx="${x + 10}" cy="${y}" rx="10" ry="6"/>`,
    defeater: (x, y) =>
      `<g class="defeater"><polygon class="shape" points="${x + 3},${y - 6} ${x + 17},${y - 6} ` +
      `${x + 20},${y - 3} ${x + 20},${y + 3} ${x + 17},${y + 6} ${x + 3},${y + 6} ${x},${y + 3} ${x},${y - 3}"/></g>`,
  };
  const kindItems = (Object.keys(shapes) as DiagramKind[])
    .filter((k) => kinds.has(k))
    .map((k) => ({
      draw: shapes[k],
      label: k === 'assumption' ? 'assumption (A)' : k === 'justification' ? 'justification (J)' : k,
    }));
  if (l.nodes.some((n) => n.node.undeveloped))
    kindItems.push({
      draw: (x, y) =>
        `<polygon class="decor" points="${x + 10},${y - 7} ${x + 18},${y} ${x + 10},${y + 7} ${x + 2},${y}"/>`,
      label: 'undeveloped',
    });
  if (l.nodes.some((n) => n.node.away))
    kindItems.push({
      draw: (x, y) =>
        `<g class="away"><rect class="shape" x="${x}" y="${y - 7}" width="20" height="8"/>` +
        `<rect class="band" x="${x}" y="${y + 1}" width="20" height="6"/></g>`,
      label: 'away node (other module)',
    });
  if (l.nodes.some((n) => n.node.alternatives))
    kindItems.push({
      draw: (x, y) => `<rect class="decor" x="${x}" y="${y - 6}" width="20" height="12" rx="6"/>`,
      label: 'k of n: any k of its n supporting nodes suffice',
    });
  if (kindItems.length) row('Nodes', kindItems);
  const line = (cls: string, marker: string) => (x: number, y: number) =>
    `<path class="edge ${cls}" d="M${x} ${y}H${x + 20}" marker-end="url(#${escapeAttr(marker)})"/>`;
  const edgeItems: { draw: (x: number, y: number) => string; label: string }[] = [];
  const ek = new Set(l.edges.map((e) => e.kind));
  if (ek.has('support')) edgeItems.push({ draw: line('support', ids.solid), label: 'supported by' });
  if (ek.has('context')) edgeItems.push({ draw: line('context', ids.hollow), label: 'in context of' });
  if (ek.has('challenge')) edgeItems.push({ draw: line('challenge', ids.challenge), label: 'challenges' });
  if (edgeItems.length) row('Links', edgeItems);
  if (statuses.size) {
    row(
      statusHeading,
      SUPPORT_STATUSES.filter((s) => statuses.has(s)).map((s) => ({
        draw: (x: number, y: number) =>
          `<g class="status-${s}"><rect class="shape" x="${x}" y="${y - 6}" width="20" height="12"/></g>`,
        label: STATUS_LABELS[s],
        cls: `key-${s}`,
      })),
    );
  }
  if (!parts.length) return { svg: '', width: 0, height: 0 };
  return { svg: parts.join(''), width: maxX + 20, height: y + 6 };
}
