// Properties every rule module must have.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from './index.js';
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
});
