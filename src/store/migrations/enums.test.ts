import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TIERS } from '../../model/vocab.js';
import * as review from '../../review/types.js';
import { ENUMS } from './001-initial.js';

// The migration writes its CHECK lists out (a migration never changes); this
// holds them to the review model, so a new value there fails here until a
// migration allows it.
describe('the schema allows exactly the review model values', () => {
  it('for every enumerated column', () => {
    assert.deepEqual(ENUMS.TIERS, [...TIERS]);
    assert.deepEqual(ENUMS.CHALLENGE_KINDS, [...review.CHALLENGE_KINDS]);
    assert.deepEqual(ENUMS.SEVERITIES, [...review.CHALLENGE_SEVERITIES]);
    assert.deepEqual(ENUMS.CHALLENGE_STATUSES, [...review.CHALLENGE_STATUSES]);
    assert.deepEqual(ENUMS.TARGET_KINDS, [...review.TARGET_KINDS]);
    assert.deepEqual(ENUMS.RESPONSE_KINDS, [...review.RESPONSE_KINDS]);
    assert.deepEqual(ENUMS.VOTE_VALUES, [...review.VOTE_VALUES]);
    assert.deepEqual(ENUMS.REQUIREMENTS, [...review.REQUIREMENT_NAMES]);
    assert.deepEqual(ENUMS.ROLES, [...review.ROLES]);
    assert.deepEqual(ENUMS.LEVELS, [...review.PERMISSION_LEVELS]);
    assert.deepEqual(ENUMS.PRINCIPALS, [...review.PRINCIPAL_KINDS]);
  });
});
