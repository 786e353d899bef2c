import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { acceptability, argument, CRITERION, RISKS } from './examples.js';
import { vagueTopClaim as rule } from './vague-top-claim.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('quotes the vague word', () => {
    assert.match(
      findings(rule, rule.meta.examples.failing)[0]!.message,
      /says "unacceptable", but it names no acceptability criteria/,
    );
  });
  it('reports named criteria that have no numeric threshold', () => {
    const input =
      RISKS +
      acceptability({
        criterion: CRITERION.replace('threshold: { max: 0.02, on: interval-high }\n', 'threshold: { text: rare }\n'),
      }) +
      argument('Browsing is safe enough.');
    assert.match(findings(rule, input)[0]!.message, /its criteria \(crit-injection\) have no numeric threshold/);
  });
  it('ignores a top claim stated in operational terms', () => {
    assert.deepEqual(
      findings(rule, RISKS + acceptability() + argument('Injection leaks stay under 2% (upper 95% bound).', '[]')),
      [],
    );
  });
  it('does not read "acceptance testing" as vague', () => {
    assert.deepEqual(
      findings(rule, RISKS + acceptability() + argument('browse-1.0 passed acceptance testing on rc3.', '[]')),
      [],
    );
  });
});
