// Run the rules over a case, then apply the case's rule configuration:
// severity changes, rules turned off, and suppressions, which are always
// reported beside the findings so that nothing is hidden silently.
import type { Case } from '../../model/case.js';
import { compareDiagnostics, type Diagnostic, type Severity } from '../../model/diagnostic.js';
import type { CaseGraph } from '../../model/graph.js';
import type { RuleSetting, Suppression } from '../../model/schema.js';
import { CaseFacts } from './facts.js';
import type { RuleId } from './index.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** A suppression whose rule id is known (the configuration's unknown ids are reported, not applied). */
export type RuleSuppression = Suppression & { rule: RuleId };

export interface RuleConfig {
  rules?: Partial<Record<RuleId, RuleSetting>>;
  suppressions?: RuleSuppression[];
}

export interface SuppressedFinding {
  finding: Diagnostic;
  suppression: Suppression;
}

export interface RuleRun {
  findings: Diagnostic[];
  suppressed: SuppressedFinding[];
}

export interface RunRulesInput {
  case: Case;
  graph: CaseGraph;
  asOf: string;
  rules: readonly Rule<RuleId>[];
  config?: RuleConfig;
}

/** What every rule is run with: the case, its graph, the date, and the facts the rules share. */
export function ruleContext(c: Case, graph: CaseGraph, asOf: string): RuleContext {
  return { case: c, graph, asOf, facts: new CaseFacts(c, graph) };
}

/** A rule's findings as it reported them, each with its message id, in diagnostic order. */
export function findingsOf(rule: Rule, ctx: RuleContext): Finding[] {
  return rule.run(ctx).sort(compareDiagnostics);
}

export function runRules({ case: c, graph, asOf, rules, config = {} }: RunRulesInput): RuleRun {
  const ctx = ruleContext(c, graph, asOf);
  const settings = config.rules ?? {};
  const findings: Diagnostic[] = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    if (setting === 'off') continue;
    const severity: Severity = setting ?? rule.meta.severity;
    // The message id is how tests name a finding; outputs never show it.
    for (const { messageId: _, ...f } of rule.run(ctx)) findings.push({ ...f, code: rule.meta.id, severity });
  }
  const suppressionOf = suppressionIndex(config.suppressions ?? []);
  const kept: Diagnostic[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const s = suppressionOf(f);
    if (s) suppressed.push({ finding: f, suppression: s });
    else kept.push(f);
  }
  kept.sort(compareDiagnostics);
  suppressed.sort((a, b) => compareDiagnostics(a.finding, b.finding));
  return { findings: kept, suppressed };
}

/** The first suppression of a finding's rule and target, by lookup: findings x suppressions was quadratic. */
function suppressionIndex(suppressions: readonly RuleSuppression[]): (f: Diagnostic) => RuleSuppression | undefined {
  const byRule = new Map<string, Map<string | undefined, RuleSuppression>>();
  for (const s of suppressions) {
    let byTarget = byRule.get(s.rule);
    if (!byTarget) byRule.set(s.rule, (byTarget = new Map()));
    if (!byTarget.has(s.target)) byTarget.set(s.target, s);
  }
  return (f) => byRule.get(f.code)?.get(f.target);
}
