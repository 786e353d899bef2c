import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { acceptedWithoutSignOff as rule } from './accepted-without-sign-off.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('names each missing part', () => {
    assert.match(findings(rule, rule.meta.examples.failing)[0]!.message, /without an owner, a date or a sign-off/);
  });
  it('names only the sign-off when owner and date are there', () => {
    const input = (rule.meta.examples.passing as string).replace(
      ', signed_off_by: Elena Vasquez (Chief Risk Officer)',
      '',
    );
    const fs = findings(rule, input);
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message, /without a sign-off \(signed_off_by\)\.$/);
  });
  it('accepts the defeater owner in place of the resolution owner', () => {
    const input = (rule.meta.examples.passing as string)
      .replace('owner: Chief Risk Officer, ', '')
      .replace('status: accepted', 'status: accepted\n    owner: Elena Vasquez');
    assert.deepEqual(findings(rule, input), []);
  });
});
