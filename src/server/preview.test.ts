// The preview server's pieces that need no browser: the page of a case that
// does not load, and the case names in URLs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tempDir } from '../../test/support/cli.js';
import { EXAMPLE_HEADER } from '../check/examples.js';
import { errorBody, startPreview } from './preview.js';

describe('preview server', () => {
  it('shows loader diagnostics with file:line:col, escaped', () => {
    const body = errorBody(
      {
        ok: false,
        root: 'x/<b>warrant.yaml',
        files: ['x/warrant.yaml'],
        sources: new Map(),
        fatal: false,
        diagnostics: [
          {
            code: 'L05',
            severity: 'error',
            file: 'x/warrant.yaml',
            line: 3,
            col: 7,
            message: 'Unknown field `<img src=x onerror=alert(1)>`.',
            hint: 'Remove <it>.',
          },
        ],
      },
      true,
    );
    assert.ok(body.includes('x/warrant.yaml:3:7'));
    assert.ok(body.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!body.includes('<img'));
    assert.ok(!body.includes('<b>'));
    assert.ok(body.includes('id="live-status"'));
    assert.match(body, /1 problem in the files/);
  });

  it('names case pages after their directories, uniquely', async () => {
    const text = `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe., undeveloped: true }\n`;
    const dir = tempDir({ 'a/launch/warrant.yaml': text, 'b/launch/warrant.yaml': text, 'c/My Case.yaml': text });
    const server = await startPreview({
      roots: ['a/launch/warrant.yaml', 'b/launch/warrant.yaml', 'c/My Case.yaml'],
      cwd: dir,
      asOf: '2026-04-28',
      version: 't',
      port: 0,
    });
    try {
      assert.deepEqual(
        server.cases.map((c) => new URL(c.url).pathname),
        ['/case/launch/', '/case/launch-2/', '/case/my-case/'],
      );
      const page = await fetch(server.cases[2]!.url);
      assert.equal(page.status, 200);
    } finally {
      await server.close();
    }
  });
});
