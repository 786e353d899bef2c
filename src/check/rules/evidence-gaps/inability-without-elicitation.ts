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

export const inabilityWithoutElicitation = defineRule({
  meta: {
    id: 'evidence-gaps/inability-without-elicitation',
    title: 'Inability claim on a high-severity branch without recorded elicitation',
    failureMode: 'evidence-gaps',
    severity: 'error',
    rationale:
      'An inability argument is only as strong as the effort spent trying to elicit the capability. A capability evaluation that records no elicitation effort cannot tell "the model cannot" from "we did not try hard enough", and on a high or critical risk that difference is the whole case.',
    docs: `Reports a model capability evaluation (kind \`capability-evaluation\`, measuring the model or agent rather than a monitor or classifier component, with a \`measured\` block) that is cited on the decision path below an **inability claim** and has no \`measured.elicitation\` or one that records no effort (*none*, *n/a*, *TBD*, *no elicitation*, *default prompting only*, *zero-shot only*, or only such phrases joined: *none beyond default prompting*, *no special elicitation; default settings*), when the branch it sits on addresses a **high or critical** risk, or names no risk at all. The same gap on low- or medium-severity branches is \`evidence-gaps/inability-without-elicitation-low-risk\` (a warning).

An inability claim is a claim on the decision path with a model capability evaluation below it that either
- uses inability words: *cannot*, *unable to*, *incapable of*, *lacks the ... capability / ability / skill / knowledge*, *does not reach / cross / meet / exceed ... capability, threshold or level*, *is / remains below ... threshold*, *does not provide meaningful uplift*, *no meaningful uplift*, *inability* (not an admitted limit, *we cannot rule out*; not a control claim, *cannot ... without being flagged*; not someone else unable, *anonymous users cannot reach ...*); or
- addresses a risk whose pathway is about capability (every pathway except \`weight-theft\`).

Branch severity is the worst severity of the risks addressed by any claim above the citing evidence node. Items with no \`measured\` block (baselines that measured no model) are not checked.

Fix: write the elicitation effort into \`measured.elicitation\` (scaffolds and prompts tried, attempts per task, engineer-hours, fine-tuning, anti-sandbagging checks), or run an elicitation pass before relying on the result.`,
    examples: {
      failing: inabilityCase({ items: item('E1', measured('')) }),
      passing: inabilityCase({
        items: item(
          'E1',
          measured(
            ', elicitation: "Best of 3 scaffolds, 10 attempts per task, 120 engineer-hours of prompt search, helpful-only fine-tune"',
          ),
        ),
      }),
    },
    messages: ELICITATION_MESSAGES,
    hints: ELICITATION_HINTS,
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const m of missingElicitation(ctx)) {
      if (!isSevere(m)) continue;
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
