// Load one case from disk and prepare everything its report or preview page
// shows: shared by `warrant report` and `warrant serve`. A case that does not
// load gives its loader diagnostics instead (file:line:col), never a throw.

import { caseStatus } from '../analysis/status.js';
import { loadCase } from '../format/load-case.js';
import { DEFAULT_LIMITS } from '../format/parse-yaml.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { type ReportData, reportOf } from '../render/report/index.js';
import { displayPath } from './display-path.js';
import { createFsReader, resolveCaseRoot } from './fs-reader.js';

export type CaseView =
  | { ok: true; root: string; files: string[]; data: ReportData; svg: string }
  | {
      ok: false;
      root: string;
      files: string[];
      diagnostics: Diagnostic[];
      sources: Map<string, string>;
      fatal: boolean;
    };

export interface ViewOptions {
  cwd: string;
  asOf: string;
  version: string;
  generated?: string;
  maxBytes?: number;
}

/** The root file a path argument names (a warrant.yaml, or a directory holding one), as displayed. */
export function caseRoot(arg: string, cwd: string): string {
  return resolveCaseRoot(displayPath(arg, cwd), cwd);
}

export function viewCase(root: string, opts: ViewOptions): CaseView {
  const loaded = loadCase(root, createFsReader(opts.cwd), {
    ...DEFAULT_LIMITS,
    maxBytes: opts.maxBytes ?? DEFAULT_LIMITS.maxBytes,
  });
  const files = loaded.case?.files ?? [...loaded.sources.keys()];
  if (!loaded.case) {
    return {
      ok: false,
      root,
      files: files.length ? files : [root],
      diagnostics: [...loaded.diagnostics].sort(compareDiagnostics),
      sources: loaded.sources,
      fatal: loaded.fatal,
    };
  }
  const { data, svg } = reportOf(loaded.case, loaded.diagnostics, {
    asOf: opts.asOf,
    version: opts.version,
    ...(opts.generated ? { generated: opts.generated } : {}),
    status: (c, g, asOf) => caseStatus(c, g, { asOf }),
  });
  return { ok: true, root, files, data, svg };
}
