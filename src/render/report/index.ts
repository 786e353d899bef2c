// The report of one loaded case: check it, gather the report data, render it.
// Pure: the caller loads the files and passes the loader's diagnostics.

import type { CaseStatus } from '../../analysis/status-types.js';
import { runCheck } from '../../check/run-check.js';
import type { Case } from '../../model/case.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { buildGraph, type CaseGraph } from '../../model/graph.js';
import { buildReportData, type ReportData } from './data.js';
import { reportDiagram } from './diagram.js';

export type { ReportData, ReportEvidence, ReportFinding, ReportNode, ReportSuppression } from './data.js';

export { buildReportData, compareFindings, thresholdText } from './data.js';
export { DIAGRAM_ID_PREFIX, reportDiagram } from './diagram.js';
export { escapeHtml, escapeMarkdown, jsonForScript } from './escape.js';
export type { HtmlOptions, PageOptions } from './html.js';
export {
  contentSecurityPolicy,
  DATA_ELEMENT_ID,
  renderPage,
  renderReportHtml,
  reportBody,
  reportTitle,
  scriptHash,
} from './html.js';
export { renderReportMarkdown } from './markdown.js';

export interface ReportOptions {
  asOf: string;
  version: string;
  /** A generation timestamp to print; left out by default so the report is byte-stable. */
  generated?: string;
  /** Compute the support status of the case's nodes (analysis/status.ts caseStatus); left out, the report says it was not computed. */
  status?: (c: Case, graph: CaseGraph, asOf: string) => CaseStatus;
}

export interface Report {
  data: ReportData;
  /** The argument diagram (SVG fragment, node ids prefixed with DIAGRAM_ID_PREFIX). */
  svg: string;
}

/** Check a loaded case (as `warrant check` does), gather everything its report shows, and draw its diagram. */
export function reportOf(c: Case, loaderDiagnostics: readonly Diagnostic[], opts: ReportOptions): Report {
  const graph = buildGraph(c);
  const status = opts.status?.(c, graph, opts.asOf);
  return { data: reportData(c, graph, loaderDiagnostics, status, opts), svg: reportDiagram(c, graph, status) };
}

/** The report's data alone (no diagram), for the Markdown report. */
export function reportFor(c: Case, loaderDiagnostics: readonly Diagnostic[], opts: ReportOptions): ReportData {
  const graph = buildGraph(c);
  return reportData(c, graph, loaderDiagnostics, opts.status?.(c, graph, opts.asOf), opts);
}

function reportData(
  c: Case,
  graph: CaseGraph,
  loaderDiagnostics: readonly Diagnostic[],
  status: CaseStatus | undefined,
  opts: ReportOptions,
): ReportData {
  const checked = runCheck(c, { asOf: opts.asOf, graph });
  return buildReportData({
    case: c,
    graph,
    diagnostics: [...loaderDiagnostics, ...checked.diagnostics],
    suppressed: checked.suppressed,
    ...(status ? { status } : {}),
    asOf: opts.asOf,
    version: opts.version,
    ...(opts.generated ? { generated: opts.generated } : {}),
  });
}
