import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { nameAndVersion, evidenceOtherScaffold as rule } from './evidence-other-scaffold.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('names the versions', () => {
    assert.match(findings(rule, failing)[0]!.message, /version 2\.7\.0 of atlas scaffold, not the deployed 2\.8\.1/);
  });
  it('reports another prompt version of a capability evaluation, but not a different elicitation scaffold', () => {
    const capability = failing.replace('kind: control-evaluation', 'kind: capability-evaluation');
    assert.equal(findings(rule, capability).length, 1);
    assert.deepEqual(
      findings(rule, capability.replace('scaffold: atlas-scaffold-2.7.0', 'scaffold: ReAct-Pentest 1.4')),
      [],
    );
    assert.equal(
      findings(rule, failing.replace('scaffold: atlas-scaffold-2.7.0', 'scaffold: ReAct-Pentest 1.4')).length,
      1,
    );
    assert.match(
      findings(
        rule,
        capability
          .replace('scaffold: atlas-scaffold-2.7.0', 'scaffold: atlas-scaffold-2.8.1')
          .replace(', prompt_version: atlas-sp-3.4', ', prompt_version: atlas-sp-3.2'),
      )[0]!.message,
      /prompt "atlas-sp-3.2"/,
    );
  });
  it('ignores monitor components, whose prompts are their own', () => {
    assert.deepEqual(findings(rule, failing.replace('component: agent', 'component: monitor')), []);
  });
  it('splits names from versions', () => {
    assert.deepEqual(nameAndVersion('platform-safety-preamble-v7.2'), {
      name: 'platform safety preamble',
      version: 'v7.2',
    });
    assert.deepEqual(nameAndVersion('atlas-scaffold-2.8.1 (protocol CP-ATLAS-3)'), {
      name: 'atlas scaffold',
      version: '2.8.1',
    });
  });
});
