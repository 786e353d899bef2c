import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparable, comparablePerson, mentions, namedBy as namedByPerson, nameKey } from './people.js';

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

describe('namedBy', () => {
  const p = { name: 'Dr. Rhys Calloway', team: 'Red Team', organisation: 'Halden Assurance' };
  const namedBy = (text: string, who: typeof p) => namedByPerson(comparable(text), comparablePerson(who));
  it('finds a person in free text by name, exact team or organisation', () => {
    assert.equal(namedBy('Rhys Calloway (Halden)', p), 'name');
    assert.equal(namedBy('The red team', p), 'team');
    assert.equal(namedBy('Halden Assurance evaluations group', p), 'organisation');
  });
  it('does not match a team inside a longer team name, or another organisation', () => {
    assert.equal(namedBy('Northwind red team operations', p), undefined);
    assert.equal(namedBy('Halden University', p), undefined);
  });
});
