// Everything `warrant check` runs on one loaded case: the structural checks,
// then the rules under the case's configuration, then the configuration's
// own problems (unknown rule ids, suppressions that match nothing).
import type { Case } from '../model/case.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { buildGraph, type CaseGraph } from '../model/graph.js';
import { descend } from '../model/loc.js';
import type { RuleSetting, Suppression } from '../model/schema.js';
import { closest } from '../util/did-you-mean.js';
import { checkCase } from './check-case.js';
import { type RuleSuppression, runRules, type SuppressedFinding } from './rules/engine.js';
import { type KnownRule, RULES, type RuleId } from './rules/index.js';
import { markDanglingConsequences } from './structure/meant-roots.js';

export interface CheckOptions {
  /** The date the case is judged at (YYYY-MM-DD). */
  asOf: string;
  rules?: readonly KnownRule[];
  /** The case's argument graph, when the caller has built it already (a report also lays it out). */
  graph?: CaseGraph;
}

export interface CaseCheck {
  diagnostics: Diagnostic[];
  suppressed: SuppressedFinding[];
}

export function runCheck(c: Case, { asOf, rules = RULES, graph = buildGraph(c) }: CheckOptions): CaseCheck {
  const structural = checkCase(c, graph);
  // Without rules (check --no-rules) the rule configuration has nothing to configure: do not judge it.
  if (rules.length === 0) return { diagnostics: structural, suppressed: [] };
  const diagnostics: Diagnostic[] = [...structural];
  const ids = new Set<string>(rules.map((r) => r.meta.id));
  const isRun = (id: string): id is RuleId => ids.has(id);
  const settings: Partial<Record<RuleId, RuleSetting>> = {};
  const suppressions: (RuleSuppression & { at: Diagnostic })[] = [];
  // A later section (the .warrant.yaml) refines an earlier one (the case).
  for (const section of c.config) {
    for (const [id, setting] of Object.entries(section.value.rules ?? {})) {
      const p = descend(section.pos, ['rules', id]);
      if (!isRun(id)) {
        diagnostics.push(unknownRule(id, section.file, p.key ?? p, ids));
        continue;
      }
      settings[id] = setting;
    }
    (section.value.suppressions ?? []).forEach((s, i) => {
      const p = descend(section.pos, ['suppressions', i]);
      const at: Diagnostic = {
        code: 'L15',
        severity: 'warning',
        file: section.file,
        line: p.line,
        col: p.col,
        message: '',
        target: s.target,
      };
      if (!isRun(s.rule)) {
        const r = descend(section.pos, ['suppressions', i, 'rule']);
        diagnostics.push(unknownRule(s.rule, section.file, r, ids));
        return;
      }
      suppressions.push({ ...s, rule: s.rule, at });
    });
  }
  const run = runRules({ case: c, graph, asOf, rules, config: { rules: settings, suppressions } });
  const used = new Set(run.suppressed.map((x) => x.suppression));
  for (const s of suppressions) {
    if (!used.has(s)) {
      diagnostics.push({
        ...s.at,
        message: `Suppression of ${s.rule} on ${s.target} matches no finding.`,
        hint: 'The finding is gone or the target is wrong: remove the suppression so that a later finding on this target is not hidden by it.',
      });
    }
  }
  // Give each suppressed finding's suppression a clean shape for output.
  const suppressed = run.suppressed.map(({ finding, suppression }) => {
    const { at: _at, ...plain } = suppression as Suppression & { at?: Diagnostic };
    return { finding, suppression: plain };
  });
  const findings = markDanglingConsequences({ case: c, graph }, run.findings);
  return { diagnostics: [...diagnostics, ...findings].sort(compareDiagnostics), suppressed };
}

function unknownRule(id: string, file: string, p: { line: number; col: number }, ids: Set<string>): Diagnostic {
  const s = closest(id, ids);
  return {
    code: 'L14',
    severity: 'error',
    file,
    line: p.line,
    col: p.col,
    message: `Unknown rule \`${id}\` in the rule configuration.`,
    hint: s ? `Did you mean \`${s}\`? \`warrant rules\` lists every rule.` : '`warrant rules` lists every rule id.',
  };
}
