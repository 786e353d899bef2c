import { report } from '../messages.js';
import { defineRule } from '../types.js';

const arg = `argument:
  G1: { kind: claim, text: Launching on the public API keeps cyber risk acceptable., undeveloped: true }
`;
const triggers = `    - { id: trg-build, kind: new-build, description: Any new build of the served model }\n`;

export const noExpiry = defineRule({
  meta: {
    id: 'static-claims/no-expiry',
    title: 'No expiry and no dated review',
    failureMode: 'static-claims',
    severity: 'warning',
    rationale:
      'Event triggers only fire when someone notices the event. A case with no expiry and no dated review can stay in force indefinitely while evidence ages and the threat landscape moves.',
    docs: `Reports a case with no \`change_control.expires\` and no review trigger of kind \`date\` with a \`date\`.

Fix: set \`change_control.expires\`, or add a \`date\` review trigger for a scheduled review.`,
    examples: {
      failing: `${arg}change_control:\n  review_triggers:\n${triggers}`,
      passing: `${arg}change_control:\n  expires: 2027-05-01\n  review_triggers:\n${triggers}`,
    },
    messages: {
      noExpiry:
        'Case {{case}} has no expiry date and no dated review trigger: nothing makes it lapse or be looked at again on a schedule.',
    },
    hints: {
      noExpiry:
        'Set `change_control.expires`, or add a review trigger of kind `date` with the date of the next scheduled review.',
    },
  },
  run({ case: c }) {
    const cc = c.changeControl?.value;
    if (cc?.expires) return [];
    if ((cc?.review_triggers ?? []).some((t) => t.kind === 'date' && t.date)) return [];
    const id = c.header.value.id;
    const at = c.changeControl ? { thing: c.changeControl } : { thing: c.header };
    return [report(this.meta, { messageId: 'noExpiry', data: { case: id }, at: at, target: id })];
  },
});
