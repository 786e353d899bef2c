// lm-evaluation-harness aggregated results files (`results_<date>.json`,
// written by `lm_eval --output_path`; also the older 0.3 layout). One file
// holds several tasks; each task becomes one EvalRun, sharing the file's
// model, configuration and provenance.
//
// 0.4 layout: results[task] = { "<metric>,<filter>": value,
// "<metric>_stderr,<filter>": value, alias }, plus versions, n-shot,
// higher_is_better, n-samples {original, effective}, configs, config {model,
// model_args, ...}, git_hash, date (unix seconds), model_name,
// lm_eval_version, transformers_version, total_evaluation_time_seconds.
// 0.3 layout: results[task] = { "<metric>": value, "<metric>_stderr": value },
// versions, config {model, model_args, num_fewshot, ...}.

import { own, setOwn } from '../../util/own.js';
import type { EvalArtefact, EvalMetric, EvalRun, EvalScore } from '../eval-run.js';
import { EvalLogFailure } from '../eval-run.js';
import { isObj } from '../inspect/map.js';
import { isSpread } from '../to-evidence.js';

type Obj = Record<string, unknown>;

/** The score name used for metrics that carry no filter (the 0.3 layout), as 0.4 names unfiltered results. */
export const NO_FILTER = 'none';

/** Whether a parsed JSON object looks like an lm-evaluation-harness results file. */
export function looksLikeLmEvalResults(top: Obj): boolean {
  return (
    isObj(top.results) &&
    !Object.hasOwn(top, 'eval') &&
    (isObj(top.versions) || isObj(top['n-shot']) || isObj(top.config) || isObj(top.configs))
  );
}

/** Parse `k=v,k=v` model_args (values kept as strings). */
export function parseModelArgs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of s.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    setOwn(out, part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}

function numeric(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** Map an lm-eval results object to one run per task. Throws EvalLogFailure (E0808). */
export function lmEvalRuns(artefact: EvalArtefact, top: Obj): EvalRun[] {
  const file = artefact.path;
  const bad = (message: string): EvalLogFailure => new EvalLogFailure({ code: 'E0808', file, message });
  const results = top.results as Obj;
  const tasks = Object.keys(results);
  if (tasks.length === 0) throw bad('"results" lists no tasks');
  const shared = sharedFacts(artefact, top, bad);
  return tasks.map((task) => taskRun(shared, top, task, bad));
}

/** What every task's run shares: the file's model, configuration and provenance. */
function sharedFacts(artefact: EvalArtefact, top: Obj, bad: (m: string) => EvalLogFailure): EvalRun {
  const config = isObj(top.config) ? top.config : {};
  // Model identity: model_name (0.4), else the model_args' pretrained= / model=, else config.model.
  const rawArgs = config.model_args;
  const args: Record<string, unknown> | undefined =
    typeof rawArgs === 'string' ? parseModelArgs(rawArgs) : isObj(rawArgs) ? rawArgs : undefined;
  const fromArgs =
    args &&
    (typeof args.pretrained === 'string' ? args.pretrained : typeof args.model === 'string' ? args.model : undefined);
  const modelType = typeof config.model === 'string' ? config.model : undefined;
  const requested =
    (typeof top.model_name === 'string' && top.model_name !== '' ? top.model_name : undefined) ?? fromArgs ?? modelType;
  if (!requested) throw bad('the file names no model (neither "model_name" nor "config.model" / "config.model_args")');

  const runConfig: Obj = {};
  for (const [k, v] of Object.entries(config)) if (k !== 'model_args') setOwn(runConfig, k, v);
  for (const k of ['model_source', 'system_instruction', 'chat_template', 'fewshot_as_multiturn'] as const) {
    if (top[k] !== undefined && top[k] !== null) runConfig[k] = top[k];
  }
  const run: EvalRun = {
    artefact,
    framework: { name: 'lm-evaluation-harness' },
    ids: {},
    task: { name: '' },
    model: { requested, reported: [] },
    plan: { steps: [] },
    times: {},
    samples: {},
    scores: [],
    outcome: { status: 'success' },
    notes: [],
  };
  if (typeof top.lm_eval_version === 'string') run.framework.version = top.lm_eval_version;
  if (typeof top.transformers_version === 'string') run.framework.packages = { transformers: top.transformers_version };
  if (args && Object.keys(args).length > 0) run.model.args = args;
  if (typeof top.git_hash === 'string' && top.git_hash !== '') run.revision = { type: 'git', commit: top.git_hash };
  if (typeof top.date === 'number' && Number.isFinite(top.date))
    run.times.created = new Date(top.date * 1000).toISOString();
  const duration = numeric(top.total_evaluation_time_seconds);
  if (duration !== undefined) run.times.durationSeconds = duration;
  if (Object.keys(runConfig).length > 0) run.config = runConfig;
  return run;
}

/** One task's run: the shared facts (copied) and the task's own version, shots, dataset, samples and scores. */
function taskRun(shared: EvalRun, top: Obj, task: string, bad: (m: string) => EvalLogFailure): EvalRun {
  // Task and metric names are the log's: each table is read for its own entry only.
  const entry = own(top.results as Obj, task);
  if (!isObj(entry)) throw bad(`results.${task} is not an object`);
  const of = (k: string): Obj | undefined => {
    const table = top[k];
    const row = isObj(table) ? own(table, task) : undefined;
    return isObj(row) ? row : undefined;
  };
  const notes: string[] = [];
  const warnings: string[] = [];
  const { scores, headlineSkipped } = mapTaskScores(task, entry, of('higher_is_better') ?? {}, bad, notes, warnings);
  const run: EvalRun = {
    ...shared,
    artefact: { ...shared.artefact },
    framework: {
      ...shared.framework,
      ...(shared.framework.packages ? { packages: { ...shared.framework.packages } } : {}),
    },
    task: { name: task },
    model: { ...shared.model, reported: [], ...(shared.model.args ? { args: { ...shared.model.args } } : {}) },
    plan: { steps: [] },
    times: { ...shared.times },
    samples: {},
    scores,
    notes,
    ...(shared.config ? { config: { ...shared.config } } : {}),
  };
  const v = isObj(top.versions) ? own(top.versions, task) : undefined;
  if (typeof v === 'number' || (typeof v === 'string' && v !== '')) run.task.version = v;
  const nShot = isObj(top['n-shot']) ? own(top['n-shot'], task) : undefined;
  const shots = numeric(nShot) ?? numeric(isObj(top.config) ? top.config.num_fewshot : undefined);
  if (shots !== undefined) run.task.nShot = shots;
  const tc = of('configs');
  if (tc) {
    const dataset: NonNullable<EvalRun['task']['dataset']> = {};
    if (typeof tc.dataset_name === 'string') dataset.name = tc.dataset_name;
    if (typeof tc.dataset_path === 'string') dataset.location = tc.dataset_path;
    if (Object.keys(dataset).length > 0) run.task.dataset = dataset;
  }
  const ns = of('n-samples');
  const effective = numeric(ns?.effective);
  const original = numeric(ns?.original);
  if (effective !== undefined) run.samples.total = effective;
  if (original !== undefined) run.samples.original = original;
  if (scores.length === 0) notes.push(`results.${task} holds no numeric metric.`);
  if (warnings.length > 0) run.warnings = warnings;
  if (headlineSkipped) run.headlineSkipped = headlineSkipped;
  return run;
}

/** A value as the log records it, short enough for a message. */
function shownValue(v: string): string {
  const q = JSON.stringify(v);
  return q.length > 60 ? `${q.slice(0, 56)}..."` : q;
}

function mapTaskScores(
  task: string,
  entry: Obj,
  hib: Obj,
  bad: (m: string) => EvalLogFailure,
  notes: string[],
  warnings: string[],
): { scores: EvalScore[]; headlineSkipped?: { name: string; value: string } } {
  const byFilter = new Map<string, EvalMetric[]>();
  const stderrs = new Map<string, number | null>();
  const metricKeys: Array<{ metric: string; filter: string; value: number | null }> = [];
  // Every result metric in log order, those left out too: which one the default headline would have been.
  const order: Array<{ metric: string; filter: string; unread?: string }> = [];
  for (const [key, value] of Object.entries(entry)) {
    if (key === 'alias' || key === 'name' || key === 'sample_len' || key === 'sample_count') continue;
    const comma = key.indexOf(',');
    const metric = comma === -1 ? key : key.slice(0, comma);
    const filter = comma === -1 ? NO_FILTER : key.slice(comma + 1);
    const isStderr = metric.endsWith('_stderr');
    let v: number | null;
    if (typeof value === 'number') v = value;
    else if (value === null || value === 'N/A') v = null;
    else if (typeof value === 'string') {
      // Not a number lm-eval would write: left out, but said, since it may have been the result.
      const said = `results.${task}["${key}"] is ${shownValue(value)}, not a number: the ${isStderr ? 'standard error' : 'metric'} was left out.`;
      notes.push(said);
      warnings.push(said);
      if (!isStderr) order.push({ metric, filter, unread: shownValue(value) });
      continue;
    } else throw bad(`results.${task}["${key}"] is ${JSON.stringify(value)}, not a number`);
    if (isStderr) stderrs.set(`${metric.slice(0, -'_stderr'.length)},${filter}`, v);
    else {
      metricKeys.push({ metric, filter, value: v });
      order.push({ metric, filter });
    }
  }
  for (const { metric, filter, value } of metricKeys) {
    const m: EvalMetric = { name: metric, value };
    const se = stderrs.get(`${metric},${filter}`);
    if (se !== undefined) m.stderr = se;
    const higher = own(hib, metric);
    if (typeof higher === 'boolean') m.higherIsBetter = higher;
    if (value === null) notes.push(`Metric ${metric} (${filter}) has no value.`);
    else if (!Number.isFinite(value)) notes.push(`Metric ${metric} (${filter}) is ${String(value)} as recorded.`);
    const list = byFilter.get(filter) ?? [];
    list.push(m);
    byFilter.set(filter, list);
  }
  const scores = [...byFilter.entries()].map(([filter, metrics]) => ({ name: filter, scorer: task, metrics }));
  const first = defaultHeadline(order);
  return first?.unread
    ? { scores, headlineSkipped: { name: `${first.filter}/${first.metric}`, value: first.unread } }
    : { scores };
}

/** The metric the default headline rule (to-evidence) picks: the first filter's first metric that is not a spread. */
function defaultHeadline<T extends { metric: string; filter: string }>(order: readonly T[]): T | undefined {
  const filters = [...new Set(order.map((o) => o.filter))];
  for (const f of filters) {
    const m = order.find((o) => o.filter === f && !isSpread(o.metric));
    if (m) return m;
  }
  return undefined;
}
