// The reader entry point: detect an evaluation log's format from its bytes,
// read it with limits, and return its runs or one typed error.
//
// Detection never trusts the file name alone: a zip signature means an
// Inspect .eval; a JSON object is an Inspect log when it has an "eval" object
// and an lm-evaluation-harness results file when it has "results" with
// "versions", "n-shot", "config" or "configs". Anything else is E0802.

import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import {
  DEFAULT_LIMITS,
  type EvalArtefact,
  EvalLogFailure,
  type EvalLogFormat,
  type EvalLogLimits,
  type EvalLogResult,
  type EvalRun,
  type ReadEvalLog,
  type ReadEvalLogOptions,
} from './eval-run.js';
import { sha256File } from './hash.js';
import { readInspectEval } from './inspect/eval-log.js';
import { inspectJsonRun, scanJsonLog } from './inspect/json-log.js';
import { isObj } from './inspect/map.js';
import { lmEvalRuns, looksLikeLmEvalResults } from './lm-eval/results.js';

export type { EvalLogResult, ReadEvalLogOptions } from './eval-run.js';

/** Resolve options into a full set of limits (defaults for what is not given). */
export function resolveLimits(opts?: ReadEvalLogOptions): EvalLogLimits {
  const limits: EvalLogLimits = { ...DEFAULT_LIMITS };
  for (const [k, v] of Object.entries(opts?.limits ?? {})) {
    if (typeof v === 'number' && v > 0 && Object.hasOwn(limits, k)) limits[k as keyof EvalLogLimits] = v;
  }
  return limits;
}

/**
 * Read one evaluation log file. Never throws for bad input: every problem is
 * returned as `{ ok: false, error }` with a code (E0801-E0808), a message, the
 * file and, for .eval archives, the member. Nothing is written anywhere.
 */
export async function readEvalLog(file: string, opts?: ReadEvalLogOptions): Promise<EvalLogResult> {
  try {
    return { ok: true, runs: await readOrThrow(file, opts) };
  } catch (e) {
    if (e instanceof EvalLogFailure) return { ok: false, error: e.detail };
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: {
        code: 'E0802',
        file,
        message: `internal error while reading the log (${message}); please report it with the file`,
      },
    };
  }
}

// The entry point keeps the signature eval-run.ts promises to its consumers.
void (readEvalLog satisfies ReadEvalLog);

async function readOrThrow(file: string, opts?: ReadEvalLogOptions): Promise<EvalRun[]> {
  const limits = resolveLimits(opts);
  const probe = opts?.probeSamples !== false;
  let before: Stats;
  try {
    before = await stat(file);
    if (!before.isFile()) throw new EvalLogFailure({ code: 'E0801', file, message: 'not a regular file' });
  } catch (e) {
    if (e instanceof EvalLogFailure) throw e;
    throw new EvalLogFailure({ code: 'E0801', file, message: `cannot read the file: ${(e as Error).message}` });
  }
  if (before.size === 0) throw new EvalLogFailure({ code: 'E0802', file, message: 'the file is empty' });

  const detected = opts?.format ?? (await detect(file));
  const format: EvalLogFormat = detected === 'json' ? 'inspect-json' : detected;
  const runs = await readDetected(file, detected, format, limits, probe);
  // The hash and the content are read in separate passes: make sure they are of the same file.
  const after = await stat(file).catch(() => undefined);
  if (!after || !sameFileState(before, after)) {
    throw new EvalLogFailure({
      code: 'E0801',
      file,
      message:
        'the file changed while it was being read (is the evaluation still writing it?); import it again once it is complete',
    });
  }
  return runs;
}

/** Whether two stats of a path describe the same, unchanged file (size, modification time, inode). */
export function sameFileState(
  a: Pick<Stats, 'size' | 'mtimeMs' | 'ino'>,
  b: Pick<Stats, 'size' | 'mtimeMs' | 'ino'>,
): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

async function readDetected(
  file: string,
  detected: EvalLogFormat | 'json',
  format: EvalLogFormat,
  limits: EvalLogLimits,
  probe: boolean,
): Promise<EvalRun[]> {
  const { sha256, bytes } = await sha256File(file).catch((e: unknown) => {
    throw new EvalLogFailure({ code: 'E0801', file, message: `cannot read the file: ${(e as Error).message}` });
  });
  const artefact: EvalArtefact = { path: file, sha256, bytes, format };

  if (format === 'inspect-eval') return [await readInspectEval(artefact, limits, probe)];

  const scanned = await scanJsonLog(file, limits, probe);
  if (detected === 'inspect-json') return [inspectJsonRun(artefact, scanned)];
  if (detected === 'lm-eval-results') {
    if (!looksLikeLmEvalResults(scanned.top)) {
      throw new EvalLogFailure({
        code: 'E0802',
        file,
        message:
          'the JSON is not an lm-evaluation-harness results file (no "results" with "versions", "n-shot", "config" or "configs", or it has an Inspect "eval")',
      });
    }
    return lmEvalRuns(artefact, scanned.top);
  }
  // Detected as JSON: decide by shape.
  if (isObj(scanned.top.eval)) {
    artefact.format = 'inspect-json';
    return [inspectJsonRun(artefact, scanned)];
  }
  if (looksLikeLmEvalResults(scanned.top)) {
    artefact.format = 'lm-eval-results';
    return lmEvalRuns(artefact, scanned.top);
  }
  throw new EvalLogFailure({
    code: 'E0802',
    file,
    message:
      'the JSON is not an evaluation log: it has neither an Inspect "eval" object nor lm-evaluation-harness "results" with "versions"/"config"',
  });
}

/** Sniff the first bytes: 'inspect-eval' for a zip, 'json' for a JSON object (its kind is decided by its shape). */
async function detect(file: string): Promise<EvalLogFormat | 'json'> {
  const fh = await open(file, 'r').catch((e: unknown) => {
    throw new EvalLogFailure({ code: 'E0801', file, message: `cannot read the file: ${(e as Error).message}` });
  });
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    const b = head.subarray(0, bytesRead);
    if (
      b.length >= 4 &&
      b[0] === 0x50 &&
      b[1] === 0x4b &&
      (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07) &&
      (b[3] === 0x04 || b[3] === 0x06 || b[3] === 0x08)
    ) {
      return 'inspect-eval';
    }
    let i = 0;
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3; // UTF-8 BOM
    while (i < b.length && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++;
    if (i < b.length && b[i] === 0x7b /* { */) return 'json';
    if (i < b.length && b[i] === 0x5b /* [ */) {
      throw new EvalLogFailure({
        code: 'E0802',
        file,
        message:
          'the file is a JSON array, not an evaluation log (Inspect and lm-evaluation-harness logs are JSON objects)',
      });
    }
    throw new EvalLogFailure({
      code: 'E0802',
      file,
      message:
        'the file is neither a zip archive (Inspect .eval) nor a JSON object (Inspect .json, lm-evaluation-harness results): it is not an evaluation log',
    });
  } finally {
    await fh.close();
  }
}
