import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { generalSafetyClaim as rule } from './general-safety-claim.js';

const failing = rule.meta.examples.failing as string;
const withTop = (text: string) => failing.replace('Meridian-5 is safe.', text);

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('reports general claims', () => {
    for (const t of [
      'Meridian-5 build m5-rc2 is safe.',
      'Meridian-5 poses no risk.',
      'Meridian-5 is safe to deploy.',
      'Meridian-5 is safe for all uses on the public API.',
      'The model is acceptably safe.',
    ])
      assert.equal(findings(rule, withTop(t)).length, 1, t);
  });
  it('leaves claims bounded to the decision or to a risk alone', () => {
    for (const t of [
      'Meridian-5 is safe to deploy through the public API to verified organisations.',
      'Deploying Atlas to research staff for 90 days keeps sabotage risk acceptable.',
      'Meridian-5 poses no risk of meaningful cyber uplift.',
      'Publishing the weights does not pose an unacceptable risk.',
      'Meridian-5 is safe as deployed in the operational context.',
    ])
      assert.deepEqual(
        findings(rule, withTop(t)).map((f) => f.message),
        [],
        t,
      );
  });
  it('reads only the words: criteria attached to "is safe" do not bound it', () => {
    const input = `acceptability:
  standard: FSF v2.1
  set_by: Responsible Scaling Council
  criteria:
    crit-1: { statement: Jailbreak success at most 2%., threshold: { max: 0.02 } }
${withTop('Meridian-5 is safe.').replace('supported_by: [Sn1] }', 'criteria: [crit-1], supported_by: [Sn1] }')}`;
    assert.equal(findings(rule, input).length, 1);
  });
  it('counts a tool from the operational context as a bound', () => {
    const input =
      `context:\n  model: { id: m5, build: m5-rc2 }\n  deployment_channel: Responses endpoint\n  user_population: { description: Verified organisations }\n  tools: ["browse-1.0: fetch public pages"]\n` +
      withTop('Enabling browse-1.0 is safe.');
    assert.deepEqual(findings(rule, input), []);
  });
});
