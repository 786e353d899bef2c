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
    // Forward-looking words whose subject is the attacker, the model or a relative clause: they describe, not promise.
    ...[
      [
        'attack policies that aim to',
        "A cross-episode monitor now scores each week's commits; it caught 19 of 20 attack policies that aim to spread",
      ],
      ['an agent that commits to the main branch', 'The monitor now blocks any agent that commits to the main branch'],
      ['users who intend to', 'The classifier now refuses users who intend to split an attack'],
      ['the red team plans to', 'Whatever the red team plans to try, a cross-episode monitor now scores'],
      // "Will" in a standing process of the mitigation in place, not a promise.
      [
        'will be updated daily',
        'The blocklist the monitor reads will be updated daily; a cross-episode monitor now scores',
      ],
      [
        'will be added within 24 hours of discovery',
        'New steganographic encodings will be added within 24 hours of discovery; a cross-episode monitor now scores',
      ],
      [
        'each ... will be retrained',
        'Each monitor release will be retrained on new attacks; a cross-episode monitor now scores',
      ],
    ].map(([what, summary]) => ({
      name: `accepts "${what}" in a summary of a mitigation in place`,
      yaml: edit(passing, /A cross-episode monitor now scores[^;]*;/, `${summary};`),
    })),
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
      name: 'still fires on a promise with a date: "will be updated in Q3" is not a standing process',
      yaml: edit(
        passing,
        'A cross-episode monitor now scores',
        'The blocklist will be updated in Q3, and a cross-episode monitor scores',
      ),
      findings: [{ target: 'D1', line: 17, column: 28, messageId: 'stillToCome', message: /"will be updated"/ }],
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
      name: 'still fires on a promise made by the authors ("we aim to")',
      yaml: edit(passing, 'A cross-episode monitor now scores', 'We aim to have a cross-episode monitor score'),
      findings: [{ target: 'D1', line: 17, column: 28, messageId: 'stillToCome', message: /\("aim to"\)/ }],
    },
    {
      name: 'still fires on a commitment to a fix, not to a repository',
      yaml: edit(
        passing,
        'A cross-episode monitor now scores',
        'The team committed to a fix; a cross-episode monitor scores',
      ),
      findings: [{ target: 'D1', line: 17, column: 28, messageId: 'stillToCome', message: /\("committed to"\)/ }],
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
