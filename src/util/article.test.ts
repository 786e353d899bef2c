import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withArticle } from './article.js';

describe('withArticle', () => {
  it('takes "an" before a vowel sound', () => {
    assert.deepEqual(['evidence', 'assumption', 'internal-test', 'open'].map(withArticle), [
      'an evidence',
      'an assumption',
      'an internal-test',
      'an open',
    ]);
  });
  it('takes "a" before a consonant or a "you" sound', () => {
    assert.deepEqual(['claim', 'strategy', 'unit', 'user', 'one-off', 'high'].map(withArticle), [
      'a claim',
      'a strategy',
      'a unit',
      'a user',
      'a one-off',
      'a high',
    ]);
  });
});
