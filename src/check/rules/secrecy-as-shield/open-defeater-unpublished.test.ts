import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { openDefeaterUnpublished as rule } from './open-defeater-unpublished.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'ignores a resolved defeater at a restricted tier',
      yaml: edit(
        failing,
        'status: open\n    owner: Anjali Deshmukh',
        'status: refuted\n    resolution: { summary: CE-06 covered multi-episode attacks., refs: [E1] }',
      ),
    },
    {
      name: 'compares with the default tier: an internal case may hold internal defeaters',
      yaml: edit(edit(failing, 'tier: restricted', 'tier: internal'), 'default_tier: public', 'default_tier: internal'),
    },
  ],
  invalid: [
    {
      name: 'reports an open defeater above the published tier',
      yaml: failing,
      findings: [{ target: 'D1', line: 14, column: 11, messageId: 'unpublishedDoubt' }],
    },
    {
      name: 'compares with the default tier: a regulator-tier defeater is not public',
      yaml: edit(failing, 'tier: restricted', 'tier: regulator'),
      findings: [{ target: 'D1', line: 14, column: 11, messageId: 'unpublishedDoubt' }],
    },
  ],
});
