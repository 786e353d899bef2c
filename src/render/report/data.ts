// What a report shows, gathered once from a loaded case, its check and its
// support status: plain JSON-able data. The HTML page embeds it for the
// browser script (the detail panel reads it), and the HTML and Markdown
// renderers read the same object, so the two formats cannot disagree.
import {
  type CaseStatus,
  type NodeStatus,
  STATUS_LABELS,
  type StatusReason,
  SUPPORT_STATUSES,
  type SupportStatus,
} from '../../analysis/status-types.js';
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
  Redaction,
  Threshold,
  ThresholdChange,
} from '../../model/schema.js';

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

function reportStatus(st: NodeStatus | undefined): ReportNodeStatus | undefined {
  if (!st) return undefined;
  return {
    status: st.status,
    label: STATUS_LABELS[st.status],
    reasons: st.reasons,
    ...(st.resolved?.length ? { resolved: st.resolved } : {}),
  };
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
  result?: {
    metric: string;
    value?: number;
    interval?: [number, number];
    confidence?: number;
    threshold?: string;
    sampleSize?: number;
    summary?: string;
  };
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
  status?: { top?: string; topStatus?: SupportStatus; counts: Record<SupportStatus, number> };
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

/** A threshold in words: "≤ 0.02", "≥ 0.9 accuracy", its text when it has one. */
export function thresholdText(t: Threshold | undefined): string | undefined {
  if (!t) return undefined;
  const parts: string[] = [];
  const unit = t.unit ? ` ${t.unit}` : '';
  if (t.min !== undefined) parts.push(`≥ ${t.min}${unit}`);
  if (t.max !== undefined) parts.push(`≤ ${t.max}${unit}`);
  let s = parts.join(' and ');
  if (t.on && t.on !== 'value') s = s ? `${s} (${t.on.replace(/-/g, ' ')})` : '';
  if (t.text) s = s ? `${s}: ${t.text}` : t.text;
  return s || undefined;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function finding(d: Diagnostic): ReportFinding {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.target ? { target: d.target } : {}),
    file: d.file,
    line: d.line,
    col: d.col,
  };
}

/** Findings most severe first, then by place, code and message: the order of every report section. */
export function compareFindings(a: ReportFinding, b: ReportFinding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.col - b.col ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function buildReportData(input: ReportInput): ReportData {
  const c = input.case;
  const g = input.graph;
  const findings = input.diagnostics.map(finding).sort(compareFindings);
  const byTarget = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (!f.target) return;
    const list = byTarget.get(f.target);
    if (list) list.push(i);
    else byTarget.set(f.target, [i]);
  });
  const findingCounts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) findingCounts[f.severity]++;

  // Defeaters challenging a node, or a link leaving or entering it.
  const challengedBy = new Map<string, string[]>();
  const addChallenger = (node: string, d: string) => {
    const list = challengedBy.get(node);
    if (!list) challengedBy.set(node, [d]);
    else if (!list.includes(d)) list.push(d);
  };
  for (const ch of g.challenges) {
    if (ch.node) addChallenger(ch.node, ch.defeater);
    if (ch.link) {
      addChallenger(ch.link.from, ch.defeater);
      addChallenger(ch.link.to, ch.defeater);
    }
  }
  // A node that develops another module's undeveloped node hangs below it, as in the diagram.
  const develops = new Map<string, string[]>();
  for (const m of c.modules.values()) {
    for (const ext of m.header?.extends ?? []) {
      for (const [target, by] of Object.entries(ext.develops)) {
        const list = develops.get(target) ?? develops.set(target, []).get(target)!;
        for (const d of by) if (c.nodes.has(d) && d !== target && !list.includes(d)) list.push(d);
      }
    }
  }
  const citedBy = new Map<string, string[]>();
  const addressedBy = new Map<string, string[]>();

  const nodes: ReportNode[] = [];
  for (const n of c.nodes.values()) {
    const st = input.status?.nodes.get(n.id);
    const items = 'evidence' in n && n.evidence ? n.evidence : [];
    if (n.kind === 'evidence') for (const e of items) (citedBy.get(e) ?? citedBy.set(e, []).get(e)!).push(n.id);
    if (n.kind === 'claim')
      for (const r of n.addresses ?? []) (addressedBy.get(r) ?? addressedBy.set(r, []).get(r)!).push(n.id);
    const p = n.pos.key ?? n.pos;
    const node: ReportNode = {
      id: n.id,
      kind: n.kind,
      text: n.text,
      module: n.module,
      file: n.file,
      line: p.line,
      ...(n.tier ? { tier: n.tier } : {}),
      ...(n.owner ? { owner: n.owner } : {}),
      ...('undeveloped' in n && n.undeveloped ? { undeveloped: true } : {}),
      ...(n.defeated ? { defeated: true } : {}),
      ...(st ? { status: reportStatus(st)! } : {}),
      children: [...g.childrenOf(n.id), ...(develops.get(n.id) ?? []).filter((d) => !g.childrenOf(n.id).includes(d))],
      contexts: g.contextsOf(n.id),
      evidence: items,
      challengedBy: challengedBy.get(n.id) ?? [],
      findings: byTarget.get(n.id) ?? [],
    };
    if (n.kind === 'defeater') {
      const r = n.resolution;
      node.defeater = {
        form: n.form ?? 'counter-claim',
        status: n.status,
        challenges: n.challenges,
        ...(n.due ? { due: n.due } : {}),
        ...(r
          ? {
              resolution: {
                summary: r.summary,
                refs: r.refs ?? [],
                ...(r.owner ? { owner: r.owner } : {}),
                ...(r.date ? { date: r.date } : {}),
                ...(r.signed_off_by ? { signedOffBy: r.signed_off_by } : {}),
              },
            }
          : {}),
      };
    }
    if (n.kind === 'claim') {
      if (n.addresses?.length) node.addresses = n.addresses;
      if (n.criteria?.length) node.criteria = n.criteria;
    }
    nodes.push(node);
  }

  const evidence: ReportEvidence[] = [];
  for (const e of c.evidence.values()) {
    const { build, model, ...measured } = e.measured ?? ({} as Partial<NonNullable<typeof e.measured>>);
    const r = e.result;
    evidence.push({
      id: e.id,
      title: e.title,
      kind: e.kind,
      sourceType: e.source_type,
      date: e.date,
      producedBy: e.produced_by,
      ...(e.external !== undefined ? { external: e.external } : {}),
      ...(e.replicated !== undefined ? { replicated: e.replicated } : {}),
      ...(e.tier ? { tier: e.tier } : {}),
      ...(build ? { build } : {}),
      ...(model ? { model } : {}),
      ...(Object.keys(measured).length ? { measured } : {}),
      ...(e.environment ? { environment: e.environment } : {}),
      ...(e.artefact
        ? { artefact: { uri: e.artefact.uri, ...(e.artefact.sha256 ? { sha256: e.artefact.sha256 } : {}) } }
        : {}),
      ...(r
        ? {
            result: {
              metric: r.metric,
              ...(r.value !== undefined ? { value: r.value } : {}),
              ...(r.interval ? { interval: r.interval } : {}),
              ...(r.confidence !== undefined ? { confidence: r.confidence } : {}),
              ...(r.threshold ? { threshold: thresholdText(r.threshold)! } : {}),
              ...(r.sample_size !== undefined ? { sampleSize: r.sample_size } : {}),
              ...(r.summary ? { summary: r.summary } : {}),
            },
          }
        : {}),
      polarity: e.polarity,
      ...(e.expires ? { expires: e.expires } : {}),
      ...(e.valid_for_days ? { validForDays: e.valid_for_days } : {}),
      ...(e.notes ? { notes: e.notes } : {}),
      ...(input.status?.items?.get(e.id) ? { status: reportStatus(input.status.items.get(e.id))! } : {}),
      citedBy: citedBy.get(e.id) ?? [],
      findings: byTarget.get(e.id) ?? [],
    });
  }

  const risks: ReportRisk[] = [...c.risks.values()].map((r) => ({
    id: r.id,
    title: r.title,
    pathway: r.pathway,
    severity: r.severity,
    threatActors: r.threat_actors ?? [],
    ...(r.description ? { description: r.description } : {}),
    ...(r.tier ? { tier: r.tier } : {}),
    addressedBy: addressedBy.get(r.id) ?? [],
  }));

  const criteria: ReportCriterion[] = [...c.criteria.values()].map((k) => ({
    id: k.id,
    statement: k.statement,
    risks: k.risks ?? [],
    ...(k.metric ? { metric: k.metric } : {}),
    ...(k.threshold ? { threshold: thresholdText(k.threshold)! } : {}),
    history: (k.history ?? []).map((h: ThresholdChange) => ({
      date: h.date,
      threshold: thresholdText(h.threshold) ?? '',
      setBy: h.set_by,
      reason: h.reason,
      ...(h.results_known !== undefined ? { resultsKnown: h.results_known } : {}),
    })),
  }));

  let acceptability: ReportData['acceptability'];
  if (c.acceptability) {
    const { criteria: _criteria, ...rest } = c.acceptability.value;
    acceptability = rest;
  }

  const suppressed: ReportSuppression[] = input.suppressed
    .map((s) => ({
      finding: finding(s.finding),
      rule: s.suppression.rule,
      target: s.suppression.target,
      reason: s.suppression.reason,
      by: s.suppression.by,
      ...(s.suppression.date ? { date: s.suppression.date } : {}),
    }))
    .sort((a, b) => compareFindings(a.finding, b.finding));

  let status: ReportData['status'];
  if (input.status) {
    const s = input.status;
    const counts = Object.fromEntries(SUPPORT_STATUSES.map((k) => [k, s.counts[k] ?? 0])) as Record<
      SupportStatus,
      number
    >;
    const topStatus = s.top ? s.nodes.get(s.top)?.status : undefined;
    status = { ...(s.top ? { top: s.top } : {}), ...(topStatus ? { topStatus } : {}), counts };
  }

  return {
    tool: { name: 'warrant', version: input.version },
    asOf: input.asOf,
    ...(input.generated ? { generated: input.generated } : {}),
    root: c.root,
    files: c.files,
    header: c.header.value,
    statusLabels: STATUS_LABELS,
    ...(status ? { status } : {}),
    nodes,
    roots: g.roots,
    findings,
    findingCounts,
    suppressed,
    evidence,
    ...(c.context ? { context: c.context.value } : {}),
    risks,
    ...(acceptability ? { acceptability } : {}),
    criteria,
    ...(c.decision ? { decision: c.decision.value } : {}),
    ...(c.changeControl ? { changeControl: c.changeControl.value } : {}),
    redactions: c.publication?.value.redactions ?? [],
  };
}
