// A gated word pattern must answer exactly as the pattern alone does: the gate
// only saves work on texts that cannot match.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXAMPLE_HEADER, exampleFiles } from '../examples.js';
import { SANDBAGGING } from './evidence-gaps/inability.js';
import { RULES } from './index.js';
import {
  ABSOLUTE,
  GatedRegExp,
  gated,
  gatedPatterns,
  matchOf,
  PLACEHOLDER,
  PLAN,
  phrase,
  wordPattern,
} from './text.js';

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
  // The rules' own gated patterns: widening and restricting conditions, compliance wording, decision kinds.
  'Access may later be extended to other regions; it also covers future checkpoints; pre-approved for EU users.',
  'Rollout can be expanded to all users as needed, without further review, at their discretion.',
  'Additional tools, new regions and any build of the m7 family may be enabled automatically.',
  'No additional tools without a new decision; expansion requires a separate case and is prohibited.',
  'The launch complies with the RSP; it meets all applicable requirements; our framework has been followed.',
  'Deploying internally on the agent platform; releasing the weights; trusted access for researchers.',
  'Launching on the public API; resuming pre-training; an open-weights release; trusted-tester programme.',
  'The mitigation will be deployed in Q3; it is scheduled; we plan to roll out a fix once it is built.',
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

  it('every gated pattern of every rule answers as its pattern alone, on the test texts and the rule examples', () => {
    assert.ok(RULES.length > 0, 'the rules are loaded, and with them their patterns');
    const patterns = gatedPatterns();
    assert.ok(patterns.length >= 20, `${patterns.length} gated patterns`);
    const texts = [...TEXTS, ...EXAMPLE_HEADER.split('\n')];
    for (const { meta } of RULES)
      for (const input of [meta.examples.failing, meta.examples.passing])
        for (const file of Object.values(exampleFiles(input))) texts.push(...file.split('\n'));
    for (const re of patterns) {
      const plain = new RegExp(re.source, re.flags);
      for (const base of texts)
        for (const text of [base, base.toUpperCase(), base.toLowerCase()]) {
          assert.equal(re.test(text), plain.test(text), `${re} on ${text}`);
          assert.deepEqual(re.exec(text)?.[0], plain.exec(text)?.[0], `${re} on ${text}`);
        }
    }
  });

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

describe('word patterns', () => {
  it('join their alternatives between word boundaries, case-insensitively', () => {
    const re = wordPattern(['cannot', /can ?not/, "can't"]);
    assert.equal(re.source, "\\b(?:cannot|can ?not|can't)\\b");
    assert.equal(re.flags, 'i');
    assert.ok(re.test('It CAN NOT'));
    assert.ok(!re.test('canNOTE'));
  });
  it('match a string alternative as written, and a pattern as a pattern', () => {
    const re = wordPattern(['x.y', 'a+b', /c+d/]);
    assert.ok(re.test('see x.y here') && re.test('a+b') && re.test('cccd'));
    assert.ok(!re.test('see xzy here') && !re.test('aab'));
  });
  it('take a capture group, other ends and flags when asked', () => {
    assert.equal(wordPattern(['a', 'b'], { capture: true, end: '' }).source, '\\b(a|b)');
    assert.equal(wordPattern(['a'], { start: '^\\s*', end: '\\s*$' }).source, '^\\s*(?:a)\\s*$');
    assert.equal(wordPattern(['US'], { flags: '' }).test('us'), false);
    assert.equal(wordPattern(['a', 'b'], { capture: true }).exec('x b y')?.[1], 'b');
  });
  it('put their gate in front: a text without a gate word is not run through the pattern', () => {
    const words = wordPattern(['b'], { gate: ['zzz'] });
    assert.ok(words instanceof GatedRegExp);
    assert.equal(words.test('a b c'), false, 'the (deliberately wrong) gate rejects');
    assert.equal(wordPattern(['b'], { gate: ['b'] }).test('a B c'), true);
    const pattern = wordPattern([/sandbag\w*/], { gatePattern: ['sandbag'] });
    assert.ok(pattern instanceof GatedRegExp);
    assert.equal(pattern.exec('Sandbagging checks')?.[0], 'Sandbagging');
    assert.equal(pattern.test('sand bagging'), false);
  });
  it('refuse two gates, a flagged alternative, and global or sticky flags', () => {
    assert.throws(() => wordPattern(['a'], { gate: ['a'], gatePattern: ['a'] }), /one gate/);
    assert.throws(() => wordPattern([/a/i]), /flags of its pattern/);
    assert.throws(() => wordPattern(['a'], { flags: 'gi', gate: ['a'] }), /global or sticky/);
  });
  it('are built from phrases: a list in a phrase is one of its alternatives', () => {
    const p = phrase(/will (?:be )?/, ['deploy', /roll(?:ed)? out/], /\w*/);
    assert.equal(p.source, 'will (?:be )?(?:deploy|roll(?:ed)? out)\\w*');
    assert.equal(p.flags, '');
    const re = wordPattern([phrase(['more', 'new'], ' ', [/tools?/, 'regions'])]);
    assert.equal(re.source, '\\b(?:(?:more|new) (?:tools?|regions))\\b');
    assert.ok(re.test('New tools may be added') && !re.test('new toolsets'));
  });
});
