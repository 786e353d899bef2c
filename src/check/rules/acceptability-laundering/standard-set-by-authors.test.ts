import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { acceptability, argument, RISKS } from './examples.js';
import { standardSetByAuthors as rule } from './standard-set-by-authors.js';

const AUTHORS = '  authors:\n    - { name: Priya Raman, team: Frontier Risk Evaluations }\n';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('reports an author named in set_by', () => {
    const input = AUTHORS + RISKS + acceptability({ setBy: 'Priya Raman, 2026-01-10' }) + argument();
    assert.match(findings(rule, input)[0]!.message, /set by Priya Raman, an author/);
  });
  it('does not treat a body whose name contains a team word as the team', () => {
    const input =
      AUTHORS + RISKS + acceptability({ setBy: 'Board review of Frontier Risk Evaluations proposals' }) + argument();
    assert.deepEqual(findings(rule, input), []);
  });
});
