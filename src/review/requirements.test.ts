import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeOverride } from './overrides.js';
import {
  evaluateRequirements,
  type RequirementInput,
  type RequirementResult,
  reviewConfigFrom,
  signOffReady,
} from './requirements.js';
import type { Challenge, Override, RequirementName, Role, RoleAssignment, Vote } from './types.js';

const R1 = '1'.repeat(64);
const R2 = '2'.repeat(64);

const roles: RoleAssignment[] = [
  ['ann', 'author'],
  ['rita', 'reviewer-independent'],
  ['sam', 'reviewer-independent'],
  ['ivan', 'reviewer-internal'],
  ['xena', 'reviewer-external'],
  ['abe', 'author'],
  ['abe', 'reviewer-independent'],
  ['dana', 'decision-maker'],
].map(([user, role]) => ({ caseId: 'c', user: user!, role: role as Role }));

let n = 0;
function vote(author: string, value: Vote['value'], revision = R2, over: Partial<Vote> = {}): Vote {
  n++;
  const at = new Date(Date.UTC(2026, 11, 7, 0, 0, n)).toISOString().replace('.000Z', 'Z');
  return { id: `v${n}`, caseId: 'c', revision, value, tier: 'public', text: 't', author, at, ...over };
}

function challenge(status: Challenge['status'], severity: Challenge['severity'] = 'blocking'): Challenge {
  return {
    id: `ch-${status}-${severity}`,
    caseId: 'c',
    revision: R1,
    target: { kind: 'node', id: 'G1' },
    kind: 'rebutting',
    severity,
    tier: 'internal',
    text: 't',
    author: 'rita',
    at: '2026-12-07T00:00:00Z',
    status,
    version: 1,
  };
}

function input(over: Partial<RequirementInput> = {}): RequirementInput {
  return {
    config: reviewConfigFrom({ approvals: 2 }),
    decisionKind: 'api-launch',
    revision: R2,
    votes: [vote('rita', 'approve'), vote('sam', 'approve'), vote('xena', 'approve')],
    challenges: [challenge('withdrawn'), challenge('open', 'non-blocking')],
    roles,
    findings: [{ severity: 'warning' }],
    overrides: [],
    ...over,
  };
}

function state(results: RequirementResult[], name: RequirementName): string {
  const r = results.find((x) => x.name === name)!;
  return `${r.state}: ${r.found}`;
}

describe('sign-off requirements', () => {
  it('all satisfied on a reviewed, clean revision (the clean twin of every case below)', () => {
    const results = evaluateRequirements(input());
    assert.deepEqual(
      results.map((r) => r.state),
      ['satisfied', 'satisfied', 'satisfied', 'satisfied', 'satisfied'],
    );
    assert.equal(signOffReady(results), true);
  });

  it('independent approvals: outdated, dismissed, internal, author-held and superseded approvals do not count', () => {
    const votes = [
      vote('rita', 'approve', R1),
      vote('sam', 'approve', R2, { dismissed: { by: 'dana', at: 'x', message: 'm' } }),
      vote('ivan', 'approve'),
      vote('abe', 'approve'),
      vote('xena', 'approve'),
      vote('xena', 'request-changes'),
    ];
    const results = evaluateRequirements(input({ votes }));
    assert.equal(state(results, 'independent-approvals'), 'not-satisfied: 0 of 2 independent approvals');
    assert.equal(signOffReady(results), false);
    const again = evaluateRequirements(input({ votes: [...votes, vote('rita', 'approve'), vote('xena', 'approve')] }));
    assert.equal(state(again, 'independent-approvals'), 'satisfied: 2 of 2 independent approvals');
  });

  it('no veto: a current veto blocks; an outdated or dismissed one does not', () => {
    const base = input().votes;
    assert.equal(
      state(evaluateRequirements(input({ votes: [...base, vote('sam', 'veto')] })), 'no-veto'),
      'not-satisfied: 1 veto',
    );
    const old = [vote('sam', 'veto', R1), ...base];
    assert.equal(state(evaluateRequirements(input({ votes: old })), 'no-veto'), 'satisfied: no veto');
  });

  it('no open blocking challenge: open, answered and sustained block; withdrawn and accepted-residual do not', () => {
    const blocks = (s: Challenge['status']) =>
      evaluateRequirements(input({ challenges: [challenge(s)] })).find((r) => r.name === 'no-open-blocking-challenge')!;
    for (const s of ['open', 'answered', 'sustained'] as const) assert.equal(blocks(s).state, 'not-satisfied', s);
    for (const s of ['withdrawn', 'accepted-residual'] as const) assert.equal(blocks(s).state, 'satisfied', s);
    assert.deepEqual(blocks('open').items, ['ch-open-blocking']);
    assert.deepEqual(blocks('open').tiers, ['internal']);
  });

  it('check clean: errors, or no check at all, fail it; warnings do not', () => {
    assert.equal(
      state(evaluateRequirements(input({ findings: [{ severity: 'error' }] })), 'check-clean'),
      'not-satisfied: 1 error',
    );
    assert.equal(
      state(evaluateRequirements(input({ findings: undefined })), 'check-clean'),
      'not-satisfied: not checked',
    );
  });

  it('external review applies to the decision kinds configured, and needs an external approval', () => {
    const noExternal = input({ votes: [vote('rita', 'approve'), vote('sam', 'approve')] });
    assert.equal(state(evaluateRequirements(noExternal), 'external-review'), 'not-satisfied: 0 external approvals');
    const training = { ...noExternal, decisionKind: 'continue-training' as const };
    assert.match(
      state(evaluateRequirements(training), 'external-review'),
      /^not-applicable: not required for a continue-training/,
    );
    const configured = {
      ...training,
      config: reviewConfigFrom({ approvals: 2, external_review_for: ['continue-training'] }),
    };
    assert.match(state(evaluateRequirements(configured), 'external-review'), /^not-satisfied/);
  });

  it('a case may switch a requirement off', () => {
    const off = input({ findings: undefined, config: reviewConfigFrom({ approvals: 2, off: ['check-clean'] }) });
    assert.equal(state(evaluateRequirements(off), 'check-clean'), 'not-applicable: switched off by the case');
  });

  it('an override by a decision maker, with its justification, wins and is reported as such', () => {
    const stamp = { id: 'o1', now: '2026-12-07T05:00:00Z', caseId: 'c', revision: R2 };
    const request = {
      revision: R2,
      requirement: 'check-clean' as const,
      justification: 'S07 is a known false positive.',
    };
    const dana = { user: 'dana', roles: ['decision-maker' as const], level: 'edit' as const, clearance: new Set([]) };
    const made = makeOverride(dana, request, stamp, []);
    assert.ok(made.ok);
    const overrides: Override[] = [made.value.override];
    const results = evaluateRequirements(input({ findings: [{ severity: 'error' }], overrides }));
    const r = results.find((x) => x.name === 'check-clean')!;
    assert.equal(r.state, 'overridden');
    assert.deepEqual(r.override, { by: 'dana', at: stamp.now, justification: request.justification });
    assert.equal(signOffReady(results), true);
    const onOldRevision = evaluateRequirements(input({ revision: R1, findings: [{ severity: 'error' }], overrides }));
    assert.equal(onOldRevision.find((x) => x.name === 'check-clean')!.state, 'not-satisfied');
    const twice = makeOverride(dana, request, stamp, overrides);
    assert.ok(!twice.ok && twice.code === 'already-overridden');
    const byReviewer = makeOverride({ ...dana, user: 'rita', roles: ['reviewer-independent'] }, request, stamp, []);
    assert.ok(!byReviewer.ok && byReviewer.code === 'not-permitted');
  });
});
