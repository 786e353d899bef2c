import { report } from '../messages.js';
import { defineRule } from '../types.js';
import { acceptability, argument, RISKS } from './examples.js';

export const noAcceptanceRationale = defineRule({
  meta: {
    id: 'acceptability-laundering/no-acceptance-rationale',
    title: 'No rationale or residual harms for those who bear them',
    failureMode: 'acceptability-laundering',
    severity: 'warning',
    rationale:
      "Approval asks some people to bear harms for others' benefit. A case that does not say which harms remain, and why those who bear them should accept that, has decided on their behalf without giving reasons.",
    docs: `Reports an \`acceptability\` section without a \`rationale\` (why those affected should accept the residual harms), or without \`residual_harms\` (the harms that remain if the decision is taken), or with either empty. One finding names what is missing.

Fix: list the residual harms concretely, and give the rationale: the benefit, who gets it, who bears the harm, and why the balance is fair to them.`,
    examples: {
      failing: RISKS + acceptability({ rationale: null, harms: null }) + argument(),
      passing: RISKS + acceptability() + argument(),
    },
    messages: {
      noRationale: 'The acceptability criteria do not state {{missing}}.',
    },
    hints: {
      noRationale:
        'List the harms that remain if the decision is taken in residual_harms, and say in rationale who benefits, who bears the harms, and why they should accept them.',
    },
  },
  run({ case: c }) {
    const a = c.acceptability;
    if (!a) return [];
    const missing: string[] = [];
    if (!a.value.rationale?.trim()) missing.push('a rationale for why those affected should accept the residual harms');
    if (!(a.value.residual_harms ?? []).length) missing.push('the residual harms');
    if (!missing.length) return [];
    const field = a.value.rationale?.trim() ? 'residual_harms' : 'rationale';
    return [
      report(this.meta, {
        messageId: 'noRationale',
        data: { missing: missing.join(', or ') },
        at: { thing: a, path: a.value[field] !== undefined ? [field] : [] },
        target: c.header.value.id,
      }),
    ];
  },
});
