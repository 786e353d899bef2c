// Inspect `.json` logs: one JSON object, its samples inline. The file is
// streamed once: the top-level fields other than `samples` are kept (each
// capped by limits.maxJsonValueBytes), the samples are walked but not kept,
// except each sample's `output.model` (the provider-reported model) and
// whether it has an `error`.

import { setOwn } from '../../util/own.js';
import type { EvalArtefact, EvalLogLimits, EvalRun } from '../eval-run.js';
import { EvalLogFailure } from '../eval-run.js';
import type { PathSeg } from '../json/scan.js';
import { parseCaptured, scanFile } from '../json/scan-file.js';
import { isObj, mapInspectLog } from './map.js';

/** The top level of a JSON log without its samples, and what was learned from the samples. */
export interface ScannedJsonLog {
  top: Record<string, unknown>;
  /** Number of elements of a top-level `samples` array (undefined if there is none). */
  samples?: number;
  /** Samples whose `error` is set. */
  errored: number;
  /** Distinct `samples[i].output.model` values, in order of first appearance (at most 100). */
  reportedModels: string[];
}

/**
 * Stream a JSON file keeping its top-level members except `samples`.
 * Throws EvalLogFailure (E0801, E0803, E0806).
 */
export async function scanJsonLog(file: string, limits: EvalLogLimits, probeSamples = true): Promise<ScannedJsonLog> {
  const out: ScannedJsonLog = { top: {}, errored: 0, reportedModels: [] };
  const models = new Set<string>();
  const src = { file };
  await scanFile(
    file,
    {
      want(path: readonly PathSeg[]): boolean {
        if (path.length === 1) {
          if (path[0] !== 'samples') return true;
          out.samples ??= 0; // present, possibly empty
          return false;
        }
        if (path[0] !== 'samples') return false;
        if (path.length === 2) {
          out.samples = (path[1] as number) + 1;
          return false;
        }
        if (path.length === 3) return path[2] === 'error';
        return probeSamples && path.length === 4 && path[2] === 'output' && path[3] === 'model' && models.size < 100;
      },
      captured(path: readonly PathSeg[], raw: Uint8Array): void {
        const value = parseCaptured(src, path, raw);
        if (path.length === 1) setOwn(out.top, path[0] as string, value);
        else if (path.length === 3) {
          if (value !== null && value !== '' && value !== undefined) out.errored++;
        } else if (typeof value === 'string' && value !== '' && !models.has(value)) {
          models.add(value);
          out.reportedModels.push(value);
        }
      },
    },
    { maxQueryDepth: 4, maxCaptureBytes: limits.maxJsonValueBytes },
  );
  return out;
}

/** Map a scanned Inspect JSON log to its run. */
export function inspectJsonRun(artefact: EvalArtefact, scanned: ScannedJsonLog): EvalRun {
  if (!isObj(scanned.top.eval)) {
    throw new EvalLogFailure({
      code: 'E0802',
      file: artefact.path,
      message: 'the JSON has no "eval" object: it is not an Inspect log',
    });
  }
  const notes: string[] = [];
  const samples =
    scanned.samples === undefined
      ? { reportedModels: scanned.reportedModels }
      : { reportedModels: scanned.reportedModels, seen: scanned.samples, errored: scanned.errored };
  if (scanned.samples === undefined)
    notes.push(
      'The log holds no samples (header only): sample errors were not counted and no provider-reported model could be read.',
    );
  return mapInspectLog({ artefact, header: scanned.top, samples, notes });
}
