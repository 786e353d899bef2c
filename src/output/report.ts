// The result of one `warrant check` run, as every output format sees it.

import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { compareDiagnostics, severityAtLeast } from '../model/diagnostic.js';

/** A finding a suppression in the case's configuration silenced: shown, never hidden. */
export interface SuppressedResult {
  finding: Diagnostic;
  suppression: { rule: string; target: string; reason: string; by: string; date?: string };
}

/** The findings for one case root. */
export interface CaseResult {
  /** The case root as the user named it (a directory or a warrant.yaml path). */
  root: string;
  /** The case id from its header, when the header could be read. */
  caseId?: string;
  /** Sorted by compareDiagnostics (the formatters sort again, so order never depends on the caller). */
  diagnostics: Diagnostic[];
  /** Findings silenced by a suppression, with who suppressed them and why. */
  suppressed?: SuppressedResult[];
}

export interface CheckReport {
  tool: { name: 'warrant'; version: string };
  /** In the order the roots were given on the command line. */
  cases: CaseResult[];
  /** The lowest severity that makes the run fail (`--fail-on`, default error). */
  failOn: Severity;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  /** True when some diagnostic is at or above `failOn`. */
  failed: boolean;
}

function count(diagnostics: readonly Diagnostic[], failOn: Severity, into: Summary): Summary {
  for (const d of diagnostics) {
    if (d.severity === 'error') into.errors++;
    else if (d.severity === 'warning') into.warnings++;
    else into.infos++;
    if (severityAtLeast(d.severity, failOn)) into.failed = true;
  }
  return into;
}

/** Counts over every case, and whether the run fails at `failOn`. */
export function summarise(r: CheckReport): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0, failed: false };
  for (const c of r.cases) count(c.diagnostics, r.failOn, s);
  return s;
}

/** Counts for one case, judged against `failOn`. */
export function summariseCase(c: CaseResult, failOn: Severity): Summary {
  return count(c.diagnostics, failOn, { errors: 0, warnings: 0, infos: 0, failed: false });
}

/**
 * Exit code for a report whose inputs were all usable: 1 when findings reach
 * `failOn`, else 0. Exit code 2 (unusable input or usage) is the command's call.
 */
export function exitCodeFor(r: CheckReport): 0 | 1 {
  return summarise(r).failed ? 1 : 0;
}

/** The diagnostics of a case in the deterministic order, whatever order they came in. */
export function sortedDiagnostics(c: CaseResult): Diagnostic[] {
  return [...c.diagnostics].sort(compareDiagnostics);
}
