// A gated word pattern must answer exactly as the pattern alone does: the gate
// only saves work on texts that cannot match.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SANDBAGGING } from './evidence-gaps/inability.js';
import { ABSOLUTE, GatedRegExp, gated, matchOf, PLACEHOLDER, PLAN } from './text.js';

// Every alternative of each pattern, in several cases and contexts, and near misses.
const TEXTS = [
  'The model cannot do it.',
  "It CAN NOT do it; it can not; it can't.",
  'Never, no possibility, no chance, no way.',
  'It eliminates, eliminated, eliminating the risk; impossible; guaranteed, guarantees.',
  'Zero risk, zero chance, zero probability, zero incidents, always.',
  'Completely safe, completely prevents, fully blocks, fully safe, under no circumstances, 100 %, 100%.',
  'The classifier degrades gracefully when the monitor is unavailable.',
  'Fully-automated review; completely different; zero-day exploits; eliminator.',
  'Further analysis is required. Further work will be needed. TBD, tbc, ToDo, FIXME.',
  'To be determined; to be confirmed; pending review; not yet evaluated; not yet analysed.',
  'Results will be provided; awaiting sign-off; evaluation is ongoing; testing still in progress.',
  'Work underway; results to follow; results pending; placeholder.',
  'The results show no pending issue, and the further step was done to be sure.',
  'We plan to, plans, planned; a policy, policies, procedure, procedures, the playbook and runbook.',
  'A tabletop exercise, a drill scenario; we will implement, will be deployed, will roll out.',
  'It intends to, intended to, commits to, committed to; the roadmap; aims to; we expect to.',
  'An explanation of the planet; the claim was politically committed.',
  'Sandbagging, sandbagged; password-locked, password lock; strategically underperforming.',
  'Deliberate underperformance; underperformed on purpose; exploration hacking; eval awareness.',
  'Evaluation-awareness probes; capability elicitation via fine-tuning; capability elicitation via finetuning.',
  'The password was changed; awareness training; exploration of the space; underperformers.',
  '',
  'x',
  'İstanbul KELVIN \u212Aelvin ſandbagging café',
];

describe('gated word patterns', () => {
  for (const [name, re] of Object.entries({ ABSOLUTE, PLACEHOLDER, PLAN, SANDBAGGING })) {
    it(`${name} answers as its pattern alone does`, () => {
      assert.ok(re instanceof GatedRegExp);
      const plain = new RegExp(re.source, re.flags);
      for (const base of TEXTS) {
        for (const text of [base, base.toUpperCase(), base.toLowerCase()]) {
          assert.equal(re.test(text), plain.test(text), text);
          assert.deepEqual(re.exec(text)?.[0], plain.exec(text)?.[0], text);
          assert.equal(matchOf(re, text), text ? plain.exec(text)?.[0] : undefined, text);
          assert.deepEqual(text.match(re)?.[0], text.match(plain)?.[0], text);
        }
      }
    });
  }

  it('a gate of words is looked up in the lowercased text', () => {
    const re = gated(/\bpre-?approv\w*/i, ['preapprov', 'pre-approv']);
    assert.equal(re.exec('Pre-Approved for all regions')?.[0], 'Pre-Approved');
    assert.equal(re.test('PREAPPROVAL'), true);
    assert.equal(re.test('approved in advance'), false);
  });

  it('copies have no gate, and a global or sticky pattern cannot be gated', () => {
    const re = gated(/b/i, ['zzz']);
    assert.equal(re.test('abc'), false, 'the gate rejects');
    assert.deepEqual('abc'.split(re), ['a', 'c'], 'split works on an ungated copy');
    assert.equal(new RegExp(re).test('abc'), true);
    assert.throws(() => gated(/b/g, ['b']));
    assert.throws(() => gated(/b/y, ['b']));
    assert.throws(() => gated(/b/i, /b/));
  });
});
