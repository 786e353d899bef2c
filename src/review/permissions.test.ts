import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { actorFor, effectiveLevel, may, REVIEW_ACTIONS, type ReviewAction } from './permissions.js';
import { type Actor, type Grant, PERMISSION_LEVELS, type PermissionLevel, ROLES, type Role } from './types.js';

// The expected matrix, written out by hand (not read from ACTION_RULES), so a
// change to the rules must change this table too. Columns follow ROLES:
//   au = author, ri = reviewer-internal, rn = reviewer-independent, rx = reviewer-external,
//   rt = red-team, dm = decision-maker, ob = observer, ad = admin
const Y = true;
const N = false;
//                                   au ri rn rx rt dm ob ad
const MATRIX: Record<ReviewAction, boolean[]> = {
  read: /*                       */ [Y, Y, Y, Y, Y, Y, Y, Y],
  'open-challenge': /*           */ [N, Y, Y, Y, Y, Y, N, N],
  respond: /*                    */ [Y, N, N, N, N, N, N, N],
  'accept-residual': /*          */ [N, N, N, N, N, Y, N, N],
  sustain: /* (not challenger)   */ [N, N, N, N, N, Y, N, N],
  withdraw: /* (not challenger)  */ [N, N, N, N, N, N, N, N],
  vote: /*                       */ [N, Y, Y, Y, Y, Y, N, N],
  veto: /*                       */ [N, N, Y, Y, N, Y, N, N],
  'dismiss-vote': /*             */ [N, N, N, N, N, Y, N, Y],
  override: /*                   */ [N, N, N, N, N, Y, N, N],
  'push-revision': /*            */ [Y, N, N, N, N, N, N, Y],
  'manage-access': /*            */ [N, N, N, N, N, N, N, Y],
};

const MIN_LEVEL: Record<ReviewAction, PermissionLevel> = {
  read: 'view',
  'open-challenge': 'comment',
  respond: 'comment',
  'accept-residual': 'comment',
  sustain: 'comment',
  withdraw: 'comment',
  vote: 'comment',
  veto: 'comment',
  'dismiss-vote': 'edit',
  override: 'edit',
  'push-revision': 'edit',
  'manage-access': 'admin',
};

function actor(roles: Role[], level: PermissionLevel = 'admin', user = 'u'): Actor {
  return { user, roles, level, clearance: new Set(['public']) };
}

describe('permissions', () => {
  it('every role x action, at full access, as the matrix says', () => {
    assert.deepEqual(Object.keys(MATRIX).sort(), [...REVIEW_ACTIONS].sort());
    for (const action of REVIEW_ACTIONS) {
      ROLES.forEach((role, i) => {
        const r = may(actor([role]), action, 'someone-else');
        assert.equal(r.ok, MATRIX[action][i], `${role} ${action}`);
        if (!r.ok) assert.equal(r.code, 'not-permitted');
      });
    }
  });

  it('the challenger may sustain and withdraw their own challenge, whatever their role', () => {
    for (const role of ROLES) {
      assert.ok(may(actor([role], 'comment', 'c'), 'withdraw', 'c').ok, role);
      assert.ok(may(actor([role], 'comment', 'c'), 'sustain', 'c').ok, role);
      assert.equal(may(actor([role], 'comment', 'c'), 'withdraw', 'd').ok, false, role);
    }
  });

  it('each action needs its level, whatever the role', () => {
    for (const action of REVIEW_ACTIONS) {
      for (const level of PERMISSION_LEVELS) {
        const enough = PERMISSION_LEVELS.indexOf(level) >= PERMISSION_LEVELS.indexOf(MIN_LEVEL[action]);
        const r = may(actor([...ROLES], level, 'c'), action, 'c');
        assert.equal(r.ok, enough, `${action} at ${level}`);
        if (!r.ok) assert.match(r.message, new RegExp(`needs ${MIN_LEVEL[action]} access`));
      }
    }
  });

  it('says what is missing when it refuses', () => {
    const r = may(actor([]), 'respond');
    assert.ok(!r.ok && /respond is for author; u is given no role/.test(r.message));
  });

  it('the highest grant reaching a user wins, directly or through a team', () => {
    const grant = (kind: 'user' | 'team', id: string, level: PermissionLevel): Grant => ({
      caseId: 'c',
      principal: { kind, id },
      level,
    });
    const grants = [grant('user', 'ann', 'comment'), grant('team', 'board', 'edit'), grant('team', 'ops', 'view')];
    assert.equal(effectiveLevel('ann', [], grants), 'comment');
    assert.equal(effectiveLevel('ann', ['board'], grants), 'edit');
    assert.equal(effectiveLevel('bob', ['ops'], grants), 'view');
    assert.equal(effectiveLevel('bob', ['ops', 'board'], [...grants].reverse()), 'edit');
    assert.equal(effectiveLevel('ann-other', ['ann'], grants), undefined, 'a team named like a user is not the user');
    assert.equal(effectiveLevel('bob', [], grants), undefined);
  });
});

describe('actorFor', () => {
  const grants: Grant[] = [
    { caseId: 'c', principal: { kind: 'team', id: 'board' }, level: 'comment' },
    { caseId: 'other', principal: { kind: 'user', id: 'ann' }, level: 'admin' },
  ];
  const roles = [
    { caseId: 'c', user: 'ann', role: 'reviewer-independent' as const },
    { caseId: 'c', user: 'ann', role: 'author' as const },
    { caseId: 'other', user: 'ann', role: 'admin' as const },
  ];

  it('gathers the level, roles and clearance a person has in one case only', () => {
    const ann = actorFor('c', { user: 'ann', teams: ['board'], clearance: ['regulator', 'public'] }, grants, roles);
    assert.deepEqual(ann && { ...ann, clearance: [...ann.clearance].sort() }, {
      user: 'ann',
      roles: ['author', 'reviewer-independent'],
      level: 'comment',
      clearance: ['public', 'regulator'],
    });
  });

  it('is undefined when no grant on the case reaches the person', () => {
    assert.equal(actorFor('c', { user: 'ann', teams: [], clearance: ['public'] }, grants, roles), undefined);
  });
});

describe('permission properties', () => {
  it('the effective level is the highest of the grants reaching the user, in any order', () => {
    const grantArb = fc.record({
      caseId: fc.constant('c'),
      principal: fc.record({
        kind: fc.constantFrom('user' as const, 'team' as const),
        id: fc.constantFrom('ann', 'bob', 't1', 't2'),
      }),
      level: fc.constantFrom(...PERMISSION_LEVELS),
    });
    fc.assert(
      fc.property(fc.array(grantArb, { maxLength: 8 }), fc.subarray(['t1', 't2']), (grants, teams) => {
        const reaching = grants.filter((g) =>
          g.principal.kind === 'user' ? g.principal.id === 'ann' : teams.includes(g.principal.id),
        );
        const best = reaching.map((g) => PERMISSION_LEVELS.indexOf(g.level)).reduce((a, b) => Math.max(a, b), -1);
        assert.equal(effectiveLevel('ann', teams, grants), best === -1 ? undefined : PERMISSION_LEVELS[best]);
        assert.equal(effectiveLevel('ann', teams, [...grants].reverse()), effectiveLevel('ann', teams, grants));
      }),
    );
  });

  it('more access never takes a permission away: adding a role or raising the level keeps every yes', () => {
    fc.assert(
      fc.property(
        fc.subarray([...ROLES]),
        fc.constantFrom(...ROLES),
        fc.constantFrom(...PERMISSION_LEVELS),
        fc.constantFrom(...PERMISSION_LEVELS),
        (roles, extra, l1, l2) => {
          const [low, high] = PERMISSION_LEVELS.indexOf(l1) <= PERMISSION_LEVELS.indexOf(l2) ? [l1, l2] : [l2, l1];
          for (const action of REVIEW_ACTIONS) {
            if (may(actor(roles, low), action).ok) {
              assert.ok(may(actor([...roles, extra], high), action).ok, `${action}`);
            }
          }
        },
      ),
    );
  });
});
