import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { openDefeaterOnApprovedPath as rule } from './open-defeater-on-approved-path.js';
import { namesId } from './open-on-path.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

/** The passing case with the tracking declared on the defeater, and a condition that does not name D1. */
const declared = edit(
  edit(passing, 'owner: Priya Raman, due: 2026-12-31 }\n', 'tracked_by: cond-suite }\n'),
  'text: "D1 is resolved by 2026-12-31 with a rerun on new techniques, or the tool is disabled."',
  'text: "The suite is rerun on new techniques by 2026-12-31, or the tool is disabled."',
);

/** The passing case with the condition listing D1 in `tracks` and not naming it in its text. */
const listed = edit(
  edit(passing, 'owner: Priya Raman, due: 2026-12-31 }\n', '}\n'),
  'text: "D1 is resolved by 2026-12-31 with a rerun on new techniques, or the tool is disabled.", owner: Priya Raman, due: 2026-12-31 }',
  'text: "The suite is rerun on new techniques, or the tool is disabled.", owner: Priya Raman, due: 2026-12-31, tracks: [D1] }',
);

ruleTester(rule, {
  valid: [
    {
      name: 'is silent for a defeater a condition lists in tracks while its due date is ahead',
      yaml: listed,
    },
    {
      name: 'is silent when the decision does not approve',
      yaml: edit(failing, 'outcome: approve-with-conditions', 'outcome: defer'),
    },
    {
      name: 'is silent for a defeater off the decision path',
      yaml: edit(
        edit(failing, 'challenges: ["G1 -> Sn1"]', 'challenges: [G9]'),
        'evidence:\n',
        '  G9: { kind: claim, text: An old claim kept for reference., undeveloped: true }\n  D2: { kind: defeater, text: Keeps G9 reachable., challenges: [G1], status: refuted, resolution: { summary: See G9., refs: [G9] } }\nevidence:\n',
      ),
    },
    {
      name: 'is silent for a defeater whose tracking is declared on it (tracked_by) while the due date is ahead',
      yaml: declared,
    },
    {
      name: 'is silent when the condition naming the defeater gives the owner and the due date',
      yaml: edit(passing, ', owner: Priya Raman, due: 2026-12-31 }\n', ' }\n'),
    },
  ],
  invalid: [
    {
      name: 'names what is missing',
      yaml: failing,
      findings: [
        {
          target: 'D1',
          line: 11,
          column: 111,
          messageId: 'openOnApprovedPath',
          message: /claim; it has no owner or due date; no decision condition names D1\.$/,
        },
      ],
    },
    {
      name: 'fires once the due date has passed',
      yaml: passing,
      asOf: '2027-01-15',
      findings: [
        {
          target: 'D1',
          line: 11,
          column: 111,
          messageId: 'openOnApprovedPath',
          message: /due date 2026-12-31 has passed/,
        },
      ],
    },
    {
      name: 'fires for a declared tracking once the due date has passed: the defeater is open and overdue',
      yaml: declared,
      asOf: '2027-01-15',
      findings: [
        {
          target: 'D1',
          line: 11,
          column: 111,
          messageId: 'openOnApprovedPath',
          message: /claim; its due date 2026-12-31 has passed \(as of 2027-01-15\): it is overdue\.$/,
        },
      ],
    },
    {
      name: 'fires for a defeater listed in tracks once the condition is past due',
      yaml: listed,
      asOf: '2027-01-15',
      findings: [
        {
          target: 'D1',
          line: 11,
          column: 111,
          messageId: 'openOnApprovedPath',
          message: /its due date 2026-12-31 has passed \(as of 2027-01-15\): it is overdue\.$/,
        },
      ],
    },
    {
      name: 'fires when tracked_by names no decision condition',
      yaml: edit(declared, 'tracked_by: cond-suite', 'tracked_by: cond-rerun'),
      findings: [
        {
          target: 'D1',
          line: 11,
          column: 111,
          messageId: 'openOnApprovedPath',
          message: /claim; it has no owner or due date; its tracked_by names no decision condition cond-rerun\.$/,
        },
      ],
    },
  ],
});

describe(`${rule.meta.id}: naming`, () => {
  it('matches defeater ids as whole ids only', () => {
    assert.ok(namesId('Resolve D1.', 'D1'));
    assert.ok(!namesId('Resolve D10 first', 'D1'));
    assert.ok(!namesId('See D1.2', 'D1'));
  });
});
