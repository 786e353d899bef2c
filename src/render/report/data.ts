// What a report shows, gathered once from a loaded case, its check and its
// support status: plain JSON-able data. The HTML page embeds it for the
// browser script (the detail panel reads it), and the HTML and Markdown
// renderers read the same object, so the two formats cannot disagree.
import type { FailedLeg } from '../../analysis/failed-legs.js';
import { type CaseStatus, STATUS_LABELS, type StatusReason, type SupportStatus } from '../../analysis/status-types.js';
import type { SuppressedFinding } from '../../check/rules/engine.js';
import type { Case } from '../../model/case.js';
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { CaseGraph } from '../../model/graph.js';
import type {
  Acceptability,
  CaseHeader,
  ChangeControl,
  Decision,
  OperationalContext,
  Publication,
  Redaction,
} from '../../model/schema.js';
import {
  compareFindings,
  finding,
  findingsByTarget,
  reportCriteria,
  reportEvidence,
  reportNodes,
  reportRisks,
  reportSuppressed,
  statusSummary,
} from './data-parts.js';

export { compareFindings, thresholdText } from './data-parts.js';

export interface ReportFinding {
  severity: Severity;
  code: string;
  message: string;
  hint?: string;
  target?: string;
  file: string;
  line: number;
  col: number;
}

export interface ReportSuppression {
  finding: ReportFinding;
  rule: string;
  target: string;
  reason: string;
  by: string;
  date?: string;
}

export interface ReportNodeStatus {
  status: SupportStatus;
  label: string;
  reasons: StatusReason[];
  /** Mitigated and refuted defeaters against it: no effect on the status, listed for the reader. */
  resolved?: StatusReason[];
}

export interface ReportNode {
  id: string;
  kind: string;
  text: string;
  module: string;
  file: string;
  line: number;
  tier?: string;
  owner?: string;
  undeveloped?: boolean;
  defeated?: boolean;
  /** Its supporting nodes are declared alternatives: any `atLeast` of the `of` establish it. */
  alternatives?: { atLeast: number; of: number; justification: string };
  status?: ReportNodeStatus;
  /** supported_by children that exist, in written order. */
  children: string[];
  /** in_context_of targets that exist. */
  contexts: string[];
  /** Registry items an evidence node (or a defeater's counter-evidence) cites. */
  evidence: string[];
  /** Defeaters challenging this node or a link from it. */
  challengedBy: string[];
  /** Indexes into ReportData.findings of the findings whose target is this node. */
  findings: number[];
  /** Defeaters only. */
  defeater?: {
    form: string;
    status: string;
    challenges: string[];
    due?: string;
    resolution?: { summary: string; refs: string[]; owner?: string; date?: string; signedOffBy?: string };
  };
  /** Claims only. */
  addresses?: string[];
  criteria?: string[];
}

/** One result of an evidence item, as the report shows it. */
export interface ReportResult {
  task?: string;
  metric: string;
  statistic?: string;
  value?: number;
  interval?: [number, number];
  confidence?: number;
  /** A one-sided confidence bound in words: "upper bound 0.03 at 95%". */
  bound?: string;
  threshold?: string;
  /** The criterion the result is judged against, when it links one. */
  criterion?: string;
  sampleSize?: number;
  /** The sample frame in words: "Pilot users (1,400 users)". */
  frame?: string;
  summary?: string;
}

export interface ReportEvidence {
  id: string;
  title: string;
  kind: string;
  sourceType: string;
  date: string;
  producedBy: string;
  external?: boolean;
  replicated?: boolean;
  tier?: string;
  build?: string;
  model?: string;
  measured?: Record<string, unknown>;
  environment?: string;
  artefact?: { uri: string; sha256?: string };
  /** The headline result (`result`). */
  result?: ReportResult;
  /** The per-task results (`results`, format 2), in written order. */
  results?: ReportResult[];
  polarity: string;
  expires?: string;
  validForDays?: number;
  notes?: string;
  /** Its own support status (validity, build), when computed. */
  status?: ReportNodeStatus;
  /** Evidence nodes that cite it. */
  citedBy: string[];
  findings: number[];
}

export interface ReportRisk {
  id: string;
  title: string;
  pathway: string;
  severity: string;
  threatActors: string[];
  description?: string;
  tier?: string;
  /** Claims that address it. */
  addressedBy: string[];
}

export interface ReportCriterion {
  id: string;
  statement: string;
  risks: string[];
  metric?: string;
  threshold?: string;
  history: { date: string; threshold: string; setBy: string; reason: string; resultsKnown?: boolean }[];
}

export interface ReportData {
  tool: { name: 'warrant'; version: string };
  /** The date dates were judged at (YYYY-MM-DD). */
  asOf: string;
  /** Only when asked for (--timestamp): otherwise the report is byte-stable. */
  generated?: string;
  root: string;
  files: string[];
  header: CaseHeader;
  statusLabels: Record<SupportStatus, string>;
  /** Absent when the support status was not computed. */
  status?: {
    top?: string;
    topStatus?: SupportStatus;
    /** When the top claim is not established: each failed leg, from the top down to where it fails. */
    topFailedLegs?: FailedLeg[];
    counts: Record<SupportStatus, number>;
  };
  nodes: ReportNode[];
  roots: string[];
  findings: ReportFinding[];
  findingCounts: Record<Severity, number>;
  suppressed: ReportSuppression[];
  evidence: ReportEvidence[];
  context?: OperationalContext;
  risks: ReportRisk[];
  acceptability?: Omit<Acceptability, 'criteria'>;
  criteria: ReportCriterion[];
  decision?: Decision;
  changeControl?: ChangeControl;
  redactions: Redaction[];
  /** The publication state and date (format 2), when the case gives them. */
  publication?: Omit<Publication, 'redactions' | 'default_tier'>;
}

export interface ReportInput {
  case: Case;
  graph: CaseGraph;
  /** Loader diagnostics and check findings together (the order is normalised here). */
  diagnostics: readonly Diagnostic[];
  suppressed: readonly SuppressedFinding[];
  status?: CaseStatus;
  asOf: string;
  version: string;
  generated?: string;
}

/** The case's publication state and date, when it gives either. */
function publicationOf(c: Case): Pick<ReportData, 'publication'> {
  const p = c.publication?.value;
  if (!p || (p.state === undefined && p.published === undefined)) return {};
  return {
    publication: { ...(p.state ? { state: p.state } : {}), ...(p.published ? { published: p.published } : {}) },
  };
}

export function buildReportData(input: ReportInput): ReportData {
  const c = input.case;
  const g = input.graph;
  const findings = input.diagnostics.map(finding).sort(compareFindings);
  const byTarget = findingsByTarget(findings);
  const findingCounts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) findingCounts[f.severity]++;
  let acceptability: ReportData['acceptability'];
  if (c.acceptability) {
    const { criteria: _criteria, ...rest } = c.acceptability.value;
    acceptability = rest;
  }
  const status = input.status ? statusSummary(input.status) : undefined;
  return {
    tool: { name: 'warrant', version: input.version },
    asOf: input.asOf,
    ...(input.generated ? { generated: input.generated } : {}),
    root: c.root,
    files: c.files,
    header: c.header.value,
    statusLabels: STATUS_LABELS,
    ...(status ? { status } : {}),
    nodes: reportNodes(c, g, input.status, byTarget),
    roots: g.roots,
    findings,
    findingCounts,
    suppressed: reportSuppressed(input.suppressed),
    evidence: reportEvidence(c, input.status, byTarget),
    ...(c.context ? { context: c.context.value } : {}),
    risks: reportRisks(c),
    ...(acceptability ? { acceptability } : {}),
    criteria: reportCriteria(c),
    ...(c.decision ? { decision: c.decision.value } : {}),
    ...(c.changeControl ? { changeControl: c.changeControl.value } : {}),
    redactions: c.publication?.value.redactions ?? [],
    ...publicationOf(c),
  };
}
