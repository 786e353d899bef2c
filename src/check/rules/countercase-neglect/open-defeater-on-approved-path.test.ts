import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { openDefeaterOnApprovedPath as rule } from './open-defeater-on-approved-path.js';
import { namesId } from './open-on-path.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('names what is missing', () => {
    assert.match(findings(rule, failing)[0]!.message, /no owner, no due date, no decision condition names D1/);
  });
  it('is silent when the decision does not approve', () => {
    assert.deepEqual(findings(rule, failing.replace('outcome: approve-with-conditions', 'outcome: defer')), []);
  });
  it('is silent for a defeater off the decision path', () => {
    const input = failing
      .replace('challenges: ["G1 -> Sn1"]', 'challenges: [G9]')
      .replace(
        'evidence:\n',
        '  G9: { kind: claim, text: An old claim kept for reference., undeveloped: true }\n  D2: { kind: defeater, text: Keeps G9 reachable., challenges: [G1], status: refuted, resolution: { summary: See G9., refs: [G9] } }\nevidence:\n',
      );
    assert.deepEqual(
      findings(rule, input).map((f) => f.target),
      [],
    );
  });
  it('fires once the due date has passed', () => {
    const fs = findings(rule, passing, '2027-01-15');
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message, /due date 2026-12-31 has passed/);
  });
  it('matches defeater ids as whole ids only', () => {
    assert.ok(namesId('Resolve D1.', 'D1'));
    assert.ok(!namesId('Resolve D10 first', 'D1'));
    assert.ok(!namesId('See D1.2', 'D1'));
  });
});
