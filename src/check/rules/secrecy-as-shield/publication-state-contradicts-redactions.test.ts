import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { publicationStateContradictsRedactions as rule } from './publication-state-contradicts-redactions.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;
const unredacted = failing.slice(0, failing.indexOf('  redactions:'));

ruleTester(rule, {
  valid: [
    {
      name: 'is silent for a case published in full that records no redaction',
      yaml: edit(unredacted, ', tier: regulator }', ' }'),
    },
    {
      name: 'is silent for an unpublished case',
      yaml: edit(passing, 'state: published-with-redactions', 'state: unpublished'),
    },
    { name: 'is silent when no state is given', yaml: edit(passing, '  state: published-with-redactions\n', '') },
  ],
  invalid: [
    {
      name: 'reports a case said to be published in full that records a redaction',
      yaml: failing,
      findings: [
        { target: 'example', line: 14, column: 10, messageId: 'fullButRedacted', message: /1 redaction\(s\) \(E1\)/ },
      ],
    },
    {
      name: 'reports a case said to be published with redactions that records none',
      yaml: edit(edit(unredacted, 'state: published', 'state: published-with-redactions'), ', tier: regulator }', ' }'),
      findings: [{ target: 'example', line: 14, column: 10, messageId: 'redactedButNone' }],
    },
  ],
});
