import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { statisticMismatch as rule } from './statistic-mismatch.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;
const inWords = edit(failing, ', statistic: p95 }', ' }');

ruleTester(rule, {
  valid: [
    { name: 'accepts the percentile asked', yaml: edit(passing, 'statistic: p99', 'statistic: p95') },
    { name: 'accepts the maximum for a ceiling', yaml: edit(passing, 'statistic: p99', 'statistic: max') },
    {
      name: 'does not judge a result whose statistic is unstated',
      yaml: edit(failing, 'metric: mean time to escalation, statistic: mean,', 'metric: time to escalation,'),
    },
    {
      name: 'reads "median-risk" as a group, not a statistic',
      yaml: edit(
        edit(inWords, 'at the 95th percentile.', 'for the median-risk cohort.'),
        'metric: mean time to escalation, statistic: mean,',
        'metric: mean time to escalation,',
      ),
    },
    {
      name: 'accepts a percentile averaged over runs: the percentile is the statistic',
      yaml: edit(
        inWords,
        'metric: mean time to escalation, statistic: mean,',
        'metric: "p95 time to escalation, averaged over three runs",',
      ),
    },
  ],
  invalid: [
    {
      name: 'reports a mean judged against a p95 criterion',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 27,
          column: 59,
          messageId: 'otherStatistic',
          message: /reports the mean .* criterion C1 is stated on the 95th percentile/,
        },
      ],
    },
    {
      name: 'reads the percentile from the criterion in words and the mean from the metric',
      yaml: edit(inWords, 'metric: mean time to escalation, statistic: mean,', 'metric: mean time to escalation,'),
      findings: [{ target: 'E1', line: 27, column: 23, messageId: 'otherStatistic' }],
    },
    {
      name: 'reports a lower percentile for a ceiling',
      yaml: edit(passing, 'statistic: p99', 'statistic: median'),
      findings: [{ target: 'E1', line: 27, column: 54, messageId: 'otherStatistic', message: /reports the median/ }],
    },
  ],
});
