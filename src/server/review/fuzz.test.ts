// Fuzzed request bodies and headers on every route that takes a body: the
// answer is a 4xx with a JSON error (or, for a body that happens to be valid,
// a 2xx), never a 5xx or a crash.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { REVIEW_ROUTES } from './app.js';
import { type Harness, harness } from './test-support/harness.js';

let h: Harness;
before(async () => {
  h = await harness();
});
after(() => h.close());

const concrete = (path: string) =>
  path.replace(':case', h.caseId).replace(':rev', h.digest).replace(':node', 'G-root').replace(':id', 'some-id');

const bodies = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc
    .record({ revision: fc.string(), tier: fc.string(), text: fc.string(), kind: fc.string() })
    .map((v) => JSON.stringify(v)),
);
const headerValue = fc.string({ maxLength: 40 }).filter((s) => /^[\x20-\x7e]*$/.test(s));

describe('fuzzed bodies and headers', () => {
  for (const spec of REVIEW_ROUTES.filter((r) => r.method !== 'get')) {
    it(`${spec.method.toUpperCase()} ${spec.path} answers 4xx JSON, never 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(bodies, headerValue, headerValue, async (body, ifMatch, contentType) => {
          const headers: Record<string, string> = {
            'if-match': ifMatch,
            'content-type': contentType || 'application/json',
          };
          const res = await h.call('dm', spec.method.toUpperCase(), concrete(spec.path), body, headers);
          assert.ok(res.status < 500, `${res.status} ${JSON.stringify(res.json)}`);
          if (res.status >= 400) assert.equal(typeof res.json?.error?.code, 'string');
        }),
        { numRuns: 40 },
      );
    });
  }
});
