import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { inabilityCase, item } from './fixtures.js';
import { inabilityWithoutElicitation as rule } from './inability-without-elicitation.js';
import { inabilityWithoutElicitationLowRisk as lowRisk } from './inability-without-elicitation-low-risk.js';

const noElicitation =
  'measured: { model: m7, build: m7-2026-09-30 }, result: { metric: accuracy, value: 0.21, interval: [0.15, 0.28], sample_size: 180 }';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('reports the evidence item and names the inability claim', () => {
    const [f] = findings(rule, rule.meta.examples.failing);
    assert.equal(f!.target, 'E1');
    assert.match(f!.message, /inability claim G1 on a critical-severity branch/);
  });
  it('leaves low- and medium-severity branches to the low-risk rule', () => {
    const input = inabilityCase({ severity: 'medium', items: item('E1', noElicitation) });
    assert.deepEqual(findings(rule, input), []);
    assert.equal(findings(lowRisk, input).length, 1);
    assert.deepEqual(findings(lowRisk, inabilityCase({ items: item('E1', noElicitation) })), []);
  });
  it('finds an inability claim by its words even when it addresses no risk', () => {
    const input = inabilityCase({ items: item('E1', noElicitation) })
      .replace('    addresses: [R1]\n', '')
      .replace(
        'risks:\n  R1: { title: Uplift to biological weapons acquisition, pathway: cbrn, severity: critical }\n',
        '',
      );
    assert.equal(findings(rule, input).length, 1);
  });
  it("does not treat a claim about a monitor as inability, nor a monitor's evaluation", () => {
    const input = inabilityCase({
      items: item(
        'E1',
        'measured: { model: guard, build: guard-2.1, component: classifier }, result: { metric: recall, value: 0.97, sample_size: 400 }',
      ),
    });
    assert.deepEqual(findings(rule, input), []);
  });
  it('treats an elicitation that records no effort as missing', () => {
    for (const e of ['none', 'N/A', 'default prompting only', 'TBD']) {
      const input = inabilityCase({
        items: item(
          'E1',
          `measured: { model: m7, build: m7-2026-09-30, elicitation: ${e} }, result: { metric: accuracy, value: 0.21, sample_size: 180 }`,
        ),
      });
      assert.match(findings(rule, input)[0]?.message ?? '', new RegExp(`says "${e}"`), e);
    }
    const real = inabilityCase({
      items: item(
        'E1',
        'measured: { model: m7, build: m7-2026-09-30, elicitation: default prompting plus 40 hours of prompt search }, result: { metric: accuracy, value: 0.21, sample_size: 180 }',
      ),
    });
    assert.deepEqual(findings(rule, real), []);
  });
  it('does not check evidence with no measured block (a baseline that measured no model)', () => {
    assert.deepEqual(
      findings(
        rule,
        inabilityCase({ items: item('E1', 'result: { metric: accuracy, value: 0.2, sample_size: 100 }') }),
      ),
      [],
    );
  });
  it('ignores capability evaluations that only a defeater cites', () => {
    const input = inabilityCase({
      extraNodes:
        '  D1: { kind: defeater, text: An external eval found higher scores., challenges: [G1], evidence: [E2], status: refuted, resolution: { summary: Contaminated tasks., refs: [Sn1] } }\n',
      items:
        item('E1', 'measured: { model: m7, build: m7-2026-09-30, elicitation: 10 attempts }') +
        item('E2', noElicitation),
    });
    assert.deepEqual(findings(rule, input), []);
  });
});
