// The normalized, framework-neutral record of one evaluation run, as read from
// an evaluation log (Inspect .json / .eval, lm-evaluation-harness results_*.json).
//
// This is the contract between the log readers (src/evidence/inspect,
// src/evidence/lm-eval, src/evidence/read-log.ts) and everything that turns a
// run into evidence. It is pure data: plain JSON-compatible objects (except that
// metric values may be NaN or +/-Infinity, exactly as the log recorded them),
// with no class instances, so it can be serialised, diffed and compared.
//
// Stability: fields are only ever added, never renamed or removed. Optional
// fields are absent (not null) when the log does not record them.

/** The log formats the readers understand. */
export type EvalLogFormat =
  /** Inspect JSON log (`.json`; also accepted under any other name). */
  | 'inspect-json'
  /** Inspect zip log (`.eval`): header.json, journal, summaries, samples. */
  | 'inspect-eval'
  /** lm-evaluation-harness aggregated results file (`results_<date>.json`). */
  | 'lm-eval-results';

/**
 * Run status, normalized. Only `success` runs are complete; every other status
 * must be shown to the reader of the case and never silently counted as a
 * finished evaluation.
 *
 * - `success`: the run finished and its results are complete.
 * - `error`: the run stopped on an error (Inspect `status: "error"`).
 * - `cancelled`: the run was cancelled (Inspect `status: "cancelled"`).
 * - `started`: the log says the run was still in progress when it was written
 *   (Inspect `status: "started"`, or a crashed `.eval` with no header.json,
 *   reconstructed from its journal).
 */
export type EvalRunStatus = 'success' | 'error' | 'cancelled' | 'started';

/** The artefact (the log file itself) the run was read from. */
export interface EvalArtefact {
  /** The path as given to the reader (not resolved or normalized). */
  path: string;
  /** Lowercase hex sha256 of the file's bytes, computed by streaming the file. */
  sha256: string;
  /** The file's size in bytes. */
  bytes: number;
  /** Which format the reader detected. */
  format: EvalLogFormat;
  /**
   * The log format version the file declares, when it declares one
   * (Inspect `version`: 1, 2 or 3). Absent for lm-evaluation-harness.
   */
  formatVersion?: number;
}

/** The evaluation framework that wrote the log. */
export interface EvalFramework {
  /** `inspect_ai` or `lm-evaluation-harness`. */
  name: 'inspect_ai' | 'lm-evaluation-harness';
  /**
   * The framework's version as recorded in the log (Inspect
   * `eval.packages.inspect_ai`; lm-eval `lm_eval_version`). Absent when the log
   * does not record it (old Inspect logs, older lm-eval files).
   */
  version?: string;
  /**
   * Other package versions the log records (Inspect `eval.packages` besides
   * inspect_ai; lm-eval `transformers_version` and the like), name to version.
   */
  packages?: Record<string, string>;
}

/** The model that was evaluated. */
export interface EvalModel {
  /**
   * The model the run asked for, as the framework names it
   * (Inspect `eval.model`, e.g. `openai/gpt-5.4`; lm-eval `model_name`, or
   * `config.model` plus its `pretrained=` argument).
   */
  requested: string;
  /**
   * The exact model snapshot(s) the provider reported serving, de-duplicated
   * and sorted (e.g. `gpt-5.4-2026-03-05`). Empty when the log holds no
   * provider-reported identity (mock models, logs without samples, lm-eval).
   * See `reportedFrom` for where it was found.
   */
  reported: string[];
  /**
   * Where `reported` was read from: `sample-output` (the `output.model` of the
   * first sample(s) that have one), `model-usage` (keys of the run's model
   * usage that differ from the requested name), or absent when `reported` is empty.
   */
  reportedFrom?: 'sample-output' | 'model-usage';
  /** Model arguments (Inspect `eval.model_args`; lm-eval `config.model_args`, parsed when it is a `k=v,k=v` string). */
  args?: Record<string, unknown>;
  /** The model API base URL when the log records one (Inspect `eval.model_base_url`). */
  baseUrl?: string;
  /** Generation config the run passed to the model (Inspect `eval.model_generate_config` merged over `plan.config`). */
  generateConfig?: Record<string, unknown>;
  /**
   * Other models the run used by role (Inspect `eval.model_roles`, e.g. a
   * grader), role to model name.
   */
  roles?: Record<string, string>;
}

/** The task (benchmark) that was run. */
export interface EvalTask {
  /** Task name (Inspect `eval.task`; lm-eval the task key in `results`). */
  name: string;
  /** The name the task is registered under (Inspect `eval.task_registry_name`, e.g. `inspect_evals/mmlu_0_shot`). */
  registryName?: string;
  /** Task version (Inspect `eval.task_version`; lm-eval `versions[task]`). Kept as the log's type. */
  version?: string | number;
  /** The file that defined the task, when recorded (Inspect `eval.task_file`). */
  file?: string;
  /** Task identifier unique to this task instance (Inspect `eval.task_id`). */
  id?: string;
  /** Task arguments (Inspect `eval.task_args`). */
  args?: Record<string, unknown>;
  /** Number of few-shot examples (lm-eval `n-shot[task]`). */
  nShot?: number;
  /** The dataset the task drew from. */
  dataset?: {
    /** Dataset name. */
    name?: string;
    /** Where the dataset was loaded from (path, URL or hub id). */
    location?: string;
    /** How many samples the dataset holds in total (not how many were run). */
    samples?: number;
    /** Whether the samples were shuffled. */
    shuffled?: boolean;
  };
}

/** One step of the solver/scaffold plan. */
export interface EvalPlanStep {
  /** The solver's registered name (e.g. `generate`, `system_message`, `inspect_swe/codex_cli`). */
  solver: string;
  /** The solver's parameters as recorded. */
  params?: Record<string, unknown>;
}

/** The solver/scaffold plan: what the model was wrapped in. */
export interface EvalPlan {
  /** The plan's name (Inspect `plan.name`, usually `plan`). */
  name?: string;
  /** The steps in order (Inspect `plan.steps`, then `plan.finish` if present). */
  steps: EvalPlanStep[];
  /** A top-level solver/agent the spec names (Inspect `eval.solver`) with its args (`eval.solver_args`). */
  solver?: EvalPlanStep;
}

/** Tool permissions and the execution environment, where the log records them. */
export interface EvalTools {
  /** Tool approval policy (Inspect `eval.config.approval.approvers`): which approver handles which tools. */
  approvers?: { name: string; tools: string[]; params?: Record<string, unknown> }[];
  /** Sandbox the tools ran in (Inspect `eval.sandbox`: type and config file). */
  sandbox?: { type: string; config?: string };
  /** Tool names granted in the plan (the `tools` parameter of `use_tools` and similar steps), sorted. */
  granted?: string[];
}

/** The source revision of the evaluation code. */
export interface EvalRevision {
  /** Revision control system (Inspect `eval.revision.type`, `git`). */
  type?: string;
  /** Remote origin URL (Inspect `eval.revision.origin`). */
  origin?: string;
  /** Commit hash as recorded (may be abbreviated; lm-eval `git_hash`). */
  commit?: string;
  /** Whether the working tree had uncommitted changes; absent when not recorded. */
  dirty?: boolean;
}

/** When the run happened. ISO 8601 strings exactly as recorded (not re-zoned). */
export interface EvalTimes {
  /** When the run was created (Inspect `eval.created`; lm-eval `date`, a unix time converted to ISO 8601 UTC). */
  created?: string;
  /** When evaluation started (Inspect `stats.started_at`). */
  started?: string;
  /** When evaluation completed (Inspect `stats.completed_at`; absent if empty). */
  completed?: string;
  /** Total wall time in seconds when the log records it (lm-eval `total_evaluation_time_seconds`). */
  durationSeconds?: number;
}

/** How many samples the run covered. */
export interface EvalSampleCounts {
  /** Samples the run set out to evaluate (Inspect `results.total_samples`; lm-eval `n-samples[task].effective`). */
  total?: number;
  /** Samples completed (Inspect `results.completed_samples`). */
  completed?: number;
  /** Samples that ended with an error, counted from the per-sample summaries when they are read. */
  errored?: number;
  /** Number of epochs (Inspect `eval.config.epochs`). */
  epochs?: number;
  /** lm-eval `n-samples[task].original`: the size of the task's full split. */
  original?: number;
}

/** One metric of one score. */
export interface EvalMetric {
  /** Metric name (e.g. `accuracy`, `stderr`, `acc_norm`). */
  name: string;
  /**
   * The value as recorded. May be NaN or +/-Infinity when the log says so
   * (Inspect writes bare `NaN`); `null` when the log records no numeric value
   * (lm-eval writes `"N/A"` for missing stderrs).
   */
  value: number | null;
  /** The metric's parameters when recorded. */
  params?: Record<string, unknown>;
  /** Standard error reported alongside (lm-eval `<metric>_stderr,<filter>`). */
  stderr?: number | null;
  /** Whether a higher value is better (lm-eval `higher_is_better`), when recorded. */
  higherIsBetter?: boolean;
}

/** One score: the metrics one scorer produced, after one reducer. */
export interface EvalScore {
  /** The score's name (Inspect `results.scores[].name`; lm-eval the filter, e.g. `none`, `strict-match`). */
  name: string;
  /** The scorer that produced it (Inspect `scorer`; lm-eval the task name). */
  scorer: string;
  /** The epoch reducer (Inspect `reducer`, e.g. `mean`), when recorded. */
  reducer?: string;
  /** Scorer parameters when recorded. */
  params?: Record<string, unknown>;
  /** Samples scored / not scored (Inspect `scored_samples` / `unscored_samples`), when recorded. */
  scoredSamples?: number;
  /** See `scoredSamples`. */
  unscoredSamples?: number;
  /** The metrics, in the order the log lists them. */
  metrics: EvalMetric[];
}

/** The run's outcome as the log states it. */
export interface EvalRunOutcome {
  /** Normalized status. Only `success` is a completed run. */
  status: EvalRunStatus;
  /** The error message when the run failed (Inspect `error.message`); absent if the log gives none. */
  error?: string;
  /** True when Inspect marked the log invalidated (`invalidated: true`). */
  invalidated?: boolean;
}

/** One evaluation run, normalized. */
export interface EvalRun {
  /** The log file this run was read from, with its sha256. */
  artefact: EvalArtefact;
  /** The framework that wrote it, with its version. */
  framework: EvalFramework;
  /**
   * Identifiers the framework assigned: Inspect `eval.run_id`, `eval.eval_id`,
   * `eval.eval_set_id`. Absent when not recorded.
   */
  ids: { run?: string; eval?: string; evalSet?: string };
  /** The task. */
  task: EvalTask;
  /** The model: requested and the exact snapshot reported. */
  model: EvalModel;
  /** The solver/scaffold plan. */
  plan: EvalPlan;
  /** Tool permissions and sandbox, when the log records any; absent otherwise. */
  tools?: EvalTools;
  /** The evaluation code's revision, when recorded. */
  revision?: EvalRevision;
  /** Created / started / completed times. */
  times: EvalTimes;
  /** Samples completed of total. */
  samples: EvalSampleCounts;
  /** Every score with its scorer, reducer and metrics, in log order. */
  scores: EvalScore[];
  /** Status, error and invalidation: anything other than `success` must be flagged. */
  outcome: EvalRunOutcome;
  /** Run configuration as recorded (Inspect `eval.config`; lm-eval `config` minus model fields), for display. */
  config?: Record<string, unknown>;
  /**
   * What the reader had to tolerate or reconstruct, one sentence each (e.g.
   * "header.json is missing: the run was reconstructed from _journal/start.json
   * and 3 journal summaries"). Empty when the log was read as is.
   */
  notes: string[];
  /**
   * What the import must say, not only record (each also in `notes`): data the
   * reader left out (a metric whose value is not a number) or did not check
   * (archive members it did not read, so whose CRC-32 was not verified).
   */
  warnings?: string[];
  /**
   * The metric that would be the default headline had the reader not left it
   * out (its value is not a number), as "<score>/<metric>" with the value as
   * recorded: the import says which metric it chose instead, and why.
   */
  headlineSkipped?: { name: string; value: string };
  /**
   * Archive members (.eval) the reader did not read, so whose CRC-32 was not
   * checked, as one sentence (also in `notes`): the import shows it.
   */
  unverified?: string;
}

/** Error codes of the readers, documented in docs/evidence-formats.md. */
export type EvalLogErrorCode =
  /** The file cannot be read (missing, a directory, permission). */
  | 'E0801'
  /** The file is not an evaluation log this tool understands (unknown format, JSON of another shape). */
  | 'E0802'
  /** The file is not valid JSON (beyond the bare NaN/Infinity that Inspect writes). */
  | 'E0803'
  /** The zip archive is damaged or truncated (no central directory, bad headers). */
  | 'E0804'
  /** A zip member is corrupt: CRC-32 mismatch, size mismatch, or a decompression error. */
  | 'E0805'
  /** A limit was exceeded: decompressed bytes, compression ratio (zip bomb), member count or JSON size. */
  | 'E0806'
  /** A zip member uses a compression method or encryption this tool cannot read. */
  | 'E0807'
  /** The log is structurally an evaluation log but a field that matters (identity, scores, status) is missing or of the wrong type. */
  | 'E0808'
  /** The log reads, but holds no evaluation run to import (an lm-eval results file with no task, say). */
  | 'E0809';

/** A reader error: what went wrong, where, and how to fix it. */
export interface EvalLogError {
  /** Stable code, see EvalLogErrorCode. */
  code: EvalLogErrorCode;
  /** A sentence for a person: what is wrong and what to do. */
  message: string;
  /** The file as given to the reader. */
  file: string;
  /** The zip member concerned, for `.eval` files. */
  member?: string;
}

/** Limits on what a reader will decompress and parse. All sizes in bytes. */
export interface EvalLogLimits {
  /** Maximum total bytes decompressed from one archive (default 1 GiB). */
  maxTotalUncompressed: number;
  /** Maximum decompressed size of one member that is parsed whole, such as header.json or reductions.json (default 64 MiB). */
  maxMemberBytes: number;
  /** Maximum ratio of uncompressed to compressed size of a member (default 1000). Only applied to members over 1 MiB uncompressed. */
  maxRatio: number;
  /** Maximum number of members in an archive (default 1,000,000). */
  maxEntries: number;
  /** Maximum size of one top-level JSON value kept in memory when streaming a .json log, e.g. its `eval` or `reductions` part (default 64 MiB). */
  maxJsonValueBytes: number;
  /** Maximum bytes of one sample read to find the reported model snapshot (default 64 MiB); past it the snapshot is not looked for. */
  maxSampleProbeBytes: number;
}

/** Options of readEvalLog. */
export interface ReadEvalLogOptions {
  /** Override some limits; the rest keep their defaults (DEFAULT_LIMITS). */
  limits?: Partial<EvalLogLimits>;
  /**
   * Force a format instead of detecting it from the content. Detection looks at
   * the bytes (zip signature, JSON shape), never only at the extension.
   */
  format?: EvalLogFormat;
  /**
   * Read sample data to find the provider-reported model snapshot (default
   * true). At most the first sample is streamed, bounded by maxSampleProbeBytes.
   */
  probeSamples?: boolean;
}

/** The result of reading one log file: runs, or one error. */
export type EvalLogResult = { ok: true; runs: EvalRun[] } | { ok: false; error: EvalLogError };

/**
 * The reader entry point, implemented by `readEvalLog` in src/evidence/read-log.ts:
 * detect the format from the file's content, read it with limits, and return
 * its runs (one per Inspect log; one per task for lm-evaluation-harness), or
 * one typed error. It never throws for bad input and never writes anything.
 */
export type ReadEvalLog = (file: string, opts?: ReadEvalLogOptions) => Promise<EvalLogResult>;

/** The default limits (see EvalLogLimits for what each one means). */
export const DEFAULT_LIMITS: Readonly<EvalLogLimits> = Object.freeze({
  maxTotalUncompressed: 1024 * 1024 * 1024,
  maxMemberBytes: 64 * 1024 * 1024,
  maxRatio: 1000,
  maxEntries: 1_000_000,
  maxJsonValueBytes: 64 * 1024 * 1024,
  maxSampleProbeBytes: 64 * 1024 * 1024,
});

/** True when a run's status is anything other than a completed success, or it was invalidated. */
export function isIncomplete(run: EvalRun): boolean {
  return run.outcome.status !== 'success' || run.outcome.invalidated === true;
}

/**
 * Thrown inside the readers to abort with a typed error; readEvalLog catches
 * it and returns `{ ok: false, error }`. Never escapes readEvalLog.
 */
export class EvalLogFailure extends Error {
  override name = 'EvalLogFailure';
  constructor(readonly detail: EvalLogError) {
    super(`${detail.code} ${detail.file}${detail.member ? ` (${detail.member})` : ''}: ${detail.message}`);
  }
}
