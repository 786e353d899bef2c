import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import {
  ELICITATION_HINTS,
  ELICITATION_MESSAGES,
  elicitationData,
  isSevere,
  missingElicitation,
} from './elicitation.js';
import { inabilityCase, item, measured } from './fixtures.js';

export const inabilityWithoutElicitationLowRisk = defineRule({
  meta: {
    id: 'evidence-gaps/inability-without-elicitation-low-risk',
    title: 'Inability claim on a low- or medium-severity branch without recorded elicitation',
    failureMode: 'evidence-gaps',
    severity: 'warning',
    rationale:
      'A capability evaluation with no recorded elicitation effort cannot tell "the model cannot" from "we did not try hard enough". On a low- or medium-severity branch this weakens the argument rather than voiding it.',
    docs: `The companion of \`evidence-gaps/inability-without-elicitation\` for branches whose worst addressed risk is **low or medium**: reports a model capability evaluation cited on the decision path below an inability claim with no \`measured.elicitation\`. See that rule for what counts as an inability claim and as a model capability evaluation.

Fix: write the elicitation effort into \`measured.elicitation\` (scaffolds and prompts tried, attempts, engineer-hours, fine-tuning, anti-sandbagging checks).`,
    examples: {
      failing: inabilityCase({ severity: 'medium', items: item('E1', measured('')) }),
      passing: inabilityCase({
        severity: 'medium',
        items: item('E1', measured(', elicitation: "Best of 3 scaffolds, 10 attempts per task"')),
      }),
    },
    messages: ELICITATION_MESSAGES,
    hints: ELICITATION_HINTS,
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const m of missingElicitation(ctx)) {
      if (isSevere(m)) continue;
      out.push(
        report(this.meta, {
          messageId: 'noElicitation',
          data: elicitationData(m),
          at: { thing: m.item, path: ['measured'] },
          target: m.item.id,
        }),
      );
    }
    return out;
  },
});
