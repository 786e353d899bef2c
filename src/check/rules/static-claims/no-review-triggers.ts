import { report } from '../messages.js';
import { defineRule } from '../types.js';

const arg = `argument:
  G1: { kind: claim, text: Launching on the public API keeps cyber risk acceptable., undeveloped: true }
`;

export const noReviewTriggers = defineRule({
  meta: {
    id: 'static-claims/no-review-triggers',
    title: 'No review triggers',
    failureMode: 'static-claims',
    severity: 'warning',
    rationale:
      'A case for a system that will change (new builds, fine-tunes, tools, wider access, incidents, new capability evidence) needs to say what reopens it. Without review triggers, nothing in the case notices that the system it argued about is gone.',
    docs: `Reports a case with no \`change_control.review_triggers\` (no \`change_control\` section, or an empty list).

Fix: add review triggers for the changes that would invalidate the argument, each watching the context path it is about: \`new-build\` on \`context.model.build\`, \`tool-added\` on \`context.tools\`, \`population-widened\` on \`context.user_population\`, \`system-prompt-changed\`, \`incident\`, \`vulnerability-report\`, \`new-capability-evidence\`, and a \`date\` for a scheduled review.`,
    examples: {
      failing: arg,
      passing: `${arg}change_control:\n  review_triggers:\n    - { id: trg-build, kind: new-build, description: Any new build of the served model }\n`,
    },
    messages: {
      noReviewTriggers:
        'Case {{case}} has no review triggers: nothing says which change to the system or its deployment reopens it.',
    },
    hints: {
      noReviewTriggers:
        'Add `change_control.review_triggers` for new builds, fine-tunes, added tools, a widened population, incidents and new capability evidence, each watching its context path, and a dated review.',
    },
  },
  run({ case: c }) {
    const cc = c.changeControl;
    if ((cc?.value.review_triggers?.length ?? 0) > 0) return [];
    const id = c.header.value.id;
    const at = cc ? { thing: cc, path: cc.value.review_triggers ? ['review_triggers'] : [] } : { thing: c.header };
    return [report(this.meta, { messageId: 'noReviewTriggers', data: { case: id }, at: at, target: id })];
  },
});
