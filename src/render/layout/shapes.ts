// The size of each node's shape from its text, and the points where links
// meet it. GSN shapes: claim a rectangle, strategy a parallelogram, evidence
// a circle, context a rounded rectangle, assumption and justification ellipses
// (marked A and J), defeater a rectangle with cut corners; an away node adds a
// band with its module's name.
import { STATUS_LABELS } from '../../analysis/status-types.js';
import type { DiagramKind, DiagramNode } from '../diagram.js';
import { parseMarkdown } from '../text/markdown.js';
import { textWidth } from '../text/measure.js';
import { type Line, wrapBlocks } from '../text/wrap.js';

export const FONT_SIZE = 12;
export const LINE_HEIGHT = 15;
export const HEADER_SIZE = 11;
export const HEADER_HEIGHT = 15;
export const FOOTER_SIZE = 10.5;
export const FOOTER_HEIGHT = 14;
export const PARAGRAPH_GAP = 4;
const PAD_X = 10;
const PAD_Y = 8;
export const SKEW = 12;
export const CHAMFER = 9;
export const AWAY_BAND = 20;
/** Space under a node for the undeveloped diamond or the hidden-nodes count. */
export const DECOR_HEIGHT = 20;

/** Text column of each kind, in pixels: text wraps to it (a longer unbreakable id widens the node). */
export const MAX_TEXT_WIDTH: Record<DiagramKind, number> = {
  claim: 220,
  strategy: 220,
  evidence: 130,
  context: 180,
  assumption: 190,
  justification: 190,
  defeater: 200,
};

/** Kinds whose text is centred (round shapes); the others are left-aligned. */
export const CENTRED: ReadonlySet<DiagramKind> = new Set(['evidence', 'assumption', 'justification']);

export interface NodeBox {
  w: number;
  h: number;
  /** The bold first line: the node's id. */
  header: string;
  lines: Line[];
  /** The status label line, when there is one. */
  footer?: string;
  /** Width of the text column. */
  textWidth: number;
  /** Top-left of the text column inside the box. */
  textX: number;
  textY: number;
  /** Height of the text column. */
  textHeight: number;
  /** Extra height below the box for the undeveloped diamond or the hidden count. */
  decor: number;
}

const DEFEATER_WORDS: Record<string, string> = {
  open: 'open',
  mitigated: 'mitigated',
  accepted: 'accepted as residual risk',
  refuted: 'refuted',
};

/** The status line of a node: words, never colour alone. */
export function footerText(n: DiagramNode): string | undefined {
  if (n.kind === 'defeater') {
    const form = n.counterEvidence ? 'counter-evidence' : 'defeater';
    return n.defeater ? `${form}: ${DEFEATER_WORDS[n.defeater] ?? n.defeater}` : form;
  }
  if (n.status) return `status: ${STATUS_LABELS[n.status]}`;
  return undefined;
}

export function measureNode(n: DiagramNode): NodeBox {
  const max = MAX_TEXT_WIDTH[n.kind];
  const lines = wrapBlocks(parseMarkdown(n.text), max, FONT_SIZE);
  const footer = footerText(n);
  let tw = textWidth(n.id, { size: HEADER_SIZE, bold: true });
  for (const l of lines) tw = Math.max(tw, l.width);
  if (footer) tw = Math.max(tw, textWidth(footer, { size: FOOTER_SIZE }));
  if (n.away) tw = Math.max(tw, textWidth(n.module, { size: FOOTER_SIZE }) + 22);
  // Every node of a kind has the same text width: a uniform diagram, and rewording a node never changes its width.
  tw = Math.max(max, tw);
  let th = HEADER_HEIGHT + lines.length * LINE_HEIGHT + lines.filter((l) => l.blockStart).length * PARAGRAPH_GAP;
  if (footer) th += FOOTER_HEIGHT;
  th += 3;
  let w: number;
  let h: number;
  let textX: number;
  let textY: number;
  switch (n.kind) {
    case 'evidence': {
      const d = Math.max(64, Math.ceil(Math.hypot(tw, th) + 8));
      w = h = d;
      textX = (d - tw) / 2;
      textY = (d - th) / 2;
      break;
    }
    case 'assumption':
    case 'justification': {
      // The ellipse through the corners of the text box, a little flatter than the smallest one: wide, not tall.
      w = Math.ceil((tw + 12) * 1.3);
      h = Math.ceil((th + 8) * 1.6);
      textX = (w - tw) / 2;
      textY = (h - th) / 2;
      break;
    }
    case 'strategy':
      w = tw + 2 * PAD_X + 2 * SKEW;
      h = th + 2 * PAD_Y;
      textX = PAD_X + SKEW;
      textY = PAD_Y;
      break;
    case 'context':
      w = tw + 2 * PAD_X + 8;
      h = th + 2 * PAD_Y;
      textX = PAD_X + 4;
      textY = PAD_Y;
      break;
    case 'defeater':
      w = tw + 2 * PAD_X + 6;
      h = th + 2 * PAD_Y;
      textX = PAD_X + 3;
      textY = PAD_Y;
      break;
    default:
      w = tw + 2 * PAD_X;
      h = th + 2 * PAD_Y;
      textX = PAD_X;
      textY = PAD_Y;
  }
  if (n.away) h += AWAY_BAND;
  const box: NodeBox = {
    w,
    h,
    header: n.id,
    lines,
    textWidth: tw,
    textX,
    textY,
    textHeight: th,
    decor: n.undeveloped || n.hidden ? DECOR_HEIGHT : 0,
  };
  if (footer) box.footer = footer;
  return box;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a link leaves or meets a shape on its left or right side, at mid-height of the shape body. */
export function sidePoint(kind: DiagramKind, r: Rect, side: 'left' | 'right', away = false): [number, number] {
  const h = away ? r.h - AWAY_BAND : r.h;
  const y = r.y + h / 2;
  const inset = kind === 'strategy' ? SKEW / 2 : 0;
  return side === 'left' ? [r.x + inset, y] : [r.x + r.w - inset, y];
}
