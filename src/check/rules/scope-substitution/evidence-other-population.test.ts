import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { evidenceOtherPopulation as rule } from './evidence-other-population.js';

const failing = rule.meta.examples.failing as string;
const withPopulation = (p: string) => failing.replace('Internal staff dogfooding the app, 1,400 employees', p);

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('says why the population differs', () => {
    assert.match(findings(rule, failing)[0]!.message, /drawn from internal staff \("Internal"\)/);
  });
  it('reports a much smaller observed population, but not a sample of the deployed one', () => {
    assert.match(
      findings(
        rule,
        withPopulation('Consumer app users in the 41 supported countries during a 3-week soft launch, 80,000 users'),
      )[0]!.message,
      /80,000, more than 10 times fewer than the 12,000,000/,
    );
    assert.deepEqual(
      findings(rule, withPopulation('Random sample of 80,000 consumer app users in the 41 supported countries')),
      [],
    );
  });
  it('reports a region the deployment does not name', () => {
    assert.match(findings(rule, withPopulation('Consumer app users in the US, 5M users'))[0]!.message, /drawn from US/);
  });
  it('does not compare samples of tasks or study participants', () => {
    assert.deepEqual(findings(rule, withPopulation('2,400 tasks sampled from internal pilot tickets')), []);
    assert.deepEqual(
      findings(rule, withPopulation('412 adult participants with under one year of security experience')),
      [],
    );
  });
  it('is bridged by a justification that argues transfer from the narrower class', () => {
    const bridged = failing
      .replace('supported_by: [Sn1] }', 'in_context_of: [J1], supported_by: [Sn1] }')
      .replace(
        'evidence:\n  E1:',
        '  J1: { kind: justification, text: Internal dogfooding escalation rates are representative because the crisis classifier sees the same conversation mix (replay study). }\nevidence:\n  E1:',
      );
    assert.deepEqual(findings(rule, bridged), []);
  });
});
