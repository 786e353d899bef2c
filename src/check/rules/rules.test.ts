// Properties every rule module must have.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isRuleId, RULES, ruleById } from './index.js';
import { ruleMarkdown } from './rule-docs.js';
import { FAILURE_MODES } from './types.js';

describe('the rule set', () => {
  it('ids are unique, stable in form and match their failure mode', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of RULES) {
      assert.match(r.meta.id, /^[a-z-]+\/[a-z0-9-]+$/);
      assert.ok(r.meta.id.startsWith(`${r.meta.failureMode}/`), r.meta.id);
      assert.ok(r.meta.rationale.length > 40 && r.meta.docs.length > 40, `${r.meta.id} is documented`);
    }
  });
  it('every failure mode is covered by several rules, and there are at least 30', () => {
    for (const m of FAILURE_MODES) assert.ok(RULES.filter((r) => r.meta.failureMode === m).length >= 2, m);
    assert.ok(RULES.length >= 30);
  });
  it('a rule is found by its id, and only a rule id is one', () => {
    for (const r of RULES) {
      assert.ok(isRuleId(r.meta.id));
      assert.equal(ruleById(r.meta.id), r);
    }
    assert.ok(!isRuleId('paper-safety/no-such-rule'));
    assert.ok(!isRuleId('L05'));
  });
  it('every message has a hint under the same id, and nothing else does', () => {
    for (const { meta } of RULES) {
      assert.ok(Object.keys(meta.messages).length > 0, meta.id);
      assert.deepEqual(Object.keys(meta.hints).sort(), Object.keys(meta.messages).sort(), meta.id);
      for (const [k, text] of Object.entries({ ...meta.messages, ...meta.hints }))
        assert.ok(text.trim().length > 10, `${meta.id} ${k}`);
    }
  });
  it('every rule has its tests beside it, in the rule tester, and they report under each of its message ids', () => {
    for (const { meta } of RULES) {
      const file = fileURLToPath(new URL(`./${meta.id}.test.ts`, import.meta.url));
      assert.ok(fs.existsSync(file), `${meta.id}.test.ts`);
      const text = fs.readFileSync(file, 'utf8');
      assert.match(text, /\bruleTester\(rule, \{/, `${meta.id} is tested with ruleTester`);
      for (const id of Object.keys(meta.messages))
        assert.ok(text.includes(`messageId: '${id}'`), `${meta.id}: a case expects a finding under ${id}`);
    }
  });
});

describe('rule documentation speaks to users, not to the source', () => {
  // A source file name (text.ts), or a constant's name in code style (`PLAN`), means nothing to a reader of
  // `warrant explain` or docs/rules/: the docs say what the words are instead.
  const SOURCE_REF = /\b[\w-]+\.(?:ts|js)\b|`[A-Z][A-Z0-9_]{2,}`/;
  it('no rule docs name a source file or a source constant', () => {
    const offenders = RULES.filter((r) => SOURCE_REF.test(ruleMarkdown(r))).map((r) => r.meta.id);
    assert.deepEqual(offenders, []);
  });
  it('the check itself catches both forms', () => {
    assert.ok(SOURCE_REF.test('plan wording (text.ts: plan, policy)'));
    assert.ok(SOURCE_REF.test('wording (`PLACEHOLDER`): TBD'));
    assert.ok(!SOURCE_REF.test('plan wording (plan, policy), `value`, `sample_size`, TBD, TODO'));
  });
});
