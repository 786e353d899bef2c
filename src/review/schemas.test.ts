import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import type { OpenRequest, RespondRequest } from './challenge-flow.js';
import type { OverrideRequest } from './overrides.js';
import type { RevisionInput } from './revision.js';
import {
  challengeActionBodySchema,
  challengeSchema,
  clearanceSchema,
  openChallengeBodySchema,
  type overrideBodySchema,
  pushRevisionBodySchema,
  respondBodySchema,
  responseSchema,
  reviewConfigSchema,
  type voteBodySchema,
  voteSchema,
} from './schemas.js';
import type { Challenge, Response, Vote } from './types.js';
import type { VoteRequest } from './votes.js';

// Compile-time: the schemas and the interfaces describe the same objects.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameChallenge: Same<z.infer<typeof challengeSchema>, Challenge> = true;
const sameVote: Same<z.infer<typeof voteSchema>, Omit<Vote, 'dismissed'> & { dismissed?: Vote['dismissed'] }> = true;
const responseFits: z.infer<typeof responseSchema> extends Response ? true : false = true;
// A parsed request body goes straight into the decision that handles it.
const bodiesFit: [
  z.infer<typeof openChallengeBodySchema> extends OpenRequest ? true : false,
  z.infer<typeof respondBodySchema> extends RespondRequest ? true : false,
  z.infer<typeof voteBodySchema> extends VoteRequest ? true : false,
  z.infer<typeof overrideBodySchema> extends OverrideRequest ? true : false,
  z.infer<typeof pushRevisionBodySchema> extends Omit<RevisionInput, 'caseId'> ? true : false,
] = [true, true, true, true, true];

const REV = 'a'.repeat(64);
const challenge: Challenge = {
  id: 'c1',
  caseId: 'case',
  revision: REV,
  target: { kind: 'link', id: 'G1 -> S1' },
  kind: 'undercutting',
  severity: 'blocking',
  tier: 'internal',
  text: 'The strategy does not follow.',
  author: 'rita',
  at: '2026-12-07T04:00:00Z',
  status: 'open',
  version: 1,
};

function issues(schema: z.ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('review schemas', () => {
  it('types and schemas agree', () => {
    assert.ok(sameChallenge && sameVote && responseFits && bodiesFit.every(Boolean));
  });

  it('accepts a well-formed challenge and refuses each kind of defect', () => {
    assert.deepEqual(issues(challengeSchema, challenge), []);
    assert.match(issues(challengeSchema, { ...challenge, revision: 'abc' })[0]!, /^revision/);
    assert.match(issues(challengeSchema, { ...challenge, at: '2026-12-07 04:00' })[0]!, /^at/);
    assert.match(issues(challengeSchema, { ...challenge, status: 'closed' })[0]!, /^status/);
    assert.match(issues(challengeSchema, { ...challenge, extra: 1 })[0]!, /extra/);
    assert.match(issues(challengeSchema, { ...challenge, text: '   ' })[0]!, /^text/);
  });

  it('takes a link target only in the model\'s "FROM -> TO" form', () => {
    const target = (kind: string, id: string) => issues(openChallengeBodySchema.shape.target, { kind, id });
    assert.deepEqual(target('link', 'G1 -> S1'), []);
    assert.deepEqual(target('node', 'G1'), []);
    assert.deepEqual(target('evidence', 'E.eval-1'), []);
    assert.match(target('link', 'G1->S1')[0]!, /FROM -> TO/);
    assert.match(target('link', 'G1 -> ')[0]!, /FROM -> TO/);
    assert.match(target('node', 'G1 -> S1')[0]!, /a node id/);
    assert.match(target('evidence', '1bad')[0]!, /an evidence item id/);
  });

  it('response bodies carry what their kind needs', () => {
    const common = { tier: 'public', text: 'See E2.' };
    assert.deepEqual(issues(respondBodySchema, { ...common, kind: 'rebut', refs: ['E2'] }), []);
    assert.deepEqual(issues(respondBodySchema, { ...common, kind: 'fix', fixRevision: REV }), []);
    assert.notDeepEqual(issues(respondBodySchema, { ...common, kind: 'rebut', refs: [] }), []);
    assert.notDeepEqual(issues(respondBodySchema, { ...common, kind: 'accept-residual' }), []);
    assert.notDeepEqual(issues(respondBodySchema, { ...common, kind: 'fix', reason: 'x' }), []);
  });

  it('clearance is a set of tiers', () => {
    assert.deepEqual(issues(clearanceSchema, ['public', 'regulator']), []);
    assert.match(issues(clearanceSchema, ['public', 'public'])[0]!, /each tier once/);
    assert.notDeepEqual(issues(clearanceSchema, ['secret']), []);
  });

  it('actions, review config and pushed revisions', () => {
    assert.deepEqual(issues(challengeActionBodySchema, { action: 'sustain', message: 'Still stands.' }), []);
    assert.notDeepEqual(issues(challengeActionBodySchema, { action: 'sustain' }), []);
    assert.deepEqual(issues(reviewConfigSchema, { approvals: 2, external_review_for: ['agent-tools'] }), []);
    assert.notDeepEqual(issues(reviewConfigSchema, { approvals: -1 }), []);
    assert.notDeepEqual(issues(reviewConfigSchema, { off: ['no-such'] }), []);
    const push = { root: 'case.yaml', files: [{ path: 'case.yaml', text: 'x' }], evidence: [], commit: null };
    assert.deepEqual(issues(pushRevisionBodySchema, push), []);
    assert.notDeepEqual(issues(pushRevisionBodySchema, { ...push, files: [] }), []);
    assert.notDeepEqual(issues(pushRevisionBodySchema, { ...push, commit: 'HEAD' }), []);
  });

  it('every stored and request schema converts to JSON Schema (the OpenAPI document needs it)', () => {
    for (const schema of [challengeSchema, voteSchema, responseSchema, respondBodySchema, pushRevisionBodySchema]) {
      assert.equal(typeof z.toJSONSchema(schema, { unrepresentable: 'throw' }), 'object');
    }
  });
});
