import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { mitigatedByPlan as rule } from './mitigated-by-plan.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a policy that evidence shows is in force',
      yaml: edit(
        passing,
        'A cross-episode monitor now scores',
        'Under the new audit policy a cross-episode monitor scores',
      ),
    },
  ],
  invalid: [
    {
      name: 'quotes plan wording when nothing shows the mitigation works',
      yaml: failing,
      findings: [
        {
          target: 'D1',
          line: 17,
          column: 81,
          messageId: 'nothingShowsItWorks',
          message: /reads as a plan \("will deploy"\).*cites only G2/,
        },
      ],
    },
    {
      name: 'fires on forward-looking wording even when evidence is cited',
      yaml: edit(
        passing,
        'A cross-episode monitor now scores',
        'A cross-episode monitor is being deployed that scores',
      ),
      findings: [
        {
          target: 'D1',
          line: 17,
          column: 28,
          messageId: 'stillToCome',
          message: /still to come \("is being deployed"\)/,
        },
      ],
    },
    {
      name: 'does not count undermining evidence or an undeveloped claim as showing work',
      yaml: edit(passing, /(E2: \{[^\n]*)polarity: supports/, '$1polarity: undermines'),
      findings: [
        { target: 'D1', line: 17, column: 138, messageId: 'nothingShowsItWorks', message: /cites only E2, G2/ },
      ],
    },
    {
      name: 'reports a mitigated defeater without a resolution',
      yaml: edit(edit(failing, /\n {4}resolution: .*\n/, '\n'), / {2}G2: .*\n/, ''),
      findings: [{ target: 'D1', line: 15, column: 13, messageId: 'noResolution', message: /no resolution/ }],
    },
  ],
});
