import { ruleTester } from '../../../../test/support/rule-tester.js';
import { vagueDecisionBoundary as rule } from './vague-decision-boundary.js';

/** A header with its own decision sentence (the standard header's is a full one). */
const deciding = (decision: string) => `warrant: 1
case:
  id: c1
  title: A case
  version: "1"
  status: draft
  decision_boundary: { kind: api-launch, decision: "${decision}" }
`;
const CONTEXT =
  'context:\n  model: { id: meridian-5, build: m5-2026-09-14-rc2 }\n  deployment_channel: Public API\n  user_population: { description: Verified organisations }\n';
const ARGUMENT = 'argument:\n  G1: { kind: claim, text: Launch is acceptable., undeveloped: true }\n';

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a full decision naming the build',
      header: deciding(
        'Make build m5-2026-09-14-rc2 available on the public API to verified organisations from 2026-12-01.',
      ),
      yaml: CONTEXT + ARGUMENT,
    },
    {
      name: 'matches names loosely',
      header: deciding('Make Meridian 5 available on the public API to verified organisations from 2026-12-01.'),
      yaml: CONTEXT + ARGUMENT,
    },
    {
      name: 'checks only the length when there is no context: a full sentence passes',
      header: deciding('Make the model available on the public API to verified organisations.'),
      yaml: ARGUMENT,
    },
  ],
  invalid: [
    {
      name: 'says the decision does not name the system',
      yaml: rule.meta.examples.failing,
      findings: [
        {
          target: 'example',
          line: 7,
          column: 52,
          messageId: 'vagueDecision',
          message: /names neither the model \(meridian-5\)/,
        },
      ],
    },
    {
      name: 'reports a decision that is only a name',
      header: deciding('Launch Meridian 5'),
      yaml: CONTEXT + ARGUMENT,
      findings: [{ target: 'c1', line: 7, column: 52, messageId: 'vagueDecision', message: /3 words/ }],
    },
    {
      name: 'checks only the length when there is no context: a short one fails',
      header: deciding('Ship it.'),
      yaml: ARGUMENT,
      findings: [{ target: 'c1', line: 7, column: 52, messageId: 'vagueDecision' }],
    },
  ],
});
