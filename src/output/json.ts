// Machine output of `warrant check --format json`, schema "warrant-check/1".
// Keys are written in a fixed order, 2-space indent, trailing newline. Optional
// fields are left out when absent: caseId; a diagnostic's hint and target (also
// when empty); related (also when empty). docs/output.md documents the schema.
// A change that removes or renames a field, or changes a field's meaning,
// needs a new schema name ("warrant-check/2"); adding fields does not.
import type { Severity } from '../model/diagnostic.js';
import type { ShownDiagnostic } from './pretty.js';
import type { CheckReport, Omitted, Summary } from './report.js';
import { omittedTotal, sortedDiagnostics, summarise, summariseCase } from './report.js';
import { jsonText } from './text.js';

export const JSON_SCHEMA_ID = 'warrant-check/1';

export interface JsonRelated {
  message: string;
  file: string;
  line: number;
  column: number;
}

export interface JsonDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
  file: string;
  line: number;
  column: number;
  target?: string;
  related?: JsonRelated[];
}

export interface JsonSuppressed extends JsonDiagnostic {
  suppression: { reason: string; by: string; date?: string };
}

export interface JsonCase {
  root: string;
  caseId?: string;
  summary: Summary;
  /** With --quiet: the warnings and infos left out of `diagnostics`. */
  omitted?: Omitted;
  diagnostics: JsonDiagnostic[];
  /** Findings silenced by a suppression; always present so that nothing is hidden silently. */
  suppressed: JsonSuppressed[];
}

export interface JsonReport {
  warrant: string;
  schema: typeof JSON_SCHEMA_ID;
  failOn: Severity;
  /** --max-warnings, when given: more warnings than this fail the run. */
  maxWarnings?: number;
  /** --quiet: errors only; warnings and infos are counted in `omitted`, not listed. */
  quiet?: true;
  summary: Summary;
  omitted?: Omitted;
  cases: JsonCase[];
}

function summaryOf(s: Summary): Summary {
  return { errors: s.errors, warnings: s.warnings, infos: s.infos, failed: s.failed };
}

/** One diagnostic in the JSON shape every command uses (`column`, not `col`; empty fields left out). */
export function jsonDiagnostic(d: ShownDiagnostic & { target?: string }): JsonDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    ...(d.hint !== undefined && d.hint !== '' ? { hint: d.hint } : {}),
    file: d.file,
    line: d.line,
    column: d.col,
    ...(d.target !== undefined && d.target !== '' ? { target: d.target } : {}),
    ...(d.related !== undefined && d.related.length > 0
      ? { related: d.related.map((r) => ({ message: r.message, file: r.file, line: r.line, column: r.col })) }
      : {}),
  };
}

/** The report as a plain object in the documented shape and key order. */
export function toJsonReport(report: CheckReport): JsonReport {
  const omitted = omittedTotal(report);
  const max = report.limits?.maxWarnings;
  return {
    warrant: report.tool.version,
    schema: JSON_SCHEMA_ID,
    failOn: report.failOn,
    ...(max !== undefined ? { maxWarnings: max } : {}),
    ...(omitted ? { quiet: true as const } : {}),
    summary: summaryOf(summarise(report)),
    ...(omitted ? { omitted } : {}),
    cases: report.cases.map(
      (c): JsonCase => ({
        root: c.root,
        ...(c.caseId !== undefined ? { caseId: c.caseId } : {}),
        summary: summaryOf(summariseCase(c, report.failOn)),
        ...(omitted ? { omitted: { warnings: c.omitted?.warnings ?? 0, infos: c.omitted?.infos ?? 0 } } : {}),
        diagnostics: sortedDiagnostics(c).map(jsonDiagnostic),
        suppressed: (c.suppressed ?? []).map(({ finding, suppression: s }) => ({
          ...jsonDiagnostic(finding),
          suppression: { reason: s.reason, by: s.by, ...(s.date !== undefined ? { date: s.date } : {}) },
        })),
      }),
    ),
  };
}

/** The report as a JSON document. Ends with a newline. */
export function formatJson(report: CheckReport): string {
  return `${jsonText(toJsonReport(report), 2)}\n`;
}
