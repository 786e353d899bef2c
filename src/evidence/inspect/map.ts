// Map an Inspect EvalLog header (the log without its samples, as found in a
// .json log's top level or an .eval's header.json / _journal/start.json) to
// an EvalRun.
//
// Lenient where the data is harmless (unknown or missing descriptive fields
// are skipped), strict where it matters: the task name, the model, the status
// and every score and metric must be present and of the right type, or the log
// is refused with E0808.

import { setOwn } from '../../util/own.js';
import type {
  EvalArtefact,
  EvalMetric,
  EvalPlan,
  EvalPlanStep,
  EvalRun,
  EvalRunStatus,
  EvalScore,
  EvalTools,
} from '../eval-run.js';
import { EvalLogFailure } from '../eval-run.js';

/** What the reader learned from sample data, beside the header. */
export interface SampleFacts {
  /** Provider-reported model names from samples' output.model, in the order found. */
  reportedModels: string[];
  /** Samples (or summaries) read, when they were read. */
  seen?: number;
  /** Of those, samples with an error. */
  errored?: number;
}

type Obj = Record<string, unknown>;

const STATUSES: readonly EvalRunStatus[] = ['success', 'error', 'cancelled', 'started'];

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Obj | undefined, k: string): string | undefined {
  const v = o?.[k];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function num(o: Obj | undefined, k: string): number | undefined {
  const v = o?.[k];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function nonEmptyObj(o: Obj | undefined, k: string): Obj | undefined {
  const v = o?.[k];
  return isObj(v) && Object.keys(v).length > 0 ? v : undefined;
}

/** Set only defined values, so that absent fields stay absent (not undefined-valued). */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

export interface MapContext {
  artefact: EvalArtefact;
  /** The header object (EvalLog without samples). */
  header: Obj;
  samples: SampleFacts;
  notes: string[];
  /** Status to use when the header has none (a crashed .eval read from its journal). */
  statusOverride?: EvalRunStatus;
}

type Bad = (message: string) => EvalLogFailure;

/** The log's format version, kept on the artefact; a version other than 1 to 3 is read as 3, with a note. */
function readVersion(header: Obj, artefact: EvalArtefact, notes: string[], bad: Bad): void {
  const version = header.version;
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version)))
    throw bad(`"version" is ${JSON.stringify(version)}, not an integer`);
  if (typeof version === 'number') {
    artefact.formatVersion = version;
    if (version < 1 || version > 3)
      notes.push(`The log declares version ${version}; versions 1 to 3 are known. It was read as version 3.`);
  }
}

/** The fields without which the log is refused: the run specification, its task and model, and the status. */
function requiredFields(ctx: MapContext, bad: Bad): { spec: Obj; task: string; model: string; status: EvalRunStatus } {
  const { header } = ctx;
  const spec = header.eval;
  if (!isObj(spec)) throw bad('the log has no "eval" object (the run specification)');
  const task = spec.task;
  if (typeof task !== 'string' || task === '') throw bad('"eval.task" (the task name) is missing or not a string');
  const model = spec.model;
  if (typeof model !== 'string' || model === '')
    throw bad('"eval.model" (the model evaluated) is missing or not a string');
  const rawStatus = header.status;
  let status: EvalRunStatus;
  if (rawStatus === undefined && ctx.statusOverride) status = ctx.statusOverride;
  else if (typeof rawStatus === 'string' && (STATUSES as readonly string[]).includes(rawStatus))
    status = rawStatus as EvalRunStatus;
  else throw bad(`"status" is ${JSON.stringify(rawStatus)}; expected one of ${STATUSES.join(', ')}`);
  return { spec, task, model, status };
}

/** Inspect's own version, and the other packages the run recorded. */
function mapFramework(spec: Obj): EvalRun['framework'] {
  const packages = isObj(spec.packages) ? spec.packages : undefined;
  const otherPackages: Record<string, string> = {};
  for (const [k, v] of Object.entries(packages ?? {}))
    if (k !== 'inspect_ai' && typeof v === 'string') setOwn(otherPackages, k, v);
  const framework: EvalRun['framework'] = { name: 'inspect_ai' };
  put(framework, 'version', str(packages, 'inspect_ai'));
  if (Object.keys(otherPackages).length > 0) framework.packages = otherPackages;
  return framework;
}

function mapIds(spec: Obj): EvalRun['ids'] {
  const ids: EvalRun['ids'] = {};
  put(ids, 'run', str(spec, 'run_id'));
  put(ids, 'eval', str(spec, 'eval_id'));
  put(ids, 'evalSet', str(spec, 'eval_set_id'));
  return ids;
}

function mapTask(spec: Obj, name: string): EvalRun['task'] {
  const task: EvalRun['task'] = { name };
  put(task, 'registryName', str(spec, 'task_registry_name'));
  const tv = spec.task_version;
  if (typeof tv === 'number' || (typeof tv === 'string' && tv !== '')) task.version = tv;
  put(task, 'file', str(spec, 'task_file'));
  put(task, 'id', str(spec, 'task_id'));
  put(task, 'args', nonEmptyObj(spec, 'task_args'));
  const ds = isObj(spec.dataset) ? spec.dataset : undefined;
  if (ds) {
    const dataset: NonNullable<EvalRun['task']['dataset']> = {};
    put(dataset, 'name', str(ds, 'name'));
    put(dataset, 'location', str(ds, 'location'));
    put(dataset, 'samples', num(ds, 'samples'));
    if (typeof ds.shuffled === 'boolean') dataset.shuffled = ds.shuffled;
    if (Object.keys(dataset).length > 0) task.dataset = dataset;
  }
  return task;
}

/** Model roles (grader, monitor, ...) to the model name each uses. */
function mapRoles(spec: Obj): Record<string, string> | undefined {
  const roles = nonEmptyObj(spec, 'model_roles');
  if (!roles) return undefined;
  const r: Record<string, string> = {};
  for (const [role, v] of Object.entries(roles)) {
    const name = typeof v === 'string' ? v : isObj(v) ? str(v, 'model') : undefined;
    if (name) setOwn(r, role, name);
  }
  return Object.keys(r).length > 0 ? r : undefined;
}

/**
 * The model: requested, args, generate config, roles, and the snapshot the
 * provider reported: from the samples' output when they were read, else the
 * models in the usage statistics that are neither the requested one nor a role's.
 */
function mapModel(
  spec: Obj,
  plan: Obj | undefined,
  stats: Obj | undefined,
  requested: string,
  samples: SampleFacts,
): EvalRun['model'] {
  const model: EvalRun['model'] = { requested, reported: [] };
  put(model, 'args', nonEmptyObj(spec, 'model_args'));
  put(model, 'baseUrl', str(spec, 'model_base_url'));
  const gen = { ...(nonEmptyObj(plan, 'config') ?? {}), ...(nonEmptyObj(spec, 'model_generate_config') ?? {}) };
  if (Object.keys(gen).length > 0) model.generateConfig = gen;
  put(model, 'roles', mapRoles(spec));
  const reported = [...new Set(samples.reportedModels)].sort();
  if (reported.length > 0) {
    model.reported = reported;
    model.reportedFrom = 'sample-output';
  } else {
    const usage = isObj(stats?.model_usage) ? Object.keys(stats.model_usage as Obj) : [];
    const roleModels = new Set(Object.values(model.roles ?? {}));
    const other = usage.filter((k) => k !== requested && !roleModels.has(k)).sort();
    if (other.length > 0) {
      model.reported = other;
      model.reportedFrom = 'model-usage';
    }
  }
  return model;
}

function mapRevision(spec: Obj): EvalRun['revision'] {
  const rev = isObj(spec.revision) ? spec.revision : undefined;
  if (!rev) return undefined;
  const revision: NonNullable<EvalRun['revision']> = {};
  put(revision, 'type', str(rev, 'type'));
  put(revision, 'origin', str(rev, 'origin'));
  put(revision, 'commit', str(rev, 'commit'));
  if (typeof rev.dirty === 'boolean') revision.dirty = rev.dirty;
  return Object.keys(revision).length > 0 ? revision : undefined;
}

function mapTimes(spec: Obj, stats: Obj | undefined): EvalRun['times'] {
  const times: EvalRun['times'] = {};
  put(times, 'created', str(spec, 'created'));
  put(times, 'started', str(stats, 'started_at'));
  put(times, 'completed', str(stats, 'completed_at'));
  return times;
}

/** Sample counts: from the results, else (no results at all) the samples the reader saw. */
function mapSamples(header: Obj, config: Obj | undefined, facts: SampleFacts): EvalRun['samples'] {
  const samples: EvalRun['samples'] = {};
  const results = isObj(header.results) ? header.results : undefined;
  put(samples, 'total', num(results, 'total_samples'));
  put(samples, 'completed', num(results, 'completed_samples'));
  if (samples.completed === undefined && facts.seen !== undefined && !results) samples.completed = facts.seen;
  if (facts.errored !== undefined) samples.errored = facts.errored;
  put(samples, 'epochs', num(config, 'epochs'));
  return samples;
}

/** The error message and the invalidated flag; a note when an errored run says nothing. */
function mapOutcome(header: Obj, outcome: EvalRun['outcome'], notes: string[]): void {
  const err = header.error;
  if (isObj(err) && typeof err.message === 'string') outcome.error = err.message;
  else if (typeof err === 'string' && err !== '') outcome.error = err;
  if (outcome.status === 'error' && outcome.error === undefined)
    notes.push('The run has status "error" but the log records no error message.');
  if (header.invalidated === true) outcome.invalidated = true;
}

/** Build the EvalRun. Throws EvalLogFailure (E0808) when a field that matters is wrong. */
export function mapInspectLog(ctx: MapContext): EvalRun {
  const { header, artefact, notes } = ctx;
  const bad: Bad = (message) => new EvalLogFailure({ code: 'E0808', file: artefact.path, message });
  readVersion(header, artefact, notes, bad);
  const { spec, task, model, status } = requiredFields(ctx, bad);
  const stats = isObj(header.stats) ? header.stats : undefined;
  const config = isObj(spec.config) ? spec.config : undefined;
  const planObj = isObj(header.plan) ? header.plan : undefined;
  const run: EvalRun = {
    artefact,
    framework: mapFramework(spec),
    ids: mapIds(spec),
    task: mapTask(spec, task),
    model: mapModel(spec, planObj, stats, model, ctx.samples),
    plan: mapPlan(planObj, spec),
    times: mapTimes(spec, stats),
    samples: mapSamples(header, config, ctx.samples),
    scores: mapScores(header, status, bad, notes),
    outcome: { status },
    notes,
  };
  const tools = mapTools(spec, config, run.plan);
  if (tools) run.tools = tools;
  const revision = mapRevision(spec);
  if (revision) run.revision = revision;
  mapOutcome(header, run.outcome, notes);
  if (config) run.config = config;
  return run;
}

function mapPlan(plan: Obj | undefined, spec: Obj): EvalPlan {
  const out: EvalPlan = { steps: [] };
  put(out, 'name', str(plan, 'name'));
  const steps = Array.isArray(plan?.steps) ? (plan.steps as unknown[]) : [];
  const finish = plan?.finish;
  for (const s of [...steps, ...(isObj(finish) ? [finish] : [])]) {
    if (!isObj(s) || typeof s.solver !== 'string') continue;
    const step: EvalPlanStep = { solver: s.solver };
    put(step, 'params', nonEmptyObj(s, 'params'));
    out.steps.push(step);
  }
  const solver = spec.solver;
  if (typeof solver === 'string' && solver !== '') {
    out.solver = { solver };
    put(out.solver, 'params', nonEmptyObj(spec, 'solver_args'));
  }
  return out;
}

function mapTools(spec: Obj, config: Obj | undefined, plan: EvalPlan): EvalTools | undefined {
  const tools: EvalTools = {};
  const approval = config?.approval;
  const approvers = isObj(approval) && Array.isArray(approval.approvers) ? (approval.approvers as unknown[]) : [];
  for (const a of approvers) {
    if (!isObj(a) || typeof a.name !== 'string') continue;
    const t = a.tools;
    const list =
      typeof t === 'string' ? [t] : Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
    const entry: NonNullable<EvalTools['approvers']>[number] = { name: a.name, tools: list };
    put(entry, 'params', nonEmptyObj(a, 'params'));
    (tools.approvers ??= []).push(entry);
  }
  const sb = spec.sandbox;
  if (isObj(sb) && typeof sb.type === 'string') {
    tools.sandbox = { type: sb.type };
    if (typeof sb.config === 'string') tools.sandbox.config = sb.config;
  } else if (Array.isArray(sb) && typeof sb[0] === 'string') {
    // Older logs write the sandbox as [type, config].
    tools.sandbox = { type: sb[0] };
    if (typeof sb[1] === 'string') tools.sandbox.config = sb[1];
  }
  const granted = new Set<string>();
  for (const step of [...plan.steps, ...(plan.solver ? [plan.solver] : [])]) {
    const t = step.params?.tools;
    if (!Array.isArray(t)) continue;
    for (const x of t) {
      if (typeof x === 'string') granted.add(x);
      else if (isObj(x) && typeof x.name === 'string') granted.add(x.name);
    }
  }
  if (granted.size > 0) tools.granted = [...granted].sort();
  return Object.keys(tools).length > 0 ? tools : undefined;
}

function mapScores(header: Obj, status: EvalRunStatus, bad: Bad, notes: string[]): EvalScore[] {
  const results = header.results;
  if (results === undefined || results === null) {
    if (status === 'success') notes.push('The run has status "success" but the log records no results.');
    return [];
  }
  if (!isObj(results)) throw bad('"results" is not an object');
  const scores = results.scores;
  if (Array.isArray(scores)) {
    return scores.map((s, i) => {
      const where = `results.scores[${i}]`;
      if (!isObj(s)) throw bad(`${where} is not an object`);
      const name = s.name;
      if (typeof name !== 'string') throw bad(`${where}.name is missing or not a string`);
      const scorer = typeof s.scorer === 'string' ? s.scorer : name;
      const score: EvalScore = { name, scorer, metrics: mapMetrics(s.metrics, `${where}.metrics`, bad, notes) };
      put(score, 'reducer', str(s, 'reducer'));
      put(score, 'params', nonEmptyObj(s, 'params'));
      put(score, 'scoredSamples', num(s, 'scored_samples'));
      put(score, 'unscoredSamples', num(s, 'unscored_samples'));
      return score;
    });
  }
  if (scores !== undefined && scores !== null) throw bad('"results.scores" is not an array');
  // Log version 1: one scorer, metrics beside it.
  const scorer = results.scorer;
  if (isObj(scorer)) {
    const name = scorer.name;
    if (typeof name !== 'string') throw bad('results.scorer.name is missing or not a string');
    const score: EvalScore = {
      name,
      scorer: name,
      metrics: mapMetrics(results.metrics, 'results.metrics', bad, notes),
    };
    put(score, 'params', nonEmptyObj(scorer, 'params'));
    notes.push('Read the version 1 results layout (results.scorer with results.metrics) as one score.');
    return [score];
  }
  return [];
}

function mapMetrics(metrics: unknown, where: string, bad: Bad, notes: string[]): EvalMetric[] {
  if (metrics === undefined || metrics === null) return [];
  if (!isObj(metrics)) throw bad(`${where} is not an object`);
  const out: EvalMetric[] = [];
  for (const [key, m] of Object.entries(metrics)) {
    if (!isObj(m)) throw bad(`${where}.${key} is not an object`);
    const name = typeof m.name === 'string' ? m.name : key;
    const v = m.value;
    let value: number | null;
    if (typeof v === 'number') value = v;
    else if (v === null) {
      value = null;
      notes.push(`Metric ${where}.${key} has no value (null).`);
    } else throw bad(`${where}.${key}.value is ${JSON.stringify(v)}, not a number`);
    if (typeof value === 'number' && !Number.isFinite(value))
      notes.push(`Metric ${name} is ${String(value)} as recorded in the log.`);
    const metric: EvalMetric = { name, value };
    put(metric, 'params', nonEmptyObj(m, 'params') ?? nonEmptyObj(m, 'options'));
    out.push(metric);
  }
  return out;
}
