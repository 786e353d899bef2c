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
  /** Findings left out of `diagnostics` by --quiet, counted (set by limitOutput, with `limits.quiet`). */
  omitted?: Omitted;
}

/** Findings left out of a report by --quiet. */
export interface Omitted {
  warnings: number;
  infos: number;
}

/** What `warrant check --quiet` and `--max-warnings N` ask of a report. */
export interface OutputLimits {
  /** Errors only: warnings and infos are neither printed nor counted towards the exit code. */
  quiet?: boolean;
  /** The run fails when it has more warnings than this (after --quiet, which leaves none). */
  maxWarnings?: number;
}

export interface CheckReport {
  tool: { name: 'warrant'; version: string };
  /** In the order the roots were given on the command line. */
  cases: CaseResult[];
  /** The lowest severity that makes the run fail (`--fail-on`, default error). */
  failOn: Severity;
  /** --quiet and --max-warnings, when given; apply them with limitOutput so that the cases agree. */
  limits?: OutputLimits;
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

/** Counts over every case, and whether the run fails: at `failOn`, or on more warnings than --max-warnings. */
export function summarise(r: CheckReport): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0, failed: false };
  for (const c of r.cases) count(c.diagnostics, r.failOn, s);
  if (tooManyWarnings(r, s)) s.failed = true;
  return s;
}

/** True when --max-warnings was given and the report has more warnings than it allows. */
export function tooManyWarnings(r: CheckReport, s: Pick<Summary, 'warnings'>): boolean {
  const max = r.limits?.maxWarnings;
  return max !== undefined && s.warnings > max;
}

/**
 * The report as the limits ask: with `quiet`, each case keeps its errors only
 * and counts what it left out in `omitted`. Suppressed findings stay listed
 * whatever their severity: they are the record of who silenced what.
 */
export function limitOutput(r: CheckReport, limits: OutputLimits): CheckReport {
  const cases = limits.quiet
    ? r.cases.map((c): CaseResult => {
        const omitted = { warnings: 0, infos: 0 };
        for (const d of c.diagnostics) {
          if (d.severity === 'warning') omitted.warnings++;
          else if (d.severity === 'info') omitted.infos++;
        }
        return { ...c, diagnostics: c.diagnostics.filter((d) => d.severity === 'error'), omitted };
      })
    : r.cases;
  return { ...r, cases, limits: { ...limits } };
}

/** Findings --quiet left out, over every case; undefined when the output was not limited. */
export function omittedTotal(r: CheckReport): Omitted | undefined {
  if (!r.limits?.quiet) return undefined;
  const total = { warnings: 0, infos: 0 };
  for (const c of r.cases) {
    total.warnings += c.omitted?.warnings ?? 0;
    total.infos += c.omitted?.infos ?? 0;
  }
  return total;
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
