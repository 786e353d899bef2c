import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { acceptability, argument, RISKS } from './examples.js';
import { vagueStandard as rule } from './vague-standard.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('reports both fields', () => {
    assert.deepEqual(
      findings(rule, rule.meta.examples.failing).map((f) => f.message),
      [
        'acceptability.standard is "Industry best practice", which does not say whose standard applies.',
        'acceptability.set_by is "The team", which does not say who set the standard.',
      ],
    );
  });
  it('reports a placeholder inside a longer value', () => {
    const input = RISKS + acceptability({ standard: 'Northwind FSF v2.1, section TBD' }) + argument();
    assert.match(findings(rule, input)[0]!.message, /"TBD"/);
  });
  it('accepts a named standard that mentions best practice', () => {
    const input =
      RISKS +
      acceptability({ standard: 'NIST AI RMF 1.0 with the Northwind best-practice annex, section 4' }) +
      argument();
    assert.deepEqual(findings(rule, input), []);
  });
});
