// Run the rules over a case, then apply the case's rule configuration:
// severity changes, rules turned off, and suppressions, which are always
// reported beside the findings so that nothing is hidden silently.
import type { Case } from '../../model/case.js';
import { compareDiagnostics, type Severity } from '../../model/diagnostic.js';
import type { CaseGraph } from '../../model/graph.js';
import type { RuleSetting, Suppression } from '../../model/schema.js';
import { CaseFacts } from './facts.js';
import type { Finding, Rule } from './types.js';

export interface RuleConfig {
  rules?: Record<string, RuleSetting>;
  suppressions?: Suppression[];
}

export interface SuppressedFinding {
  finding: Finding;
  suppression: Suppression;
}

export interface RuleRun {
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

export interface RunRulesInput {
  case: Case;
  graph: CaseGraph;
  asOf: string;
  rules: readonly Rule[];
  config?: RuleConfig;
}

export function runRules({ case: c, graph, asOf, rules, config = {} }: RunRulesInput): RuleRun {
  const ctx = { case: c, graph, asOf, facts: new CaseFacts(c, graph) };
  const settings = config.rules ?? {};
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    if (setting === 'off') continue;
    const severity: Severity = setting ?? rule.meta.severity;
    for (const f of rule.run(ctx)) findings.push({ ...f, code: rule.meta.id, severity });
  }
  const suppressions = config.suppressions ?? [];
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const s = suppressions.find((x) => x.rule === f.code && x.target === f.target);
    if (s) suppressed.push({ finding: f, suppression: s });
    else kept.push(f);
  }
  kept.sort(compareDiagnostics);
  suppressed.sort((a, b) => compareDiagnostics(a.finding, b.finding));
  return { findings: kept, suppressed };
}
