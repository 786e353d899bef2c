import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { edit, ruleFindings, ruleTester } from '../../../../test/support/rule-tester.js';
import { conditionOverdue as rule } from './condition-overdue.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

/** The failing case with the condition naming nothing, and the defeater declaring it (tracked_by). */
const declared = edit(
  edit(failing, ', tracks: [D1] }', ' }'),
  'owner: Malik Osei, due: 2027-03-31 }',
  'owner: Malik Osei, due: 2027-03-31, tracked_by: cond-network }',
);

ruleTester(rule, {
  valid: [
    { name: 'is silent while the due date is ahead', yaml: passing },
    {
      name: 'is silent once the tracked defeater is resolved',
      yaml: edit(
        edit(
          failing,
          'status: open',
          'status: mitigated, resolution: { summary: Rerun with network access., refs: [Sn1] }',
        ),
        'owner: Malik Osei, due: 2027-03-31 }',
        'owner: Malik Osei }',
      ),
    },
    {
      name: 'is silent for a past-due condition that tracks nothing',
      yaml: edit(failing, ', tracks: [D1] }', ' }'),
    },
    {
      name: 'is silent for a string condition whose latest date is ahead',
      yaml: edit(
        failing,
        '    - { id: cond-network, text: The evaluation is rerun with network access., owner: Malik Osei, due: 2026-10-31, tracks: [D1] }',
        '    - "D1 is settled by a rerun with network access by 2026-10-31, and reported by 2026-12-31."',
      ),
    },
  ],
  invalid: [
    {
      name: 'reports a condition listing the defeater in tracks, past its due date',
      yaml: failing,
      findings: [
        {
          target: 'cond-network',
          line: 20,
          column: 103,
          messageId: 'overdue',
          data: { condition: 'cond-network', due: '2026-10-31', asOf: '2026-11-26', defeater: 'D1' },
        },
      ],
    },
    {
      name: 'reads the tracking declared on the defeater (tracked_by)',
      yaml: declared,
      findings: [{ target: 'cond-network', line: 20, column: 103, messageId: 'overdue' }],
    },
    {
      name: 'reads the latest date in a string condition that names the defeater',
      yaml: edit(
        failing,
        '    - { id: cond-network, text: The evaluation is rerun with network access., owner: Malik Osei, due: 2026-10-31, tracks: [D1] }',
        '    - "D1 is settled by a rerun with network access by 2026-10-31."',
      ),
      findings: [
        { target: 'example', line: 20, column: 7, messageId: 'overdue', message: /condition 1 was due 2026-10-31/ },
      ],
    },
  ],
});

describe(`${rule.meta.id}: property`, () => {
  const DATES = ['2026-09-30', '2026-10-31', '2026-11-26', '2026-12-31'];
  const STATUSES = ['open', 'mitigated', 'refuted'] as const;
  const resolution = (s: string) =>
    s === 'open' ? 'status: open' : `status: ${s}, resolution: { summary: Re-run with network access., refs: [Sn1] }`;

  it('reports a condition exactly when its due date is before --as-of and a defeater it tracks is open', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DATES),
        fc.constantFrom(...DATES),
        fc.constantFrom(...STATUSES),
        fc.boolean(),
        (due, asOf, status, declared) => {
          let yaml = edit(failing, 'due: 2026-10-31', `due: ${due}`);
          yaml = edit(yaml, 'status: open', resolution(status));
          if (declared)
            yaml = edit(
              edit(yaml, ', tracks: [D1] }', ' }'),
              'due: 2027-03-31 }',
              'due: 2027-03-31, tracked_by: cond-network }',
            );
          const found = ruleFindings(rule, yaml, asOf).map((f) => f.target);
          assert.deepEqual(found, due < asOf && status === 'open' ? ['cond-network'] : []);
        },
      ),
      { numRuns: 40 },
    );
  });
});
