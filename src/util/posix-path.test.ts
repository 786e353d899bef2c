import assert from 'node:assert/strict';
import nodePath from 'node:path/posix';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { basename, dirname, isAbsolute, join, normalize, relative } from './posix-path.js';

/** Paths made of the pieces that make path handling hard: empty segments, `.`, `..`, leading and trailing `/`. */
const anyPath = fc
  .array(fc.constantFrom('a', 'b', 'c.yaml', '.', '..', '', '.x'), { maxLength: 7 })
  .map((parts) => parts.join('/'));
const relativePath = anyPath.map((p) => p.replace(/^\/+/, ''));
const absolutePath = anyPath.map((p) => `/${p}`);

describe('posix-path: what node:path/posix gives', () => {
  for (const [name, ours, theirs] of [
    ['normalize', normalize, nodePath.normalize],
    ['dirname', dirname, nodePath.dirname],
    ['basename', basename, nodePath.basename],
    ['isAbsolute', isAbsolute, nodePath.isAbsolute],
  ] as const) {
    it(`${name}, for every path`, () => {
      fc.assert(
        fc.property(anyPath, (p) => {
          assert.equal(ours(p), theirs(p), JSON.stringify(p));
        }),
        { numRuns: 2000 },
      );
      for (const p of ['', '/', '//', '///a//', '.', './', '..', '../', 'a/', 'a//b', '//a', '/..', 'a/../..'])
        assert.equal(ours(p), theirs(p), JSON.stringify(p));
    });
  }

  it('join, for any parts', () => {
    fc.assert(
      fc.property(fc.array(anyPath, { maxLength: 4 }), (parts) => {
        assert.equal(join(...parts), nodePath.join(...parts), JSON.stringify(parts));
      }),
      { numRuns: 2000 },
    );
  });

  it('relative, for two absolute paths', () => {
    fc.assert(
      fc.property(absolutePath, absolutePath, (from, to) => {
        assert.equal(relative(from, to), nodePath.relative(from, to), JSON.stringify([from, to]));
      }),
      { numRuns: 2000 },
    );
  });

  it("relative, for two relative paths: node:path's answer, less the working directory's own names", () => {
    // node:path takes relative paths from process.cwd(); give it a known one, deep enough that no path climbs out.
    const cwd = '/w1/w2/w3/w4/w5/w6/w7/w8';
    fc.assert(
      fc.property(relativePath, relativePath, (from, to) => {
        const theirs = nodePath.relative(nodePath.join(cwd, from), nodePath.join(cwd, to));
        const withoutCwd = theirs
          .split('/')
          .filter((s) => !/^w\d$/.test(s))
          .join('/');
        assert.equal(relative(from, to), withoutCwd, JSON.stringify([from, to]));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('posix-path: relative where node:path would ask for the working directory', () => {
  it('is the same when neither path climbs above the directory both start from', () => {
    assert.equal(relative('out/sub', 'out/other/x.yaml'), '../other/x.yaml');
    assert.equal(relative('sub', '../schema.json'), '../../schema.json');
    assert.equal(relative('a', 'a'), '');
  });

  it("leaves out the working directory's names, so the answer does not depend on the machine", () => {
    // node:path, run in /home/u/case: '../case/local.yaml' and 'case/local.yaml'.
    assert.equal(relative('../lib', 'local.yaml'), '../local.yaml');
    assert.equal(relative('..', 'local.yaml'), 'local.yaml');
  });

  it('takes a relative path beside an absolute one from the root', () => {
    assert.equal(relative('/c', 'c/ev.yaml'), 'ev.yaml');
    assert.equal(relative('c', '/c/ev.yaml'), 'ev.yaml');
  });
});
