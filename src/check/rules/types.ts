// What a rule is: metadata, documentation, examples and a pure run function,
// in the manner of an ESLint rule module. Rules find the ways a well-formed
// case can still fail as an argument.
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
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

/** Message templates under message ids; `{{name}}` is filled from the data a finding is reported with. */
export type Messages = { readonly [messageId: string]: string };

/** One hint per message id: how to fix a finding reported under it (a template too). */
export type HintsFor<M extends Messages> = { readonly [K in keyof M]: string };

/** The form of a rule id: "<failure-mode>/<name>". */
export type RuleIdForm = `${FailureMode}/${string}`;

export interface RuleMeta<
  Id extends RuleIdForm = RuleIdForm,
  M extends Messages = Messages,
  H extends HintsFor<M> = HintsFor<M>,
> {
  /** Stable id, "<failure-mode>/<name>". Never renamed; a retired id is never reused. */
  id: Id;
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
  /** What a finding says, by message id, in the manner of ESLint's meta.messages. */
  messages: M;
  /** How to fix a finding, under the same ids as the messages. */
  hints: H;
}

export interface RuleContext extends CheckContext {
  /** The date the case is judged at (YYYY-MM-DD): --as-of, default today. */
  asOf: string;
  /** Shared facts about the case, computed once and lazily. */
  facts: CaseFacts;
}

/** A finding is a diagnostic whose code is the rule id, with the id of the message it was reported under. */
export interface Finding extends Diagnostic {
  messageId: string;
}

export interface Rule<
  Id extends RuleIdForm = RuleIdForm,
  M extends Messages = Messages,
  H extends HintsFor<M> = HintsFor<M>,
> {
  readonly meta: RuleMeta<Id, M, H>;
  run(ctx: RuleContext): Finding[];
}

/**
 * A rule module, typed from its literal metadata: its id is a string literal
 * (RuleId is the union of them), and in `run`, `this.meta` knows the message
 * ids and their placeholders, so `report` rejects a wrong id or missing data.
 */
export function defineRule<const Id extends RuleIdForm, const M extends Messages, const H extends HintsFor<M>>(rule: {
  meta: RuleMeta<Id, M, H>;
  run(this: { meta: RuleMeta<Id, M, H> }, ctx: RuleContext): Finding[];
}): Rule<Id, M, H> {
  return rule;
}
