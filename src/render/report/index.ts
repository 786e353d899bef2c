// The report of one loaded case: check it, gather the report data, render it.
// Pure: the caller loads the files and passes the loader's diagnostics.
import { runCheck } from '../../check/run-check.js';
import type { CaseStatus } from '../../analysis/status-types.js';
import type { Case } from '../../model/case.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { buildGraph } from '../../model/graph.js';
import { buildReportData, type ReportData } from './data.js';

export { buildReportData, compareFindings, thresholdText } from './data.js';
export type { ReportData, ReportEvidence, ReportFinding, ReportNode, ReportSuppression } from './data.js';
export { renderReportHtml, reportBody, contentSecurityPolicy, scriptHash, DATA_ELEMENT_ID } from './html.js';
export type { HtmlOptions } from './html.js';
export { renderReportMarkdown } from './markdown.js';
export { escapeHtml, escapeMarkdown, jsonForScript } from './escape.js';

export interface ReportOptions {
  asOf: string;
  version: string;
  /** A generation timestamp to print; left out by default so the report is byte-stable. */
  generated?: string;
  /** Support status of the case's nodes, when computed. */
  status?: (c: Case, graph: ReturnType<typeof buildGraph>, asOf: string) => CaseStatus;
}

/** Check a loaded case (as `warrant check` does) and gather everything its report shows. */
export function reportFor(c: Case, loaderDiagnostics: readonly Diagnostic[], opts: ReportOptions): ReportData {
  const graph = buildGraph(c);
  const checked = runCheck(c, { asOf: opts.asOf });
  const status = opts.status?.(c, graph, opts.asOf);
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
