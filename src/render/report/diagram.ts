// The report's diagram: the case laid out and drawn by src/render (GSN
// notation, status on every node in colour and words), as an SVG fragment to
// inline in the page. The whole case is drawn; the page's script collapses
// branches in place (src/web/report-app.ts says why).
import type { CaseStatus } from '../../analysis/status-types.js';
import type { Case } from '../../model/case.js';
import type { CaseGraph } from '../../model/graph.js';
import { layoutCase, renderSvg } from '../index.js';

/** Node ids in the page's SVG carry this prefix, so they cannot collide with the page's own ids. */
export const DIAGRAM_ID_PREFIX = 'w-node-';

export function reportDiagram(c: Case, graph: CaseGraph, status: CaseStatus | undefined): string {
  const layout = layoutCase(c, { graph, ...(status ? { status } : {}) });
  return renderSvg(layout, { idPrefix: DIAGRAM_ID_PREFIX, xmlDeclaration: false, theme: 'light' });
}
