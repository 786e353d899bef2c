import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { reviewerFromAuthoringTeam as rule } from './reviewer-from-authoring-team.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('says when the reviewer is an author', () => {
    assert.match(findings(rule, failing)[0]!.message, /Tomasz Wielgus is also an author/);
  });
  it('matches the team ignoring case and a trailing "team"', () => {
    const input = passing.replace(
      '{ name: Daniel Esposito, team: Safety Review Board, organisation: Northwind Labs }',
      '{ name: Ana Ruiz, team: frontier risk evaluations team }',
    );
    assert.match(findings(rule, input)[0]!.message, /Ana Ruiz is in Frontier Risk Evaluations, an authoring team/);
  });
  it('does not match a same-named team at another organisation', () => {
    const input = passing.replace(
      '{ name: Daniel Esposito, team: Safety Review Board, organisation: Northwind Labs }',
      '{ name: Ana Ruiz, team: Frontier Risk Evaluations, organisation: Lanternfish Security Ltd, external: true }',
    );
    assert.deepEqual(findings(rule, input), []);
  });
});
