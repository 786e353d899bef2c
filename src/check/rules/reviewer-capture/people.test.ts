import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentions, nameKey } from './people.js';

describe('people matching', () => {
  it('drops titles, case, accents and punctuation', () => {
    assert.equal(nameKey('Dr. Kenji Mori'), 'kenji mori');
    assert.equal(nameKey('Prof. Ingrid  Solberg'), nameKey('ingrid solberg'));
    assert.equal(nameKey('Zoë Ångström'), 'zoe angstrom');
  });
  it('finds a name in free text as whole words only', () => {
    assert.ok(mentions('Dr. Kenji Mori (Alignment Science, reviewer)', 'Kenji Mori'));
    assert.ok(!mentions('Kenji Moriyama', 'Kenji Mori'));
    assert.ok(!mentions('Mori', 'Kenji Mori'));
    assert.ok(!mentions('anything', 'Dr.'));
  });
});
