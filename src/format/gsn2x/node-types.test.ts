import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GSN2X_TYPES, kindOf, typeFromPrefix, typeNamedById, typeOf } from './node-types.js';

test('the longest prefix wins', () => {
  assert.equal(typeFromPrefix('G1'), 'Goal');
  assert.equal(typeFromPrefix('S1'), 'Strategy');
  assert.equal(typeFromPrefix('Sn1'), 'Solution');
  assert.equal(typeFromPrefix('C1'), 'Context');
  assert.equal(typeFromPrefix('A1'), 'Assumption');
  assert.equal(typeFromPrefix('J1'), 'Justification');
  assert.equal(typeFromPrefix('CG1'), 'CounterGoal');
  assert.equal(typeFromPrefix('CSn1'), 'CounterSolution');
  assert.equal(typeFromPrefix('G-TopLevelGoal'), 'Goal');
  assert.equal(typeFromPrefix('C_A_certain_context'), 'Context');
  // CCSn1 starts with C but not with CG or CSn: a context unless nodeType says otherwise.
  assert.equal(typeFromPrefix('CCSn1'), 'Context');
  assert.equal(typeFromPrefix('X1'), undefined);
  assert.equal(typeFromPrefix('g1'), undefined);
});

test('an id names a type only when its prefix is followed by a digit, a separator or the end', () => {
  assert.equal(typeNamedById('G1'), 'Goal');
  assert.equal(typeNamedById('Sn1'), 'Solution');
  assert.equal(typeNamedById('CSn2'), 'CounterSolution');
  assert.equal(typeNamedById('G-TopLevelGoal'), 'Goal');
  assert.equal(typeNamedById('C_A_certain_context'), 'Context');
  assert.equal(typeNamedById('S'), 'Strategy');
  assert.equal(typeNamedById('Sn.web'), 'Solution');
  // Letters run on past the prefix: a naming scheme of its own, not a type.
  assert.equal(typeNamedById('CCSn1'), undefined);
  assert.equal(typeNamedById('Gate1'), undefined);
  assert.equal(typeNamedById('Snapshot'), undefined);
  assert.equal(typeNamedById('X1'), undefined);
});

test('every type maps to a kind and back', () => {
  for (const t of GSN2X_TYPES) {
    const { kind, form } = kindOf(t);
    const node = {
      kind,
      text: 'x',
      ...(kind === 'defeater' ? { form, challenges: [], status: 'open' } : {}),
    } as Parameters<typeof typeOf>[0];
    assert.equal(typeOf(node), t);
  }
});

test('a defeater without a form is a counter-goal', () => {
  assert.equal(typeOf({ kind: 'defeater', text: 'x', challenges: [], status: 'open' }), 'CounterGoal');
});
