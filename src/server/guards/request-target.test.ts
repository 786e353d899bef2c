// The request target parser: every malformed target is a 4xx refusal with a
// code, never an exception, and a well-formed one decodes segment by segment.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isRefusal } from './refusal.js';
import { parseRequestTarget, safeDecode } from './request-target.js';

function codeOf(raw: string, max?: number): string {
  const r = parseRequestTarget(raw, max);
  return isRefusal(r) ? r.code : 'ok';
}

describe('parseRequestTarget', () => {
  it('decodes the segments and the query of a good target', () => {
    const r = parseRequestTarget('/case/my%20case/events?v=3&x=a+b');
    assert.ok(!isRefusal(r));
    assert.deepEqual(r.segments, ['case', 'my case', 'events']);
    assert.equal(r.path, '/case/my%20case/events');
    assert.equal(r.query.get('v'), '3');
    assert.equal(r.query.get('x'), 'a b');
    const root = parseRequestTarget('/');
    assert.ok(!isRefusal(root));
    assert.deepEqual(root.segments, ['']);
  });

  it('refuses bad percent-encoding, bad paths and over-long targets with their codes', () => {
    const cases: [string, string][] = [
      ['/case/%ff/', 'bad-encoding'],
      ['/case/%e2%82/', 'bad-encoding'],
      ['/case/%/', 'bad-encoding'],
      ['/case/%zz/', 'bad-encoding'],
      ['/case/a%2/', 'bad-encoding'],
      ['/?v=%ff', 'bad-encoding'],
      ['/?v=%', 'bad-encoding'],
      ['/case/../etc', 'bad-path'],
      ['/case/%2e%2e/etc', 'bad-path'],
      ['/case/./x', 'bad-path'],
      ['/case//x', 'bad-path'],
      ['/case/a%2fb/', 'bad-path'],
      ['/case/a%5cb/', 'bad-path'],
      ['/case/a%00b/', 'bad-path'],
      ['/case/a%1bb/', 'bad-path'],
      ['http://evil.example/', 'bad-target'],
      ['*', 'bad-target'],
      ['', 'bad-target'],
      ['/case/a b/', 'bad-target'],
      ['/case/\u00e9/', 'bad-target'],
      ['/case/a\\b/', 'bad-target'],
      ['/x#frag', 'bad-target'],
      [`/${'a'.repeat(3000)}`, 'target-too-long'],
    ];
    for (const [raw, code] of cases) assert.equal(codeOf(raw), code, raw);
    assert.equal(codeOf('/abcdef', 4), 'target-too-long');
    const bad = parseRequestTarget('/a%ff');
    assert.ok(isRefusal(bad) && bad.status === 400 && /UTF-8/.test(bad.message));
  });

  it('never throws, and answers a 4xx or a target whose segments re-encode to the path', () => {
    const alphabet = fc.constantFrom(...'/%.?#&=+ab09fFzZ\\~\u00e9\u0000\n'.split(''), '%ff', '%2f', '%2e', '%c3%a9');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const raw = parts.join('');
        const r = parseRequestTarget(raw);
        if (isRefusal(r)) return r.status >= 400 && r.status < 500;
        const again = `/${r.segments.map((s) => encodeURIComponent(s)).join('/')}`;
        return safeDecode(again) === safeDecode(r.path);
      }),
      { numRuns: 2000 },
    );
  });
});
