import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { confidenceBelowCriterion as rule } from './confidence-below-criterion.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a two-sided 90% interval: each end is a one-sided 95% bound',
      yaml: edit(passing, 'confidence: 0.95, sample_size', 'confidence: 0.9, sample_size'),
    },
    {
      name: 'accepts a one-sided bound at the level asked',
      yaml: edit(failing, 'confidence: 0.8 }', 'confidence: 0.95 }'),
    },
    {
      name: 'reads "a 1% upper bound" as a ceiling, not a confidence level',
      yaml: edit(
        edit(failing, ', confidence: 0.95 }', ' }'),
        'shown at 95% confidence.',
        'a 1% upper bound on the rate.',
      ),
    },
  ],
  invalid: [
    {
      name: 'reports a one-sided bound at a lower level',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 27,
          column: 101,
          messageId: 'lowLevel',
          message: /at 80% one-sided confidence, below the 95% that criterion C1 asks/,
        },
      ],
    },
    {
      name: 'reports a two-sided 80% interval: each end is only a one-sided 90% bound',
      yaml: edit(passing, 'confidence: 0.95, sample_size', 'confidence: 0.8, sample_size'),
      findings: [
        { target: 'E1', line: 27, column: 104, messageId: 'lowLevel', message: /at 90% one-sided confidence/ },
      ],
    },
    {
      name: 'reports an interval with no level',
      yaml: edit(passing, ', confidence: 0.95, sample_size', ', sample_size'),
      findings: [{ target: 'E1', line: 27, column: 104, messageId: 'noLevel' }],
    },
    {
      name: 'reads the level from the criterion in words',
      yaml: edit(failing, 'on: interval-high, confidence: 0.95 }', 'on: interval-high }'),
      findings: [{ target: 'E1', line: 27, column: 101, messageId: 'lowLevel' }],
    },
  ],
});
