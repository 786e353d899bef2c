// The rule tester must fail when a finding differs from what a case expects in
// any of the ways it checks; a tester that cannot fail tests nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { vagueStandard } from '../../src/check/rules/acceptability-laundering/vague-standard.js';
import { type RuleId, ruleById } from '../../src/check/rules/index.js';
import { planAsEvidence } from '../../src/check/rules/paper-safety/plan-as-evidence.js';
import { assertFindings, type ExpectedFinding, edit, ruleFindings, ruleTester } from './rule-tester.js';

const rule = planAsEvidence;
const failing = rule.meta.examples.failing as string;
const right: ExpectedFinding<'planOnly'> = {
  target: 'G1',
  line: 9,
  column: 28,
  messageId: 'planOnly',
  data: {
    claim: 'G1',
    plans: 'a plan',
    list: 'E1 (its kind is framework)',
  },
  hint: /^Support G1 with a test of the plan/,
  related: [{ line: 12, column: 3, message: /^E1: its kind is framework/ }],
};

describe('rule tester', () => {
  const actual = ruleFindings(rule, failing);

  it('passes exactly the findings a case expects', () => {
    assertFindings(rule, actual, [right]);
  });

  for (const [what, wrong] of [
    ['line', { ...right, line: 10 }],
    ['column', { ...right, column: 27 }],
    ['target', { ...right, target: 'Sn1' }],
    ['file', { ...right, file: 'other.yaml' }],
    ['message id', { ...right, messageId: 'other' }],
    ['message (pattern)', { ...right, message: /tabletop/ }],
    ['message (text)', { ...right, message: 'Claim G1 states something achieved.' }],
    ['hint', { ...right, hint: /^Restate/ }],
    ['data', { ...right, data: { ...right.data, plans: 'plans' } }],
    ['related location', { ...right, related: [{ line: 12, column: 4 }] }],
    ['related count', { ...right, related: [] }],
    ['related message', { ...right, related: [{ line: 12, column: 3, message: /^E2/ }] }],
  ] as const)
    it(`fails on a wrong ${what}`, () => {
      assert.throws(() => assertFindings(rule, actual, [wrong]), assert.AssertionError);
    });

  it('fails on a missing or an extra finding, and on the wrong order', () => {
    assert.throws(() => assertFindings(rule, actual, []), assert.AssertionError);
    assert.throws(() => assertFindings(rule, actual, [right, right]), assert.AssertionError);
    const both = ruleFindings(vagueStandard, vagueStandard.meta.examples.failing);
    const [standard, setBy] = both.map((f) => ({
      target: f.target!,
      line: f.line,
      column: f.col,
      messageId: f.messageId,
    }));
    assertFindings(vagueStandard, both, [standard!, setBy!]);
    assert.throws(() => assertFindings(vagueStandard, both, [setBy!, standard!]), assert.AssertionError);
  });

  it('refuses two cases of one name, an invalid case that expects nothing, and no cases of a kind', () => {
    const valid = [{ name: 'same', yaml: failing }];
    const invalid = [{ name: 'one', yaml: failing, findings: [right] }];
    assert.throws(() => ruleTester(rule, { valid: [], invalid }), /at least one valid and one invalid case/);
    assert.throws(() => ruleTester(rule, { valid, invalid: [] }), /at least one valid and one invalid case/);
    assert.throws(() => ruleTester(rule, { valid: [...valid, ...valid], invalid }), /two cases are named "same"/);
    assert.throws(
      () => ruleTester(rule, { valid, invalid: [{ name: 'nothing', yaml: failing, findings: [] }] }),
      /expects no finding/,
    );
  });

  it('edit refuses a text that is not there, so that an edit cannot silently miss', () => {
    assert.equal(edit('a b a', 'a', 'c'), 'c b a');
    assert.equal(edit('a $ b', 'b', '$&'), 'a $ $&');
    assert.equal(edit('x1 y2', /(\d)/, '<$1>'), 'x<1> y2');
    assert.throws(() => edit('a b', 'c', 'd'), /is not in the text/);
    assert.throws(() => edit('a b', /c/, 'd'), /matches nothing/);
    assert.throws(() => edit('a b', /a/g, 'd'), /global/);
  });
});

// Type-level tests, checked by `npm run typecheck` and never run: a mistyped
// rule id or message id does not compile.
export function typeChecks(): void {
  const id: RuleId = 'paper-safety/plan-as-evidence';
  // @ts-expect-error: there is no such rule
  const typo: RuleId = 'paper-safety/plan-as-evidense';
  // @ts-expect-error: ruleById takes a rule id, not any string
  ruleById('paper-safety/no-such-rule');
  ruleTester(rule, {
    valid: [{ name: 'x', yaml: failing }],
    // @ts-expect-error: planAsEvidence has no message id "planonly"
    invalid: [{ name: 'x', yaml: failing, findings: [{ target: 'G1', line: 9, column: 28, messageId: 'planonly' }] }],
  });
  void [id, typo];
}
