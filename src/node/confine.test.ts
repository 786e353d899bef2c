import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../../test/support/cli.js';
import { type Boundary, boundaryOf, isInside, openRegular } from './confine.js';
import { createFsReader } from './fs-reader.js';

const posix = process.platform !== 'win32';
const real = (p: string) => fs.realpathSync.native(p);

/** What openRegular says about `file`, the descriptor closed. */
function judge(file: string, within: Boundary | undefined) {
  const r = openRegular(file, within);
  if (r.ok) fs.closeSync(r.fd);
  return r.ok ? 'ok' : `${r.reason}: ${r.detail}`;
}

describe('boundaryOf', () => {
  it("is the case's directory, or the nearest ancestor with a .git (a directory or a worktree's file)", () => {
    const top = tempDir({ 'a/case/warrant.yaml': '', 'r/.git/HEAD': '', 'r/x/case/warrant.yaml': '' });
    fs.writeFileSync(path.join(top, 'a/.git'), 'gitdir: /elsewhere\n');
    assert.deepEqual(boundaryOf(path.join(top, 'r/x/case/warrant.yaml')), {
      dir: real(path.join(top, 'r')),
      what: 'repository',
    });
    assert.deepEqual(boundaryOf(path.join(top, 'a/case/warrant.yaml')), {
      dir: real(path.join(top, 'a')),
      what: 'repository',
    });
    fs.rmSync(path.join(top, 'a/.git'));
    assert.deepEqual(boundaryOf(path.join(top, 'a/case/warrant.yaml')), {
      dir: real(path.join(top, 'a/case')),
      what: "case's directory",
    });
  });

  it('isInside compares whole path segments', () => {
    assert.equal(isInside('/r/case', '/r/case/m.yaml'), true);
    assert.equal(isInside('/r/case', '/r/case'), true);
    assert.equal(isInside('/r/case', '/r/case2/m.yaml'), false);
    assert.equal(isInside('/', '/etc/passwd'), true);
  });
});

describe('openRegular', () => {
  it('opens a regular file inside, through a link that stays inside too', () => {
    const dir = tempDir({ 'warrant.yaml': 'x', 'sub/m.yaml': 'm' });
    fs.symlinkSync('sub/m.yaml', path.join(dir, 'link.yaml'));
    const b = boundaryOf(path.join(dir, 'warrant.yaml'));
    assert.equal(judge(path.join(dir, 'sub/m.yaml'), b), 'ok');
    assert.equal(judge(path.join(dir, 'link.yaml'), b), 'ok');
  });

  it('refuses what lies outside, by path or by link, whether or not it exists', () => {
    const top = tempDir({ secret: 's', 'case/warrant.yaml': 'x' });
    const dir = path.join(top, 'case');
    const b = boundaryOf(path.join(dir, 'warrant.yaml'));
    fs.symlinkSync(path.join(top, 'secret'), path.join(dir, 'link.yaml'));
    fs.symlinkSync(top, path.join(dir, 'updir'));
    const where = `outside the case's directory ${real(dir)}`;
    assert.equal(judge(path.join(dir, '../secret'), b), `outside: is ${where}`);
    assert.equal(judge(path.join(dir, '../no-such-file'), b), `outside: is ${where}`, 'no existence oracle');
    assert.equal(judge(path.join(dir, 'link.yaml'), b), `outside: is a symbolic link to a file ${where}`);
    assert.match(judge(path.join(dir, 'updir/secret'), b), /^outside: /);
    assert.equal(judge(path.join(dir, 'missing.yaml'), b), 'missing: does not exist');
    assert.equal(judge(path.join(dir, '../secret'), undefined), 'ok', 'without a boundary, not confined');
  });

  it('refuses a directory, a FIFO, a device and a socket without blocking', {
    skip: !posix && 'POSIX only',
  }, async () => {
    const dir = tempDir({ 'warrant.yaml': 'x', 'd/.keep': '' });
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'fifo')]).status, 0);
    const b = boundaryOf(path.join(dir, 'warrant.yaml'));
    assert.equal(judge(path.join(dir, 'd'), b), 'directory: is a directory');
    assert.equal(judge(path.join(dir, 'fifo'), b), 'not-regular: is a named pipe (FIFO), not a regular file');
    assert.equal(judge('/dev/null', undefined), 'not-regular: is a character device, not a regular file');
    const sock = path.join(dir, 's.sock');
    const server = net.createServer().listen(sock);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      assert.equal(judge(sock, b), 'not-regular: is a socket, not a regular file');
    } finally {
      server.close();
    }
  });
});

describe('createFsReader', () => {
  it('confines a read to the case it is for, and only then', () => {
    const top = tempDir({ 'secret.yaml': 'a: 1\n', 'case/warrant.yaml': 'x' });
    const reader = createFsReader(path.join(top, 'case'));
    const scoped = reader.read('../secret.yaml', 1000, { root: 'warrant.yaml' });
    assert.equal(scoped.ok || scoped.reason, 'outside');
    assert.deepEqual(reader.read('../secret.yaml', 1000), { ok: true, text: 'a: 1\n' });
  });

  it('holds the size limit while reading: a file whose size says 0 stops at the limit', {
    skip: !fs.existsSync('/proc/self/status') && 'no /proc',
  }, () => {
    const r = createFsReader('/').read('/proc/self/status', 16);
    assert.deepEqual(r, { ok: false, reason: 'too-large', detail: 'is over the limit of 16 bytes' });
    const big = tempDir({ 'f.yaml': 'x'.repeat(100) });
    const s = createFsReader(big).read('f.yaml', 99);
    assert.deepEqual(s, { ok: false, reason: 'too-large', detail: 'is 100 bytes, over the limit of 99 bytes' });
    assert.deepEqual(createFsReader(big).read('f.yaml', 100), { ok: true, text: 'x'.repeat(100) });
  });

  it('decodes UTF-8 and says where the first invalid byte is', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'f.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xc3, 0xa9, 0xff, 0x0a]));
    assert.deepEqual(createFsReader(dir).read('f.yaml', 100), { ok: true, text: 'a: é\uFFFD\n', invalidUtf8At: 4 });
  });
});
