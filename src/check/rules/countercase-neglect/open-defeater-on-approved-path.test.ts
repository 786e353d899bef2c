import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { openDefeaterOnApprovedPath as rule } from './open-defeater-on-approved-path.js';
import { namesId } from './open-on-path.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

ruleTester(rule, {
  valid: [
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
          message: /no owner, no due date, no decision condition names D1/,
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
  ],
});

describe(`${rule.meta.id}: naming`, () => {
  it('matches defeater ids as whole ids only', () => {
    assert.ok(namesId('Resolve D1.', 'D1'));
    assert.ok(!namesId('Resolve D10 first', 'D1'));
    assert.ok(!namesId('See D1.2', 'D1'));
  });
});
