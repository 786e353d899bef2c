// Rendering a case as a diagram: the API the CLI (`warrant render`), the HTML
// report and the browser share. Pure: no file system, clock or Node imports,
// so it bundles for the browser as is.
//
//   const layout = layoutCase(c, { status, view: parseView('subtree:G3'), depth: 3 });
//   const svg = renderSvg(layout, { theme: 'dark' });
//
// Or in steps, when a page keeps the diagram data and lays it out again on
// collapse or expand (a DiagramGraph is plain JSON):
//
//   const d = diagramFromCase(c, { status });
//   const layout = layoutDiagram(collapse(applyView(d, view), { collapse: ['G4'] }));
import type { Case } from '../model/case.js';
import type { CaseGraph } from '../model/graph.js';
import { type DiagramGraph, diagramFromCase, type StatusInput } from './diagram.js';
import { type DiagramLayout, type LayoutOptions, layoutDiagram } from './layout/tree.js';
import { renderSvg as renderSvgImpl, type SvgOptions } from './svg/svg.js';
import { applyView, collapse, type View } from './views.js';

export type {
  DefeaterState,
  DiagramEdge,
  DiagramGraph,
  DiagramKind,
  DiagramNode,
  DiagramOptions,
  EdgeKind,
  StatusInput,
} from './diagram.js';
export { DIAGRAM_KINDS, diagramFromCase, SIDE_KINDS, statusMap } from './diagram.js';
export type { NodeBox } from './layout/shapes.js';
export type { DiagramLayout, LaidOutEdge, LaidOutNode, LayoutOptions } from './layout/tree.js';
export { layoutDiagram, midpoint, overlaps, STACK_MIN } from './layout/tree.js';
export type { SvgOptions } from './svg/svg.js';
export { THEMES, type Theme, themeCss } from './svg/theme.js';
export { escapeAttr, escapeText } from './svg/xml.js';
export { type Block, parseMarkdown, plainText, type Span, safeHref } from './text/markdown.js';
export { textWidth } from './text/measure.js';
export { applyView, type Collapse, collapse, parseView, type View, ViewError, viewName } from './views.js';

export interface LayoutCaseOptions extends LayoutOptions {
  /** Support status from the analysis (caseStatus), shown on each node in colour and words. */
  status?: StatusInput;
  /** The case's graph, if already built. */
  graph?: CaseGraph;
  /** What to show (default: the whole case). */
  view?: View;
  /** Nodes whose branches are collapsed to a count. */
  collapse?: string[];
  /** Levels of support shown; deeper branches are collapsed to a count. */
  depth?: number;
}

/** Lay out a case (or a view of it). Throws ViewError when the view names something the case does not have. */
export function layoutCase(c: Case, options: LayoutCaseOptions = {}): DiagramLayout {
  let d: DiagramGraph = diagramFromCase(c, {
    ...(options.status ? { status: options.status } : {}),
    ...(options.graph ? { graph: options.graph } : {}),
  });
  if (options.view) d = applyView(d, options.view);
  if (options.collapse?.length || options.depth !== undefined)
    d = collapse(d, {
      ...(options.collapse ? { collapse: options.collapse } : {}),
      ...(options.depth !== undefined ? { depth: options.depth } : {}),
    });
  return layoutDiagram(d, options);
}

/** The layout as a standalone SVG document in GSN notation. */
export function renderSvg(layout: DiagramLayout, options: SvgOptions = {}): string {
  return renderSvgImpl(layout, options);
}
