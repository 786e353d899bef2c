// One evaluation run (EvalRun) to one evidence item of the case format. Pure:
// the caller says where the artefact lives relative to the case, which way
// the result points (polarity) and who produced it; everything else comes
// from the run. The item is built in the canonical key order documented in
// docs/evidence.md, so the same run always gives the same item.
import type {
  EvalProvenance,
  EvidenceResult,
  Measured,
  RawEvidenceItem,
  ReviewMarker,
  RunScore,
} from '../model/schema.js';
import type { EvidenceKind, Polarity, SourceType, Tier } from '../model/vocab.js';
import { own, setOwn } from '../util/own.js';
import { type EvalMetric, type EvalRun, type EvalScore, isIncomplete } from './eval-run.js';

export interface ToEvidenceOptions {
  /** The artefact's URI as the case will record it: the log's path relative to the case root file's directory, with "/" separators. */
  artefactUri: string;
  kind?: EvidenceKind;
  sourceType?: SourceType;
  /** Required for a new item; a re-import keeps the existing item's polarity unless this is given. */
  polarity?: Polarity;
  tier?: Tier;
  /** Required for a new item; a re-import keeps the existing value unless this is given. */
  producedBy?: string;
  /** The headline metric, "<metric>" or "<score>/<metric>"; default: the first score's first metric that is not a spread. */
  metric?: string;
  /** The date to record when the log records none (older lm-evaluation-harness files); the log's own date always wins. */
  date?: string;
  /** The item already in the case under this id (re-import): fields the log does not own are kept. */
  existing?: RawEvidenceItem;
}

export type ToEvidenceResult = { ok: true; item: RawEvidenceItem; warnings: string[] } | { ok: false; message: string };

/** Metrics that describe spread, not a result: never chosen as the headline. */
const SPREAD = new Set(['stderr', 'std', 'stddev', 'var', 'variance', 'bootstrap_stderr']);

/** Whether a metric describes spread, not a result (so is never the default headline). */
export function isSpread(metric: string): boolean {
  return SPREAD.has(metric.toLowerCase());
}

/** Proportions: an interval derived for these is clipped to [0, 1]. */
const PROPORTION = /^(?:accuracy|acc|acc_norm|exact_match|exact|pass@\d+|pass_at_\d+|match|includes|f1)(?:[,_].*)?$/i;

/** z for a two-sided 95% normal interval. */
const Z95 = 1.959964;

const DATE = /^(\d{4}-\d{2}-\d{2})/;

/** A number rounded to 6 decimals, for intervals derived here (the log's own values are kept as written). */
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6 || 0;
}

function finite(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** A default evidence id from the task name: "ev-" and the name's letters, digits, ".", "_" and "-". */
export function defaultEvidenceId(run: EvalRun): string {
  const base = (run.task.registryName ?? run.task.name).split('/').pop() ?? run.task.name;
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .replace(/-{2,}/g, '-');
  return `ev-${slug || 'eval'}`;
}

/** The headline metric of a run, or why none can be chosen. */
export function headline(
  run: EvalRun,
  wanted?: string,
): { score: EvalScore; metric: EvalMetric } | { none: string } | { error: string } {
  if (wanted !== undefined) {
    const slash = wanted.lastIndexOf('/');
    const scoreName = slash === -1 ? undefined : wanted.slice(0, slash);
    const metricName = slash === -1 ? wanted : wanted.slice(slash + 1);
    for (const s of run.scores) {
      if (scoreName !== undefined && s.name !== scoreName && s.scorer !== scoreName) continue;
      const m = s.metrics.find((x) => x.name === metricName);
      if (m) return { score: s, metric: m };
    }
    const have = run.scores.flatMap((s) => s.metrics.map((m) => `${s.name}/${m.name}`));
    return {
      error: `--metric ${wanted} matches no score in the log; it has ${have.length ? have.join(', ') : 'no scores'}.`,
    };
  }
  for (const s of run.scores) {
    const m = s.metrics.find((x) => !SPREAD.has(x.name.toLowerCase()));
    if (m) return { score: s, metric: m };
  }
  return {
    none: run.scores.length
      ? 'the log lists only spreads (stderr, std), no result metric'
      : 'the log records no scores',
  };
}

/** The standard error reported for a metric: its own (lm-evaluation-harness) or a sibling "stderr" metric (Inspect). */
function stderrOf(score: EvalScore, metric: EvalMetric): number | undefined {
  if (finite(metric.stderr)) return metric.stderr;
  const sibling = score.metrics.find((m) => m.name.toLowerCase() === 'stderr');
  return sibling && finite(sibling.value) ? sibling.value : undefined;
}

function numberText(x: number | null | undefined): string {
  if (x === null || x === undefined) return 'no value';
  return Number.isNaN(x) ? 'NaN' : String(x);
}

function scoresOf(run: EvalRun): RunScore[] {
  return run.scores.map((s) => {
    const metrics: Record<string, number | null> = {};
    for (const m of s.metrics) {
      // Metric names are the log's: own properties, even one named `__proto__`.
      setOwn(metrics, m.name, finite(m.value) ? m.value : null);
      if (m.stderr !== undefined) setOwn(metrics, `${m.name}_stderr`, finite(m.stderr) ? m.stderr : null);
    }
    return {
      ...(s.name !== s.scorer ? { name: s.name } : {}),
      scorer: s.scorer,
      ...(s.reducer ? { reducer: s.reducer } : {}),
      metrics,
    };
  });
}

/** The provenance block: what the log records about its run, in the schema's key order. */
export function provenanceOf(run: EvalRun, headlineName?: string): EvalProvenance {
  const solver = [...(run.plan.solver ? [run.plan.solver.solver] : []), ...run.plan.steps.map((s) => s.solver)];
  const ds = run.task.dataset;
  const dataset =
    ds && (ds.name !== undefined || ds.location !== undefined || ds.samples !== undefined)
      ? {
          ...(ds.name !== undefined ? { name: ds.name } : {}),
          ...(ds.location !== undefined ? { location: ds.location } : {}),
          ...(ds.samples !== undefined ? { samples: ds.samples } : {}),
        }
      : undefined;
  const rev = run.revision;
  const git =
    rev && (rev.origin !== undefined || rev.commit !== undefined || rev.dirty !== undefined)
      ? {
          ...(rev.origin !== undefined ? { origin: rev.origin } : {}),
          ...(rev.commit !== undefined ? { commit: rev.commit } : {}),
          ...(rev.dirty !== undefined ? { dirty: rev.dirty } : {}),
        }
      : undefined;
  const sc = run.samples;
  const samples =
    sc.total !== undefined || sc.completed !== undefined || sc.errored !== undefined
      ? {
          ...(sc.total !== undefined ? { total: sc.total } : {}),
          ...(sc.completed !== undefined ? { completed: sc.completed } : {}),
          ...(sc.errored !== undefined ? { errored: sc.errored } : {}),
        }
      : undefined;
  const sandbox = run.tools?.sandbox
    ? `${run.tools.sandbox.type}${run.tools.sandbox.config ? `: ${run.tools.sandbox.config}` : ''}`
    : undefined;
  const roles = run.model.roles && Object.keys(run.model.roles).length ? run.model.roles : undefined;
  const pkg = run.task.registryName?.includes('/')
    ? run.task.registryName.slice(0, run.task.registryName.indexOf('/'))
    : undefined;
  const registryVersion = pkg ? own(run.framework.packages, pkg) : undefined;
  const gen =
    run.model.generateConfig && Object.keys(run.model.generateConfig).length
      ? structuredClone(run.model.generateConfig)
      : undefined;
  const p: EvalProvenance = {
    framework: run.framework.name,
    ...(run.framework.version !== undefined ? { framework_version: run.framework.version } : {}),
    log_format: run.artefact.format,
    ...(run.artefact.formatVersion !== undefined ? { log_version: run.artefact.formatVersion } : {}),
    ...(run.ids.eval !== undefined ? { eval_id: run.ids.eval } : {}),
    ...(run.ids.run !== undefined ? { run_id: run.ids.run } : {}),
    ...(run.ids.evalSet !== undefined ? { eval_set_id: run.ids.evalSet } : {}),
    task: run.task.name,
    ...(run.task.id !== undefined ? { task_id: run.task.id } : {}),
    ...(run.task.version !== undefined && run.task.version !== '' ? { task_version: run.task.version } : {}),
    ...(run.task.file !== undefined ? { task_file: run.task.file } : {}),
    ...(run.task.registryName !== undefined ? { registry_name: run.task.registryName } : {}),
    ...(registryVersion !== undefined ? { registry_version: registryVersion } : {}),
    ...(run.task.args && Object.keys(run.task.args).length ? { task_args: structuredClone(run.task.args) } : {}),
    ...(run.task.nShot !== undefined ? { n_shot: run.task.nShot } : {}),
    requested_model: run.model.requested,
    ...(run.model.reported.length ? { reported_models: [...run.model.reported] } : {}),
    ...(run.model.reportedFrom !== undefined ? { reported_from: run.model.reportedFrom } : {}),
    ...(roles ? { model_roles: { ...roles } } : {}),
    ...(gen ? { generate_config: gen } : {}),
    ...(solver.length ? { solver } : {}),
    ...(run.tools?.granted?.length ? { tools: [...run.tools.granted] } : {}),
    ...(sandbox ? { sandbox } : {}),
    ...(dataset ? { dataset } : {}),
    ...(sc.epochs !== undefined && sc.epochs > 0 ? { epochs: sc.epochs } : {}),
    ...(git ? { git } : {}),
    ...(run.times.created !== undefined ? { created: run.times.created } : {}),
    ...(run.times.started !== undefined ? { started: run.times.started } : {}),
    ...(run.times.completed !== undefined ? { completed: run.times.completed } : {}),
    status: run.outcome.status,
    ...(run.outcome.error !== undefined ? { error: run.outcome.error } : {}),
    ...(run.outcome.invalidated ? { invalidated: true } : {}),
    ...(samples ? { samples } : {}),
    ...(run.scores.length ? { scores: scoresOf(run) } : {}),
    ...(headlineName ? { headline: headlineName } : {}),
    ...(run.notes.length ? { reader_notes: [...run.notes] } : {}),
  };
  return p;
}

/** The date of the run: completed, else started, else created (the date part as the log writes it). */
export function runDate(run: EvalRun): string | undefined {
  for (const t of [run.times.completed, run.times.started, run.times.created]) {
    const m = t ? DATE.exec(t) : null;
    if (m) return m[1];
  }
  return undefined;
}

/** The build measured: the snapshot the provider reported; several are joined so they can never pass for one decided build. */
export function measuredBuild(run: EvalRun): string {
  return run.model.reported.length ? run.model.reported.join(', ') : run.model.requested;
}

/** Why an incomplete run must not count as a result, or undefined for a completed one. */
export function incompleteReason(run: EvalRun): string | undefined {
  if (!isIncomplete(run)) return undefined;
  const o = run.outcome;
  if (o.status === 'success')
    return 'The framework marked this log invalidated; its scores are not a result until someone re-runs or re-validates it.';
  const how =
    o.status === 'started' ? 'did not finish (the log says it was still running)' : `ended with status ${o.status}`;
  return `The run ${how}${o.error ? `: ${o.error.split('\n')[0]}` : ''}. Its scores are not a completed result: re-run it, or review the claims resting on it.`;
}

function resultOf(
  run: EvalRun,
  wanted: string | undefined,
  existing: EvidenceResult | undefined,
): { result?: EvidenceResult; headline?: string; warnings: string[] } | { error: string } {
  const h = headline(run, wanted);
  if ('error' in h) return h;
  const warnings: string[] = [];
  const sampleSize = run.samples.completed ?? run.samples.total;
  const skipped = wanted === undefined ? run.headlineSkipped : undefined;
  const why = skipped ? `${skipped.name} comes first in the log, but its value ${skipped.value} is not a number` : '';
  if ('none' in h) {
    warnings.push(`no result recorded: ${h.none}${skipped ? `; ${why}` : ''}.`);
    return { warnings };
  }
  const { score, metric } = h;
  const name = score.name === score.scorer ? `${score.scorer}/${metric.name}` : `${score.name}/${metric.name}`;
  if (skipped) warnings.push(`the headline metric is ${name}: ${why}.`);
  const se = stderrOf(score, metric);
  const value = finite(metric.value) ? metric.value : undefined;
  let interval: [number, number] | undefined;
  if (value !== undefined && se !== undefined && se > 0) {
    let lo = value - Z95 * se;
    let hi = value + Z95 * se;
    if (PROPORTION.test(metric.name) && value >= 0 && value <= 1) {
      lo = Math.max(0, lo);
      hi = Math.min(1, hi);
    }
    interval = [round6(lo), round6(hi)];
  }
  const n = score.scoredSamples ?? sampleSize;
  const parts = [`${metric.name} ${numberText(metric.value)}`];
  if (se !== undefined) parts.push(`(stderr ${se})`);
  if (n !== undefined) {
    const of = run.samples.total !== undefined && run.samples.total !== n ? run.samples.total : undefined;
    parts.push(`on ${n}${of !== undefined ? ` of ${of}` : ''} sample${(of ?? n) === 1 ? '' : 's'}`);
  }
  if (run.samples.epochs !== undefined && run.samples.epochs > 1) parts.push(`x ${run.samples.epochs} epochs`);
  let summary = `${parts.join(' ')}; scorer ${score.scorer}${score.reducer ? `, reducer ${score.reducer}` : ''}; run ${run.outcome.status}.`;
  if (value === undefined) summary += ' The log records no finite value for this metric.';
  else if (se === 0) summary += ' The log reports a standard error of 0, so no interval was derived.';
  if (value === undefined) warnings.push(`${name} has no finite value in the log (${numberText(metric.value)}).`);
  const task = run.task.registryName ?? run.task.name;
  const label = [task];
  if (score.scorer !== task && score.scorer !== run.task.name) label.push(`scorer ${score.scorer}`);
  if (score.name !== score.scorer && score.name !== 'none') label.push(`filter ${score.name}`);
  const result: EvidenceResult = {
    metric: `${metric.name} (${label.join(', ')})`,
    ...(value !== undefined ? { value } : {}),
    ...(interval ? { interval, confidence: 0.95 } : {}),
    ...(existing?.threshold ? { threshold: existing.threshold } : {}),
    ...(n !== undefined ? { sample_size: n } : {}),
    summary,
  };
  return { result, headline: name, warnings };
}

/** The evidence item for one run. */
export function runToEvidence(run: EvalRun, opts: ToEvidenceOptions): ToEvidenceResult {
  const old = opts.existing;
  const polarity = opts.polarity ?? old?.polarity;
  if (!polarity)
    return {
      ok: false,
      message:
        'say which way the result points with --polarity supports|undermines|mixed: a score alone does not say whether it supports the claim it is cited for',
    };
  const producedBy = opts.producedBy ?? old?.produced_by;
  if (!producedBy)
    return {
      ok: false,
      message:
        'say who produced the evaluation with --produced-by "<team or organisation>": the log does not record it',
    };
  const date = runDate(run) ?? opts.date;
  if (!date)
    return {
      ok: false,
      message:
        'the log records no date (no completed, started or created time); say when the evaluation ran with --date YYYY-MM-DD',
    };
  const r = resultOf(run, opts.metric, old?.result);
  if ('error' in r) return { ok: false, message: r.error };
  const warnings = [...r.warnings, ...(run.warnings ?? [])];
  if (!run.model.reported.length)
    warnings.push(
      `the log reports no model snapshot; measured.build is the requested name ${run.model.requested}, which may be an alias for several snapshots.`,
    );
  else if (run.model.reported.length > 1)
    warnings.push(
      `the provider reported several snapshots (${run.model.reported.join(', ')}); measured.build lists them all.`,
    );

  const tools = run.tools?.granted?.length ? [...run.tools.granted] : undefined;
  const keptMeasured: Partial<Measured> = { ...(old?.measured ?? {}) };
  delete keptMeasured.model;
  delete keptMeasured.build;
  // Tools the log records replace the item's; a log that records none keeps what the author wrote.
  if (tools) delete keptMeasured.tools;
  const measured: Measured = orderMeasured({
    ...keptMeasured,
    model: run.model.requested,
    build: measuredBuild(run),
    ...(tools ? { tools } : {}),
  });
  const sandbox = run.tools?.sandbox
    ? `${run.tools.sandbox.type} sandbox${run.tools.sandbox.config ? ` (${run.tools.sandbox.config})` : ''}`
    : undefined;
  const environment = old?.environment ?? sandbox;
  const reason = incompleteReason(run);
  const review: ReviewMarker | undefined = reason ? { reason, since: date } : old?.review;
  const tier = opts.tier ?? old?.tier;
  const item: RawEvidenceItem = {
    title:
      old?.title ??
      `${run.task.registryName ?? run.task.name} on ${run.model.requested}${run.outcome.status === 'success' ? '' : ` (run ${run.outcome.status})`}`,
    kind: opts.kind ?? old?.kind ?? 'capability-evaluation',
    source_type: opts.sourceType ?? old?.source_type ?? 'internal-test',
    // What the author said the run measured (a component on its own, say): the log cannot tell.
    ...(old?.subject !== undefined ? { subject: old.subject } : {}),
    measured,
    date,
    ...(environment ? { environment } : {}),
    produced_by: producedBy,
    ...(old?.external !== undefined ? { external: old.external } : {}),
    ...(old?.replicated !== undefined ? { replicated: old.replicated } : {}),
    ...(tier ? { tier } : {}),
    artefact: { uri: opts.artefactUri, sha256: run.artefact.sha256 },
    ...(r.result ? { result: r.result } : {}),
    polarity,
    ...(old?.expires !== undefined ? { expires: old.expires } : {}),
    ...(old?.valid_for_days !== undefined ? { valid_for_days: old.valid_for_days } : {}),
    ...(old?.notes !== undefined ? { notes: old.notes } : {}),
    ...(review ? { review } : {}),
    provenance: provenanceOf(run, r.headline),
  };
  return { ok: true, item, warnings };
}

const MEASURED_ORDER: (keyof Measured)[] = [
  'model',
  'build',
  'component',
  'scaffold',
  'prompt_version',
  'tools',
  'max_steps',
  'access_tier',
  'population',
  'elicitation',
];

function orderMeasured(m: Measured): Measured {
  const out: Record<string, unknown> = {};
  for (const k of MEASURED_ORDER) if (m[k] !== undefined) out[k] = m[k];
  return out as Measured;
}
