import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { bridgingJustification, hasBridge, isSystemEvidence, pathItems, unsoundBridgeNote } from './scope.js';

const ex = (steps: number) => `context:
  model: { id: m7, build: m7-2026-10-02-rc4 }
  deployment_channel: Internal agent platform
  user_population: { description: Research engineering staff }
  max_steps: 200
argument:
  G1: { kind: claim, text: The agent does not complete autonomous replication tasks., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Replication task suite, evidence: [E1] }
evidence:
  E1:
    title: Autonomous replication suite
    kind: capability-evaluation
    source_type: internal-test
    measured: { model: m7, build: m7-2026-10-02-rc4, max_steps: ${steps}, elicitation: 5 attempts per task }
    date: 2026-10-05
    produced_by: Frontier evals team
    polarity: supports
    result: { metric: tasks completed, value: 0.02, interval: [0.005, 0.06], sample_size: 150, threshold: { max: 0.1 } }
`;

export const evidenceFewerSteps = defineRule({
  meta: {
    id: 'scope-substitution/evidence-fewer-steps',
    title: 'Evaluation gave the agent fewer steps than the deployment',
    failureMode: 'scope-substitution',
    severity: 'warning',
    rationale:
      'Agents often succeed late: a task failed within 50 tool steps may succeed within 200. An evaluation with a smaller step budget than the deployment understates what the deployed agent can do.',
    docs: `Reports evidence cited on the decision path, measuring the model or agent (not a monitor or classifier component, nor an item whose \`subject\` is a process or a component), whose \`measured.max_steps\` is below the deployment's step budget: the larger of \`context.max_steps\` and \`decision.scope.max_steps\`.

Bridged, and not reported, when a justification framing the citing evidence node or anything above it has a \`bridges\` entry whose \`from\` names the measured budget (the number), e.g. \`bridges: [{ from: "50 steps", to: "200 steps" }]\`, with the argument (a scaling study, success by step count) in its text. A justification that an open defeater challenges does not bridge, nor does one with \`bridges\` that rests on no registered evidence (its \`evidence:\`); the message then names it and says why it does not count.

Fix: re-run with the deployed step budget (or more), or bridge the gap with evidence that success does not grow beyond the evaluated budget.`,
    examples: { failing: ex(50), passing: ex(250) },
    messages: {
      fewerSteps:
        'Evidence {{item}} gave the model {{steps}} steps per episode, fewer than the {{deployed}} the deployment allows; it is cited on the decision path by {{citing}}.{{unsound}}',
    },
    hints: {
      fewerSteps:
        'Re-run with a budget of at least {{deployed}} steps, or add a justification with bridges: [{ from: "{{steps}} steps", to: "{{deployed}} steps" }] showing that success does not grow with more steps.',
    },
  },
  run(ctx) {
    const c = ctx.case;
    const budgets = [c.context?.value.max_steps, c.decision?.value.scope?.max_steps].filter(
      (n): n is number => n !== undefined,
    );
    if (budgets.length === 0) return [];
    const deployed = Math.max(...budgets);
    const out: Finding[] = [];
    for (const { item, citing } of pathItems(ctx)) {
      const steps = item.measured?.max_steps;
      if (steps === undefined || steps >= deployed || !isSystemEvidence(item)) continue;
      const number = new RegExp(`(^|[^0-9.])${steps}([^0-9]|$)`);
      const bridge = (b: { from: string }) => number.test(b.from);
      if (bridgingJustification(ctx, citing, bridge)) continue;
      out.push(
        report(this.meta, {
          messageId: 'fewerSteps',
          data: {
            item: item.id,
            steps,
            deployed,
            citing: listSome(citing),
            unsound: unsoundBridgeNote(ctx, citing, 'step budget', hasBridge(bridge)),
          },
          at: { thing: item, path: ['measured', 'max_steps'] },
          target: item.id,
        }),
      );
    }
    return out;
  },
});
