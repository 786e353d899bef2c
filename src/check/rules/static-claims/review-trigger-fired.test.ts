import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { EXAMPLE_HEADER } from '../../examples.js';
import { reviewTriggerFired as rule } from './review-trigger-fired.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

/** A case with no scope: the decision sentence names the build. */
const unscoped = `context:
  model: { id: example-model, build: ex-2026-10-01-rc2 }
  deployment_channel: Public API
  user_population: { description: Verified organisations }
argument:
  G1: { kind: claim, text: Launch is acceptable., undeveloped: true }
change_control:
  review_triggers:
    - { id: trg-build, kind: new-build, description: New build }
`;
const decided = (decision: string) =>
  edit(EXAMPLE_HEADER, 'Make the example model available through the public API.', decision);

ruleTester(rule, {
  valid: [
    {
      name: 'ignores wording differences and narrowing',
      yaml: edit(
        edit(
          passing,
          'deployment_channel: Northwind public API\n',
          'deployment_channel: "Northwind Public API."\n  max_steps: 20\n',
        ),
        'population: Verified developer organisations }',
        'population: Verified developer organisations, max_steps: 50 }',
      ),
    },
    {
      name: 'without a scope, accepts a context build that the decision sentence names',
      yaml: unscoped,
      header: decided('Make build ex-2026-10-01-rc2 available on the public API from 2026-11-01.'),
    },
  ],
  invalid: [
    {
      name: 'reports the passed date and the changed build with the trigger that watches it',
      yaml: failing,
      findings: [
        {
          target: 'trg-build',
          line: 9,
          column: 35,
          messageId: 'watchedContextChanged',
          message:
            /build is now m4-rc4; the decision was for m4-rc3.*Review trigger trg-build \(new-build\) watches it/,
        },
        { target: 'trg-review', line: 24, column: 74, messageId: 'triggerFired' },
      ],
    },
    {
      name: 'fires a date trigger on its day',
      yaml: passing,
      asOf: '2027-01-21',
      findings: [{ target: 'trg-review', line: 24, column: 74, messageId: 'triggerFired' }],
    },
    {
      name: 'reports an added tool that no trigger watches, on the case',
      yaml: edit(
        edit(
          passing,
          'user_population: { description: Verified developer organisations }',
          'user_population: { description: Verified developer organisations }\n  tools: ["code-exec-2: sandboxed Python", "browse-1.0: read public pages"]',
        ),
        'population: Verified developer organisations }',
        'population: Verified developer organisations, tools: ["code-exec-2"] }',
      ),
      findings: [
        {
          target: 'example',
          line: 12,
          column: 44,
          messageId: 'unwatchedContextChanged',
          message:
            /tool "browse-1.0" is in the context but not among the tools decided on \(code-exec-2\)\. No review trigger watches it/,
        },
      ],
    },
    {
      name: 'reports a widened population watched by a parent path',
      yaml: edit(
        edit(
          passing,
          'user_population: { description: Verified developer organisations }',
          'user_population: { description: All signed-in users }',
        ),
        '    - { id: trg-review',
        '    - { id: trg-pop, kind: population-widened, description: Wider access, watch: context.user_population }\n    - { id: trg-review',
      ),
      findings: [
        {
          target: 'trg-pop',
          line: 11,
          column: 35,
          messageId: 'watchedContextChanged',
          message: /"All signed-in users"/,
        },
      ],
    },
    {
      name: 'without a scope, compares the context build with the build the decision sentence names',
      yaml: unscoped,
      header: decided('Make build ex-2026-08-14-rc1 available on the public API from 2026-09-01.'),
      findings: [
        {
          target: 'trg-build',
          line: 9,
          column: 38,
          messageId: 'watchedContextChanged',
          message: /build is now ex-2026-10-01-rc2; the decision names ex-2026-08-14-rc1/,
        },
      ],
    },
  ],
});
