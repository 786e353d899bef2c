// What a rule is: metadata, documentation, examples and a pure run function,
// in the manner of an ESLint rule module. Rules find the ways a well-formed
// case can still fail as an argument.
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { RuleCode } from '../codes.js';
import type { CheckContext, ExampleInput } from '../types.js';
import type { CaseFacts } from './facts.js';

export const FAILURE_MODES = [
  'paper-safety',
  'static-claims',
  'evidence-gaps',
  'countercase-neglect',
  'reviewer-capture',
  'acceptability-laundering',
  'scope-substitution',
  'secrecy-as-shield',
  'boundary',
] as const;
export type FailureMode = (typeof FAILURE_MODES)[number];

export const FAILURE_MODE_TITLES: Record<FailureMode, string> = {
  'paper-safety': 'Paper safety',
  'static-claims': 'Static claims for dynamic systems',
  'evidence-gaps': 'Evidence gaps',
  'countercase-neglect': 'Countercase neglect',
  'reviewer-capture': 'Reviewer capture',
  'acceptability-laundering': 'Acceptability laundering',
  'scope-substitution': 'Scope substitution',
  'secrecy-as-shield': 'Secrecy as a shield',
  boundary: 'Boundary tests: what a case is not',
};

export interface RuleMeta {
  /** Stable id, "<failure-mode>/<name>". Never renamed; a retired id is never reused. */
  id: RuleCode;
  title: string;
  failureMode: FailureMode;
  /** Default severity; a case may change it (rules: { id: warning }) or turn the rule off. */
  severity: Severity;
  /** Why this matters, one or two sentences, for a reviewer. */
  rationale: string;
  /** What exactly the rule looks at and how to fix a finding (Markdown). */
  docs: string;
  /** True if the rule reads dates (results depend on --as-of). */
  usesDate?: boolean;
  examples: { failing: ExampleInput; passing: ExampleInput };
}

export interface RuleContext extends CheckContext {
  /** The date the case is judged at (YYYY-MM-DD): --as-of, default today. */
  asOf: string;
  /** Shared facts about the case, computed once and lazily. */
  facts: CaseFacts;
}

/** A finding is a diagnostic whose code is the rule id. */
export type Finding = Diagnostic;

export interface Rule {
  meta: RuleMeta;
  run(ctx: RuleContext): Finding[];
}
