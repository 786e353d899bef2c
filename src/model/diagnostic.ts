// A diagnostic is what every check, the loader and the rules report.
//
// Its code is one of the registries' codes, so a mistyped code does not
// compile. The registries live beside what reports them (the loader's in
// format/, the importer's in format/gsn2x/, the checks' and the rules' in
// check/); the model only names their union, by type-only imports that leave
// no trace in the built code.
import type { RuleCode, StructureCode } from '../check/codes.js';
import type { LoaderCode } from '../format/codes.js';
import type { Gsn2xOnlyCode } from '../format/gsn2x/codes.js';
import type { Loc } from './loc.js';

/** Every code a diagnostic can carry: loader (L), structural (S), gsn2x import (X) codes and rule ids. */
export type DiagnosticCode = LoaderCode | StructureCode | Gsn2xOnlyCode | RuleCode;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Related extends Loc {
  message: string;
  /** True when the note points at the diagnostic this one may follow from (its root cause), shown first to a person. */
  cause?: true;
}

export interface Diagnostic extends Loc {
  /** Stable code, e.g. "L05", "S07" or a rule id. Never renumbered. */
  code: DiagnosticCode;
  severity: Severity;
  /** What is wrong, for a person first. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /** The node, evidence item or risk the diagnostic is about, if any. */
  target?: string;
  related?: Related[];
}

/** Metadata of one stable code, shown by docs and by output formats. */
export interface CodeInfo {
  code: string;
  /** A short kebab-case name, e.g. "unknown-field". */
  name: string;
  title: string;
  severity: Severity;
  /** What it means and why it matters. */
  description: string;
  /** The gsn2x check it corresponds to, if any. */
  gsn2x?: string;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityAtLeast(s: Severity, threshold: Severity): boolean {
  return rank[s] <= rank[threshold];
}

/** Deterministic order: file, line, column, code, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.col - b.col ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
