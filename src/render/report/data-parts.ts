// The parts of the report data, each gathered from the case, its graph, its
// findings and its support status (see data.ts for the shapes). Plain data,
// keys in a fixed order: the HTML report embeds it as JSON.
import { failedLegs } from '../../analysis/failed-legs.js';
import {
  type CaseStatus,
  type NodeStatus,
  STATUS_LABELS,
  SUPPORT_STATUSES,
  type SupportStatus,
} from '../../analysis/status-types.js';
import type { SuppressedFinding } from '../../check/rules/engine.js';
import type { Case, NodeOf } from '../../model/case.js';
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { CaseGraph } from '../../model/graph.js';
import type { EvidenceResult, SampleFrame, Threshold, ThresholdChange } from '../../model/schema.js';
import type {
  ReportCriterion,
  ReportData,
  ReportEvidence,
  ReportFinding,
  ReportNode,
  ReportNodeStatus,
  ReportResult,
  ReportRisk,
  ReportSuppression,
} from './data.js';

export function reportStatus(st: NodeStatus | undefined): ReportNodeStatus | undefined {
  if (!st) return undefined;
  return {
    status: st.status,
    label: STATUS_LABELS[st.status],
    reasons: st.reasons,
    ...(st.resolved?.length ? { resolved: st.resolved } : {}),
  };
}

/** A threshold in words: "≤ 0.02", "≥ 0.9 accuracy", its text when it has one. */
export function thresholdText(t: Threshold | undefined): string | undefined {
  if (!t) return undefined;
  const parts: string[] = [];
  const unit = t.unit ? ` ${t.unit}` : '';
  if (t.min !== undefined) parts.push(`≥ ${t.min}${unit}`);
  if (t.max !== undefined) parts.push(`≤ ${t.max}${unit}`);
  let s = parts.join(' and ');
  if (s && t.statistic) s = `${s} on ${t.statistic}`;
  const on = [
    t.on && t.on !== 'value' ? t.on.replace(/-/g, ' ') : '',
    t.confidence ? `${percent(t.confidence)} confidence` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (on) s = s ? `${s} (${on})` : '';
  if (t.text) s = s ? `${s}: ${t.text}` : t.text;
  return s || undefined;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function finding(d: Diagnostic): ReportFinding {
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

/** Push `v` onto the list `m` holds for `k`. */
function push<V>(m: Map<string, V[]>, k: string, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Indexes of the findings by their target. */
export function findingsByTarget(findings: readonly ReportFinding[]): Map<string, number[]> {
  const byTarget = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (f.target) push(byTarget, f.target, i);
  });
  return byTarget;
}

/** Defeaters challenging a node, or a link leaving or entering it. */
function challengersByNode(g: CaseGraph): Map<string, string[]> {
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
  return challengedBy;
}

/** A node that develops another module's undeveloped node hangs below it, as in the diagram. */
function developsByNode(c: Case): Map<string, string[]> {
  const develops = new Map<string, string[]>();
  for (const m of c.modules.values()) {
    for (const ext of m.header?.extends ?? []) {
      for (const [target, by] of Object.entries(ext.develops)) {
        const list = develops.get(target) ?? develops.set(target, []).get(target)!;
        for (const d of by) if (c.nodes.has(d) && d !== target && !list.includes(d)) list.push(d);
      }
    }
  }
  return develops;
}

type DefeaterNode = NodeOf<'defeater'>;

function defeaterPart(n: DefeaterNode): NonNullable<ReportNode['defeater']> {
  const r = n.resolution;
  return {
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

/** Every argument node, in case order, with its links, status and findings. */
export function reportNodes(
  c: Case,
  g: CaseGraph,
  status: CaseStatus | undefined,
  byTarget: ReadonlyMap<string, number[]>,
): ReportNode[] {
  const challengedBy = challengersByNode(g);
  const develops = developsByNode(c);
  const nodes: ReportNode[] = [];
  for (const n of c.nodes.values()) {
    const st = status?.nodes.get(n.id);
    const p = n.pos.key ?? n.pos;
    const children = g.childrenOf(n.id);
    const below = [...children, ...(develops.get(n.id) ?? []).filter((d) => !children.includes(d))];
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
      ...('support' in n && n.support
        ? {
            alternatives: {
              atLeast: n.support.at_least,
              of: below.length,
              justification: n.support.justification,
            },
          }
        : {}),
      ...(st ? { status: reportStatus(st)! } : {}),
      children: below,
      contexts: g.contextsOf(n.id),
      evidence: 'evidence' in n && n.evidence ? n.evidence : [],
      challengedBy: challengedBy.get(n.id) ?? [],
      findings: byTarget.get(n.id) ?? [],
    };
    if (n.kind === 'defeater') node.defeater = defeaterPart(n);
    if (n.kind === 'claim') {
      if (n.addresses?.length) node.addresses = n.addresses;
      if (n.criteria?.length) node.criteria = n.criteria;
    }
    nodes.push(node);
  }
  return nodes;
}

function resultPart(r: EvidenceResult): ReportResult {
  const b = r.bound;
  return {
    ...(r.task ? { task: r.task } : {}),
    metric: r.metric,
    ...(r.statistic ? { statistic: r.statistic } : {}),
    ...(r.value !== undefined ? { value: r.value } : {}),
    ...(r.interval ? { interval: r.interval } : {}),
    ...(r.confidence !== undefined ? { confidence: r.confidence } : {}),
    ...(b
      ? { bound: `${b.side} bound ${b.value} at ${percent(b.confidence)}${b.method ? ` (${b.method})` : ''}` }
      : {}),
    ...(r.threshold ? { threshold: thresholdText(r.threshold)! } : {}),
    ...(r.criterion ? { criterion: r.criterion } : {}),
    ...(r.sample_size !== undefined ? { sampleSize: r.sample_size } : {}),
    ...(r.frame ? { frame: frameText(r.frame) } : {}),
    ...(r.summary ? { summary: r.summary } : {}),
  };
}

function percent(x: number): string {
  return `${Number((x * 100).toFixed(2))}%`;
}

function frameText(f: SampleFrame): string {
  const parts = [
    f.size !== undefined ? `${f.size.toLocaleString('en-GB')}${f.unit ? ` ${f.unit}` : ''}` : '',
    f.share !== undefined ? `${percent(f.share)} of the decided population` : '',
    f.excludes?.length ? `leaves out ${f.excludes.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length ? `${f.population} (${parts.join('; ')})` : f.population;
}

/** Every registry item, in case order, with the evidence nodes citing it, its status and findings. */
export function reportEvidence(
  c: Case,
  status: CaseStatus | undefined,
  byTarget: ReadonlyMap<string, number[]>,
): ReportEvidence[] {
  const citedBy = new Map<string, string[]>();
  for (const n of c.nodes.values()) if (n.kind === 'evidence') for (const e of n.evidence ?? []) push(citedBy, e, n.id);
  return [...c.evidence.values()].map((e) => {
    const { build, model, ...measured } = e.measured ?? ({} as Partial<NonNullable<typeof e.measured>>);
    const st = status?.items?.get(e.id);
    return {
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
      ...(e.result ? { result: resultPart(e.result) } : {}),
      ...(e.results ? { results: e.results.map(resultPart) } : {}),
      polarity: e.polarity,
      ...(e.expires ? { expires: e.expires } : {}),
      ...(e.valid_for_days ? { validForDays: e.valid_for_days } : {}),
      ...(e.notes ? { notes: e.notes } : {}),
      ...(st ? { status: reportStatus(st)! } : {}),
      citedBy: citedBy.get(e.id) ?? [],
      findings: byTarget.get(e.id) ?? [],
    };
  });
}

/** The risks, in case order, with the claims that address them. */
export function reportRisks(c: Case): ReportRisk[] {
  const addressedBy = new Map<string, string[]>();
  for (const n of c.nodes.values())
    if (n.kind === 'claim') for (const r of n.addresses ?? []) push(addressedBy, r, n.id);
  return [...c.risks.values()].map((r) => ({
    id: r.id,
    title: r.title,
    pathway: r.pathway,
    severity: r.severity,
    threatActors: r.threat_actors ?? [],
    ...(r.description ? { description: r.description } : {}),
    ...(r.tier ? { tier: r.tier } : {}),
    addressedBy: addressedBy.get(r.id) ?? [],
  }));
}

/** The acceptability criteria, thresholds in words, with their history. */
export function reportCriteria(c: Case): ReportCriterion[] {
  return [...c.criteria.values()].map((k) => ({
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
}

/** Suppressed findings, in the order of the findings. */
export function reportSuppressed(list: readonly SuppressedFinding[]): ReportSuppression[] {
  return list
    .map((s) => ({
      finding: finding(s.finding),
      rule: s.suppression.rule,
      target: s.suppression.target,
      reason: s.suppression.reason,
      by: s.suppression.by,
      ...(s.suppression.date ? { date: s.suppression.date } : {}),
    }))
    .sort((a, b) => compareFindings(a.finding, b.finding));
}

/** The top claim, its status and the count of nodes in each status. */
export function statusSummary(s: CaseStatus): NonNullable<ReportData['status']> {
  const counts = Object.fromEntries(SUPPORT_STATUSES.map((k) => [k, s.counts[k] ?? 0])) as Record<
    SupportStatus,
    number
  >;
  const topStatus = s.top ? s.nodes.get(s.top)?.status : undefined;
  const legs = s.top ? failedLegs(s, s.top) : [];
  return {
    ...(s.top ? { top: s.top } : {}),
    ...(topStatus ? { topStatus } : {}),
    ...(legs.length ? { topFailedLegs: legs } : {}),
    counts,
  };
}
